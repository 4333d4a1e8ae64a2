"""Redaction of secrets from what is logged or raised: headers, JSON bodies, forms, free text.

What counts as secret is listed once, in ``openapi/templates/secrets.jinja``, and reaches
this module through ``plural_client.types``. A card number keeps at most its first six and
last four digits (what PCI DSS allows to be shown); everything else secret becomes ``***``.

Free text (a server's message in prose, an HTML error page, an httpx error) is read by
pattern, in this order:

- JWT-like strings (``eyJ...``): masked whole, wherever they are;
- card numbers: runs of 12 to 19 digits, spaces or dashes allowed between groups, that pass
  the Luhn check (or follow the word "card"), never digits glued to letters (order ids such as
  ``v1-4405071524-aa-qlAtAf``, UUIDs), decimals, or dates;
- ``name=value`` and ``"name": "value"`` for a secret's name (``client_secret``, ``cvv``,
  ``token``, ``auth_token``...): the value, whatever it is;
- ``Bearer X`` / ``Basic X``, and a secret's name followed by a word (``token X has
  expired``, ``cvv 123``): the word, when it looks like a credential rather than prose
  ("Bearer token required" and "token has expired" stay as they are).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

# The secret field names are listed once, in the generator's templates: the generated
# models mask them in their reprs, and everything else redacts through these.
from plural_client.types import (
    CARD_FIELDS,
    MASK,
    SECRET_FIELDS,
    SECRET_HEADERS,
    is_masked,
    luhn_valid,
    mask_card_number,
    masked,
)

__all__ = [
    "SECRET_HEADERS",
    "assigned_secrets",
    "redact_body",
    "redact_headers",
    "redact_json",
    "redact_text",
    "redact_value",
]

# Names that mark a secret in prose and in ``key=value`` text beyond the field names.
_PROSE_NAMES = frozenset({"cvv2", "cvc2"})
_NAMES = "|".join(
    # "client_secret" is also "client secret", "client-secret" and "clientsecret"; the
    # longest first, so that "client_secret" is named whole rather than as "secret".
    re.escape(name).replace("_", "[ _-]?")
    for name in sorted(SECRET_FIELDS | CARD_FIELDS | _PROSE_NAMES, key=len, reverse=True)
)
# A secret's name, alone or ending a longer one (auth_token, webhook-secret, --password),
# never inside a word or before more of one (token_type, tokenization, token-id).
_KEY = (
    r"(?<![A-Za-z0-9_-])(?P<key>-{0,2}(?:[A-Za-z0-9]+[_-])*?(?:"
    + _NAMES
    + r"))(?![A-Za-z0-9_])(?!-[A-Za-z0-9])"
)
# A comma goes on a value only when a long run follows it: "v1,<base64>" is one signature.
_BARE_VALUE = r"[^\s\"'\\&,;<>()\[\]{}]+(?:,[A-Za-z0-9+/=_-]{16,})*"


@functools.cache
def _assigned_and_named() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``name=value`` and ``name value`` for every secret's name: compiled at first use, as
    they take milliseconds to compile and most processes never redact a thing."""
    assigned = re.compile(
        _KEY
        + r"(?P<sep>\\?[\"']?\s*[:=]\s*)"
        + r"(?:\\?[\"'](?P<quoted>(?:[^\"'\\\r\n]|\\[^\"'\r\n])*)|(?P<bare>"
        + _BARE_VALUE
        + r"))",
        re.IGNORECASE,
    )
    named = re.compile(
        _KEY
        + r"(?P<sep>\s+(?:(?:is|was|of)\s+)?)(?![:=])(?P<value>[\"']?"
        + _BARE_VALUE
        + r"[\"']?)",
        re.IGNORECASE,
    )
    return assigned, named


_SCHEME = re.compile(
    r"(?<![A-Za-z0-9_-])(?P<key>bearer|basic)(?P<sep>\s+)(?P<value>[A-Za-z0-9._~+/*-]+=*)",
    re.IGNORECASE,
)
_JWT = re.compile(r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+){0,2}")
# A maximal run of digit groups, each run tried once (atomic, and never from inside a run:
# linear however long the text). Not glued to letters, not after "1-" or "1 " (inside an id
# or a run), "1." (a decimal), not before "-a" or ".5".
_DIGIT_RUN = re.compile(
    r"(?<![A-Za-z0-9_])(?<![A-Za-z0-9]-)(?<![0-9][ .])"
    r"(?>[0-9]+(?:[ -][0-9]+)*)"
    r"(?![A-Za-z0-9_])(?!-[A-Za-z0-9])(?![.,][0-9])"
)
_GROUP_SEPARATOR = re.compile(r"([ -])")
# "card 4111 1111 1111 1112 was refused": a number after the word card is one, Luhn or not.
_CARD_WORD = re.compile(r"(?:\bcard(?:[ _-]?(?:number|num|no)\.?)?|\bpan)\W{0,3}$", re.IGNORECASE)
# Words that follow "Bearer", "Basic" or a secret's name in prose, never a credential.
_PROSE = frozenset(
    [
        "auth",
        "authentication",
        "authorization",
        "credential",
        "credentials",
        "error",
        "expected",
        "expired",
        "header",
        "invalid",
        "is",
        "missing",
        "not",
        "realm",
        "required",
        "scheme",
        "token",
        "tokens",
        "was",
    ]
)
_TRAILING_PUNCTUATION = ".!?:"


def redact_value(key: str, value: Any) -> Any:
    name = key.lower().replace("-", "_")  # "Client-Secret" is the client_secret too
    if name in SECRET_FIELDS or name in CARD_FIELDS:
        return masked(name, value)
    return redact_json(value)


def redact_json(value: Any) -> Any:
    """A copy of a decoded JSON value with secret fields masked at any depth, and the secrets
    in its strings (an error message quoting the request) masked as in free text."""
    if isinstance(value, dict):
        return {key: redact_value(str(key), item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


def redact_text(text: str) -> str:
    """Free text with every secret it quotes masked (see the module's docstring)."""
    text = _JWT.sub(MASK, text)
    text = _DIGIT_RUN.sub(_mask_cards_in_run, text)
    assigned, named = _assigned_and_named()
    text = assigned.sub(_mask_assigned, text)
    text = _sub_words(_SCHEME, text, _mask_credential)
    return _sub_words(named, text, _mask_named)


def redact_body(content: bytes, content_type: str = "") -> str:
    """A body made fit for a log line: JSON and forms field by field, other text by pattern."""
    if not content:
        return ""
    text = content.decode("utf-8", "replace")
    if "json" in content_type or text.lstrip()[:1] in ("{", "["):
        try:
            return json.dumps(redact_json(json.loads(text)), ensure_ascii=False)
        except ValueError:
            pass
    if "form" in content_type:
        pairs = parse_qsl(text, keep_blank_values=True)
        return urlencode([(key, redact_value(key, value)) for key, value in pairs])
    return redact_text(text)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {
        name: (_mask_credentials(value) if name.lower() in SECRET_HEADERS else value)
        for name, value in headers
    }


def assigned_secrets(text: str) -> list[str]:
    """The values that follow a secret name in free text (``"cvv": "123"``, ``token=abc``)."""
    found = (match["quoted"] or match["bare"] for match in _assigned_and_named()[0].finditer(text))
    return [value for value in found if value]


def _mask_credentials(value: str) -> str:
    scheme, _, _ = value.partition(" ")
    return f"{scheme} {MASK}" if scheme.lower() in ("bearer", "basic") else MASK


def _mask_cards_in_run(match: re.Match[str]) -> str:
    """The run with each card number in it masked: the longest span of groups, 12 to 19 digits,
    that passes Luhn (any such span after the word card)."""
    after_card_word = _CARD_WORD.search(match.string, max(0, match.start() - 24), match.start())
    parts = _GROUP_SEPARATOR.split(match[0])  # digits, separator, digits...
    groups, separators = parts[0::2], [*parts[1::2], ""]
    shown: list[str] = []
    start = 0
    while start < len(groups):
        end = _card_span(groups, separators, start, luhn=after_card_word is None)
        if end is None:
            shown += [groups[start], separators[start]]
            start += 1
        else:
            shown += [mask_card_number("".join(groups[start:end])), separators[end - 1]]
            start = end
    return "".join(shown)


def _card_span(groups: list[str], separators: list[str], start: int, *, luhn: bool) -> int | None:
    """The end of the longest span of groups from ``start`` that is a card number, if any.

    A card number is written whole, or in groups as cards print it: four digits first, then
    groups of three to six (4-4-4-4, 4-6-5, 4-4-4-4-3). "123456789 987654321" is two
    amounts, and "1 2 3 4..." is passed over at once however long it runs. A span is
    whole: it does not begin or end next to more digits joined by a dash (a UUID's groups).
    """
    if start > 0 and separators[start - 1] != " ":
        return None  # "1234-4111...": the digits go on an id, not a card
    digits, found = "", None
    for end in range(start, len(groups)):
        group = groups[end]
        grouped = end > start and (len(groups[start]) != 4 or not 3 <= len(group) <= 6)
        if len(digits) + len(group) > 19 or grouped:
            break
        digits += group
        whole = end + 1 == len(groups) or separators[end] == " "
        if len(digits) >= 12 and whole and (not luhn or luhn_valid(digits)):
            found = end + 1
    return found


def _mask_assigned(match: re.Match[str]) -> str:
    group = "quoted" if match["quoted"] is not None else "bare"
    value = match[group]
    if group == "bare":  # "cvv=123." ends a sentence: the full stop is not the secret's
        value = value.rstrip(_TRAILING_PUNCTUATION) or value
    if not value:
        return match[0]
    start = match.start(group) - match.start()
    return match[0][:start] + _masked_as(match["key"], value) + match[0][start + len(value) :]


def _masked_as(key: str, value: str) -> str:
    """``value`` masked as the secret ``key`` names: a card number to its six and four digits
    (kept if it is so already), anything else whole (a token of digits that the card step
    cut to six and four included)."""
    name = re.sub(r"[ -]", "_", key.lstrip("-").lower())
    if any(name.endswith(card) for card in CARD_FIELDS):
        return value if is_masked(value) else mask_card_number(value)
    return MASK


def _sub_words(
    pattern: re.Pattern[str], text: str, mask: Callable[[re.Match[str]], str | None]
) -> str:
    """``pattern.sub(mask, text)``, except that where ``mask`` leaves the word after the key
    as it is (None: prose), the text goes on being read right after the key, so that the
    word may be a key itself: "password token tok-1"."""
    shown, position = [], 0
    while (match := pattern.search(text, position)) is not None:
        masked_words = mask(match)
        if masked_words is None:
            shown.append(text[position : match.end("key")])
            position = match.end("key")
        else:
            shown.append(text[position : match.start()] + masked_words)
            position = match.end()
    shown.append(text[position:])
    return "".join(shown)


def _mask_credential(match: re.Match[str]) -> str | None:
    if not _looks_like_a_credential(match["key"], match["value"].rstrip("=") or "="):
        return None
    return match["key"] + match["sep"] + MASK


def _mask_named(match: re.Match[str]) -> str | None:
    value = match["value"]
    word = value.rstrip(_TRAILING_PUNCTUATION) or value
    if not _looks_like_a_credential(match["key"], word):
        return None
    return match["key"] + match["sep"] + _masked_as(match["key"], word) + value[len(word) :]


def _looks_like_a_credential(key: str, word: str) -> bool:
    """Whether the word after a secret's name is its value rather than prose.

    Prose is a word of one case (``has``, ``expired``; ``EXPIRED`` after ``TOKEN``), a
    capitalized one, or an error code (``INVALID_REQUEST``); a credential has digits or other
    symbols, mixed case, or is long, and a quoted word is one. ``XYZ`` after
    ``client_secret`` is a credential: only a shouted name is followed by shouted prose.
    """
    if word == MASK or word.lower() in _PROSE:
        return False
    if word[0] in "\"'" or len(word) >= 20:
        return True
    letters = word.replace("_", "")
    if not letters.isalpha():
        return True
    if word.islower() or (word[0].isupper() and word[1:].islower()):
        return False
    return letters == word and word.isupper() and not key.isupper()
