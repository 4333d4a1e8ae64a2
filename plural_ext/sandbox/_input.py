"""What every request must be before the sandbox reads it, checked once for every way in.

A value that passes here can be stored, echoed in an answer, rendered in a page and sent
in a webhook without failing later: a lone surrogate (``"\\ud800"``) in a stored order
would make every read of it fail to encode; ``NaN`` or ``1e400`` would make every answer
fail to serialize as JSON. So each is refused (400 INVALID_REQUEST naming the field) before
any state changes, as are bodies nested deeper than :data:`MAX_JSON_DEPTH`, header
values that are not printable ASCII, paths or queries that are not UTF-8, query
parameters the operation does not have, and a ``multipart/form-data`` body (the one
operation the spec gives one) whose parts are not its schema's.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import math
import re
from difflib import get_close_matches
from typing import Any
from urllib.parse import unquote_to_bytes

import httpx

from plural_ext._spec import Operation, resolve, spec
from plural_ext.sandbox._errors import SandboxError

__all__ = [
    "MAX_JSON_DEPTH",
    "check_headers",
    "check_query",
    "check_url",
    "printable_header",
    "read_json",
    "read_multipart",
]

MAX_JSON_DEPTH = 32
"""Objects and arrays nested deeper than this are refused; Plural's bodies nest a few levels."""

# Printable ASCII and horizontal tab: what RFC 9110 calls a field value, less obs-text.
_FIELD_VALUE = re.compile(rb"[\t\x20-\x7e]*")


def check_headers(request: httpx.Request) -> None:
    """Refuse a header whose value is not printable ASCII (a CR, a NUL, a UTF-8 byte)."""
    for name, value in request.headers.raw:
        if _FIELD_VALUE.fullmatch(value) is None:
            # The value is never quoted: it may be a credential sent in the wrong header.
            shown = name.decode("ascii", "replace")
            raise _invalid(shown, "is not printable ASCII")


def printable_header(request: httpx.Request, name: str) -> str | None:
    """The header's value if it was sent once and is printable ASCII, else None."""
    values = request.headers.get_list(name)
    if len(values) != 1 or _FIELD_VALUE.fullmatch(values[0].encode("utf-8", "replace")) is None:
        return None
    return values[0]


def check_url(request: httpx.Request) -> None:
    """Refuse a path or query whose percent-decoded bytes are not UTF-8."""
    path, _, query = request.url.raw_path.partition(b"?")
    for part, name in ((path, "path"), (query.replace(b"+", b" "), "query")):
        try:
            unquote_to_bytes(part).decode("utf-8")
        except UnicodeDecodeError:
            raise _invalid(name, "is not UTF-8 once percent-decoded") from None


def check_query(request: httpx.Request, operation: Operation) -> None:
    """Refuse a query parameter the operation does not have: a typo (``per_pg=10``) that
    Plural would ignore without a word, as an unknown field of a body is refused."""
    known = operation.query_schemas.keys()
    for name in request.url.params:
        if name not in known:
            close = get_close_matches(name, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            # The name is quoted with escapes: it is the client's text, control characters too.
            shown = name.encode("unicode_escape").decode("ascii")
            reason = f"is not a query parameter of {operation.operation_id}{hint}"
            raise _invalid(shown, reason, operation.operation_id)


def read_multipart(request: httpx.Request, operation: Operation) -> dict[str, bytes]:
    """The parts of a ``multipart/form-data`` body, for an operation the spec gives one:
    each part a field its schema names, the required ones there. No body for the others."""
    schema = _multipart_schema(operation)
    if schema is None:
        return {}
    step = operation.operation_id
    content_type = request.headers.get("Content-Type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise _invalid("Content-Type", "must be multipart/form-data", step)
    head = b"Content-Type: " + content_type.encode("ascii") + b"\r\n\r\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    if not message.is_multipart() or message.defects:
        raise _invalid("body", "is not multipart/form-data", step)
    parts: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get_content_disposition() != "form-data" or not isinstance(name, str):
            raise _invalid("body", "has a part that is not a named form field", step)
        payload = part.get_payload(decode=True)
        parts[name] = payload if isinstance(payload, bytes) else b""
    known = schema.get("properties", {})
    for name in parts:
        if name not in known and schema.get("additionalProperties") is False:
            raise _invalid(name.encode("unicode_escape").decode("ascii"), "is not a field", step)
    for name in schema.get("required", []):
        if name not in parts:
            raise _invalid(name, "is required", step)
    return parts


def _multipart_schema(operation: Operation) -> dict[str, Any] | None:
    method = spec()["paths"][operation.path_template][operation.method.lower()]
    content = method.get("requestBody", {}).get("content", {})
    form = content.get("multipart/form-data")
    if form is None:
        return None
    found: dict[str, Any] = resolve(form["schema"])
    return found


def read_json(content: bytes, step: str) -> Any:
    """The body of operation ``step`` as JSON, every string and number of it one that an
    answer can carry."""
    try:
        value = json.loads(content, parse_constant=_refuse_constant, parse_float=_finite)
    except _NotFinite as error:
        raise _invalid("body", str(error), step) from None
    except RecursionError:  # the parser's own limit, far below 200,000 levels
        raise _too_deep(step) from None
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        raise SandboxError(400, "INVALID_REQUEST", "the request body is not JSON") from None
    _check_tree(value, step)
    return value


class _NotFinite(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotFinite(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NotFinite("a number is too large for a double")
    return number


def _check_tree(value: Any, step: str) -> None:
    """Walk the parsed body without recursion: its depth, and no lone surrogate anywhere."""
    pending: list[tuple[Any, str, int]] = [(value, "", 0)]
    while pending:
        node, path, depth = pending.pop()
        if isinstance(node, str):
            _check_text(node, path or "body", step)
        elif isinstance(node, (dict, list)):
            if depth >= MAX_JSON_DEPTH:
                raise _too_deep(step)
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, child in items:
                child_path = f"{path}[{key}]" if isinstance(key, int) else _join(path, key)
                if isinstance(key, str):
                    _check_text(key, child_path, step)
                pending.append((child, child_path, depth + 1))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _check_text(text: str, field: str, step: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A key may hold the surrogate itself: the field is named with it escaped.
        named = field.encode("utf-8", "backslashreplace").decode("utf-8")
        raise _invalid(named, "holds a lone surrogate (\\ud800 to \\udfff)", step) from None


def _too_deep(step: str) -> SandboxError:
    return _invalid("body", f"is nested deeper than {MAX_JSON_DEPTH} levels", step)


def _invalid(field: str, reason: str, step: str | None = None) -> SandboxError:
    message = f"{step}: {field}: {reason}" if step else f"{field}: {reason}"
    return SandboxError(400, "INVALID_REQUEST", message, source=field, step=step, reason=reason)
