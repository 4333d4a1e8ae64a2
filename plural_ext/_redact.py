"""Redaction of secrets from what is logged: headers, JSON bodies, form bodies, text.

What counts as secret is listed once, in ``openapi/templates/secrets.jinja``, and reaches
this module through ``plural_client.types``. A card number keeps at most its first six and
last four digits (what PCI DSS allows to be shown); everything else secret becomes ``***``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

# The secret field names are listed once, in the generator's templates: the generated
# models mask them in their reprs, and everything else redacts through these.
from plural_client.types import CARD_FIELDS, MASK, SECRET_FIELDS, mask_card_number, masked

SECRET_HEADERS = frozenset({"authorization", "webhook-signature", "cookie", "set-cookie"})

# Any run of 12 to 19 digits, spaces or dashes allowed between them, may be a card number.
_CARD_LIKE = re.compile(r"(?<!\d)(\d[ -]?){11,18}\d(?!\d)")


def redact_value(key: str, value: Any) -> Any:
    name = key.lower()
    if name in SECRET_FIELDS or name in CARD_FIELDS:
        return masked(name, value)
    return redact_json(value)


def redact_json(value: Any) -> Any:
    """A copy of a decoded JSON value with secret fields masked, at any depth."""
    if isinstance(value, dict):
        return {key: redact_value(key, item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    if isinstance(value, str):
        # A string may quote a body (an error message echoing the request): mask the
        # values after secret names in it too, not only card-like numbers.
        return _redact_secret_assignments(redact_text(value))
    return value


def redact_text(text: str) -> str:
    """Mask whatever looks like a card number in free text."""
    return _CARD_LIKE.sub(lambda match: mask_card_number(match.group()), text)


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
    return _redact_secret_assignments(redact_text(text))


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {
        name: (_mask_credentials(value) if name.lower() in SECRET_HEADERS else value)
        for name, value in headers
    }


def _mask_credentials(value: str) -> str:
    scheme, _, _ = value.partition(" ")
    return f"{scheme} {MASK}" if scheme.lower() in ("bearer", "basic") else MASK


_ASSIGNMENT = re.compile(
    r"(?<![A-Za-z0-9_])(?P<key>"
    + "|".join(sorted(SECRET_FIELDS | CARD_FIELDS))
    + r")(?P<sep>[\"']?\s*[:=]\s*[\"']?)(?P<value>[^\"'&\s,}<]+)",
    re.IGNORECASE,
)


def assigned_secrets(text: str) -> list[str]:
    """The values that follow a secret name in free text (``"cvv": "123"``, ``token=abc``)."""
    return [match["value"] for match in _ASSIGNMENT.finditer(text)]


def _redact_secret_assignments(text: str) -> str:
    # A body that is neither JSON nor a form (truncated JSON, an HTML error page) may
    # still hold ``"client_secret": "..."``: mask the value after any secret name.
    return _ASSIGNMENT.sub(lambda match: match["key"] + match["sep"] + MASK, text)
