"""The cassette scanner: does a recorded file hold a secret? For a merchant's CI too.

    python -m plural_ext.testing scan tests/cassettes   # exit 1 on a finding

A file is read by structure and as text. A vcrpy cassette (YAML or JSON) is walked value
by value, each with its field name, into the JSON bodies, forms, URL queries and HTML
form inputs it records: a secret field (``client_secret``, ``access_token``, ``cvv``,
``signature``...) and a secret header (``Authorization``, ``Cookie``, ``webhook-signature``) must hold
``***`` (``Bearer ***``), a card field (``card_number``) at most the first six and last
four digits. The text is searched for JWTs, ``Bearer`` credentials other than
``Bearer ***``, ``secret: value`` assignments, card numbers (12 to 19 digits, grouped or
not, passing the Luhn check) and the literal values it is given: the sandbox's own
secrets always, and the caller's (the CLI takes ``PLURAL_CLIENT_SECRET``,
``PLURAL_SECRET_KEY`` and ``PLURAL_WEBHOOK_SECRET`` from the environment).

A finding names the file, where in it, and what kind of secret; never the value (a card
number shows its first six digits, as a masked one would).
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from plural_client.types import CARD_FIELDS, MASK, SECRET_FIELDS, SECRET_HEADERS, luhn_valid

__all__ = ["Scan", "card_numbers", "find_secrets", "known_secrets", "secrets_from_env"]

JWT = re.compile(r"eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*")
BEARER = re.compile(r"Bearer\s+([^\s'\",]*)", re.IGNORECASE)
SECRET_KEYS = SECRET_FIELDS | CARD_FIELDS
ASSIGNMENT = re.compile(
    r"(?<![A-Za-z0-9_])(?P<key>"
    + "|".join(sorted(SECRET_KEYS, key=len, reverse=True))
    + r")[\"']?\s*[:=]\s*[\"']?(?P<value>[^\"'&\s,}<]*)",
    re.IGNORECASE,
)
MASKED = frozenset({MASK, "%2A%2A%2A", ""})
# A named input of an HTML form (the sandbox's callback page): its value is a form field.
FORM_INPUT = re.compile(r'<input\b[^>]*?\bname="(?P<name>[^"]*)"[^>]*?\bvalue="(?P<value>[^"]*)"')
# Runs of 12 to 19 digits, alone or in groups split by one space or dash (4111-1111-...).
DIGIT_RUN = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])")
# Fields that hold long numbers which are not card numbers; only their own values are spared.
NON_CARD_FIELDS = frozenset(
    {"rrn", "acquirer_reference", "approval_code", "order_id", "parent_order_id", "id"}
)
ENV_SECRETS = ("PLURAL_CLIENT_SECRET", "PLURAL_SECRET_KEY", "PLURAL_WEBHOOK_SECRET")
# A literal shorter than this turns up inside ids and numbers by chance.
_SHORTEST_LITERAL = 8
_STRUCTURED = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}


def find_secrets(
    path: str | os.PathLike[str], literals: Mapping[str, str] | None = None
) -> list[str]:
    """The secrets found in the file at ``path`` (every file under it, for a directory).

    ``literals`` maps values that must not appear anywhere (your client secret) to how a
    finding names them ("our client_secret"); the sandbox's own secrets are always looked
    for. An empty list means none was found. ``FileNotFoundError`` for a missing path.
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"no such file or directory: {root}")
    problems: list[str] = []
    for file in _files(root):
        problems += Scan(literals).file(file)
    return problems


def known_secrets() -> dict[str, str]:
    """The sandbox's published secrets, by how a finding names them: test credentials,
    yet a cassette holding one was recorded without scrubbing."""
    from plural_ext.sandbox import (
        DEFAULT_CALLBACK_SECRET_KEY,
        DEFAULT_CLIENT_SECRET,
        DEFAULT_WEBHOOK_SECRET,
    )

    return {
        DEFAULT_CLIENT_SECRET: "the sandbox's client_secret",
        DEFAULT_CALLBACK_SECRET_KEY: "the sandbox's callback secret key",
        bytes.fromhex(DEFAULT_CALLBACK_SECRET_KEY).decode(): "the sandbox's callback secret (text)",
        DEFAULT_WEBHOOK_SECRET: "the sandbox's webhook secret",
    }


def secrets_from_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The values of ``PLURAL_CLIENT_SECRET``, ``PLURAL_SECRET_KEY`` and
    ``PLURAL_WEBHOOK_SECRET`` that are set (8 characters or more), as literals to look for."""
    env = os.environ if environ is None else environ
    found: dict[str, str] = {}
    for name in ENV_SECRETS:
        value = env.get(name, "")
        if len(value) >= _SHORTEST_LITERAL:
            found[value] = f"the value of {name}"
    return found


def card_numbers(text: str) -> list[str]:
    """Every 12-19 digit run of ``text`` that passes the Luhn check, as its first six digits."""
    found = []
    for match in DIGIT_RUN.finditer(text):
        digits = re.sub(r"[ -]", "", match.group())
        if 12 <= len(digits) <= 19 and luhn_valid(digits):
            found.append(digits[:6] + "…")
    return found


def masked_card(value: str) -> bool:
    """A card number shown at most as its first six and last four digits."""
    return sum(char.isdigit() for char in value) <= 10 and not card_numbers(value)


class Scan:
    """Secrets found in one file: where, and what kind (never the value itself)."""

    def __init__(self, literals: Mapping[str, str] | None = None) -> None:
        self.literals = {**known_secrets(), **(literals or {})}
        self.problems: list[str] = []

    def file(self, path: Path) -> list[str]:
        text = path.read_bytes().decode("utf-8", "replace")
        self.text(text, str(path), raw_file=True)
        kind = _STRUCTURED.get(path.suffix.lower())
        if kind is not None:
            try:
                document = _load(kind, text)
            except ValueError as error:
                self.problems.append(f"{path}: not {kind.upper()} ({error})")
            else:
                self.value(document, str(path), key=None)
        return self.problems

    def value(self, value: Any, where: str, key: str | None) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                self.value(name, f"{where}/<key>", key=None)
                self.value(item, f"{where}/{name}", key=str(name))
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                self.value(item, f"{where}[{index}]", key=key)
        elif isinstance(value, bytes):
            self.string(value.decode("utf-8", "replace"), where, key)
        elif isinstance(value, str):
            self.string(value, where, key)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.string(str(value), where, key)

    def string(self, text: str, where: str, key: str | None) -> None:
        name = (key or "").lower()
        if name in SECRET_FIELDS and text not in MASKED:
            self.problems.append(f"{where}: {name} is not masked")
        if name in CARD_FIELDS and not masked_card(text):
            self.problems.append(f"{where}: {name} shows more than six and four digits")
        if name in SECRET_HEADERS and text.rpartition(" ")[2] not in MASKED:
            self.problems.append(f"{where}: the {name} header is not masked")
        stripped = text.strip()
        if stripped[:1] in ("{", "["):
            try:
                document = json.loads(stripped)
            except ValueError:
                pass
            else:
                # Every value of the document is checked with its own field name.
                self.text(text, where, spare_digits=True)
                self.value(document, f"{where}<json>", key=None)
                return
        self.text(text, where, spare_digits=name in NON_CARD_FIELDS)
        query = urlsplit(stripped).query if stripped.startswith(("http://", "https://")) else ""
        if not query and "=" in stripped and not re.search(r"\s", stripped):
            query = stripped  # a form body
        for field, item in parse_qsl(query, keep_blank_values=True):
            self.string(item, f"{where}?{field}", key=field)

    def text(
        self, text: str, where: str, *, spare_digits: bool = False, raw_file: bool = False
    ) -> None:
        for literal, what in self.literals.items():
            if literal in text:
                self.problems.append(f"{where}: holds {what}")
        if JWT.search(text):
            self.problems.append(f"{where}: holds a JWT")
        for match in BEARER.finditer(text):
            if match.group(1) != MASK:
                self.problems.append(f"{where}: a Bearer credential that is not {MASK}")
        for match in FORM_INPUT.finditer(text):
            name = html.unescape(match["name"])
            self.string(html.unescape(match["value"]), f"{where}<input {name}>", key=name)
        for match in ASSIGNMENT.finditer(text):
            key, value = match["key"].lower(), match["value"]
            if key in CARD_FIELDS:
                if not masked_card(value):
                    self.problems.append(f"{where}: {key} shows more than six and four digits")
            elif value not in MASKED:
                self.problems.append(f"{where}: {key} is not masked")
        # In a raw cassette a number cannot be told from its field: the structured walk
        # checks those; any other file is checked whole.
        if not spare_digits and not (raw_file and where.lower().endswith(tuple(_STRUCTURED))):
            for number in card_numbers(text):
                self.problems.append(f"{where}: a card number ({number})")


def _files(root: Path) -> Iterable[Path]:
    if root.is_file():
        return [root]
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts)
    )


def _load(kind: str, text: str) -> Any:
    """A cassette's document; ValueError when it is not one."""
    if kind == "json":
        return json.loads(text)
    import yaml

    try:
        # vcrpy's own safe loader: it reads the few Python tags cassettes hold, runs none.
        from vcr.serializers.yamlserializer import _CassetteLoader

        loader: Any = _CassetteLoader
    except ImportError:  # YAML written by anything else
        loader = yaml.SafeLoader
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, as above
    except yaml.YAMLError as error:
        raise ValueError(str(error)) from None
