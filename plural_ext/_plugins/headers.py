"""Built-in plugin ``headers``: the Request-ID and Request-Timestamp that Plural asks for.

It also refuses, before anything is sent, what h11 would refuse on the wire: a header whose
value holds a newline or a NUL (a token read from a file with its line end). h11's error
quotes the value, which is the token, into the exception and every log line about it.
"""

from __future__ import annotations

import datetime
import os
import re
import time
from collections.abc import Iterable, Mapping

import httpx

from .._exceptions import RequestValidationError
from .._hookspecs import hookimpl

# The spec's RequestId parameter (pattern ^[0-9a-fA-F-]{36}$, "UUID4"), as the client and the
# sandbox both read it: the 8-4-4-4-12 form of any UUID version, so a uuid1 or uuid7 passes too.
REQUEST_ID = re.compile(
    r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
)
REQUEST_ID_RULE = "must be a UUID: 8-4-4-4-12 hex digits (c17ce30f-f88e-4f81-ada1-c3b4909ed235)"
ASCII_RULE = "must be ASCII (an HTTP header cannot carry other characters)"
# h11's field-value (RFC 9110): no NUL, no line break (nor \v, \f), no whitespace at either end.
_UNFIT_BYTES = b"\x00\r\n\x0b\x0c"
FIELD_VALUE_RULE = (
    "must not hold a newline, a carriage return or a NUL, nor begin or end with whitespace"
)


@hookimpl
def plural_before_request(request: httpx.Request) -> None:
    # Checked here, after the auth has set its header: a plural_token_auth plugin's token too.
    unfit, given = _read(request.headers.raw)
    if unfit is not None:
        raise RequestValidationError(unfit, FIELD_VALUE_RULE)
    # One Request-ID per request, kept across its retries so Plural's support can
    # follow every attempt of one call; a caller's own Request-ID is kept as well.
    if given is None:
        request.headers["Request-ID"] = new_request_id()
    else:
        check_request_id(given)
    # The timestamp tells when this attempt was sent, so each retry gets a new one.
    request.headers["Request-Timestamp"] = timestamp()


def _read(headers: list[tuple[bytes, bytes]]) -> tuple[str | None, bytes | None]:
    """The name of the first header h11 would refuse, and the Request-ID given: one pass,
    where httpx's lookups by name each scan the headers again. The headers (a token among
    them) stay in this frame, which is gone before anything is raised."""
    given = next((value for name, value in headers if name.lower() == b"request-id"), None)
    return _unfit_header(headers), given


def new_request_id() -> str:
    """A random (version 4) UUID, as text: ``uuid.uuid4()``'s, made at a third of its cost."""
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"


def check_request_id(value: str | bytes | None) -> None:
    """Refuse a caller's Request-ID that Plural would not take: not a UUID, or not ASCII."""
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if text is not None and not REQUEST_ID.fullmatch(text):
        raise RequestValidationError("Request-ID", REQUEST_ID_RULE)


def check_caller_headers(
    headers: Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]] | None,
) -> None:
    """Refuse, before httpx builds the request, the headers a caller passed that cannot be
    sent: a Request-ID that is not a UUID, a value that is not ASCII (where httpx raises a
    ``UnicodeEncodeError`` that holds the value). Named, never quoted."""
    pairs = headers.items() if isinstance(headers, Mapping) else (headers or ())
    for name, value in pairs:
        if name.lower() == "request-id":
            check_request_id(value)
        elif isinstance(value, str) and not value.isascii():
            raise RequestValidationError(name, ASCII_RULE)


def _unfit_header(headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    """The name of the first header h11 would refuse to send; never its value, which may be
    a token (and stays out of the raising frame's locals, which error trackers capture)."""
    for name, value in headers:
        # Two C-level passes, not a regular expression: this runs on every attempt.
        if value != value.strip() or value.translate(None, _UNFIT_BYTES) != value:
            return name.decode("latin-1")
    return None


def timestamp(now: datetime.datetime | None = None) -> str:
    """ISO-8601 UTC with milliseconds and ``Z``: ``2024-07-09T07:57:08.022Z``."""
    if now is not None:
        return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    global _this_second
    seconds = time.time()
    whole = int(seconds)
    if _this_second[0] != whole:
        # Formatted once a second: every attempt makes one of these.
        _this_second = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)))
    return f"{_this_second[1]}.{int((seconds - whole) * 1000):03d}Z"


# The last second formatted: one tuple, swapped whole, so threads never see half of it.
_this_second: tuple[int, str] = (0, "")
