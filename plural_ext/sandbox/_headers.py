"""``Request-ID`` and ``Request-Timestamp``: the two headers Plural asks of every API call.

The spec has them as optional parameters only because the SDK's headers plugin fills
them in; Plural itself requires them. A merchant's own client that leaves one out, or
sends it in another format, would pass a lenient sandbox and then fail against Plural,
so the sandbox says so: one WARNING line per header on the ``plural_ext.sandbox``
logger, naming the header and what is wrong with it, and the call goes on. With
``SandboxConfig.strict_headers`` the call is refused instead: 400 INVALID_REQUEST with
``additional_error_details.source`` the header's name.

Neither the log line nor the refusal quotes the header's value: a caller that put a
credential in the wrong header would otherwise see it printed.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

import httpx

from plural_ext._plugins.headers import REQUEST_ID
from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._errors import SandboxError

__all__ = ["check_request_headers", "header_problems"]

_logger = logging.getLogger("plural_ext.sandbox")

# The spec's RequestTimestamp: "ISO-8601 UTC with milliseconds (2024-07-09T07:57:08.022Z)".
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_NOT_A_UUID = "is not a UUID (8-4-4-4-12 hex digits, c17ce30f-f88e-4f81-ada1-c3b4909ed235)"
_NOT_A_TIMESTAMP = "is not ISO-8601 UTC with milliseconds and Z (2024-07-09T07:57:08.022Z)"


def header_problems(headers: httpx.Headers) -> list[tuple[str, str]]:
    """``(header, what is wrong)`` for each of the two that is missing or ill-formed."""
    problems = []
    for name, well_formed, expected in (
        ("Request-ID", _is_uuid, _NOT_A_UUID),
        ("Request-Timestamp", _is_timestamp, _NOT_A_TIMESTAMP),
    ):
        # Sent twice, httpx joins the values with ", ": ill-formed either way.
        value = headers.get(name)
        if value is None:
            problems.append((name, "is missing"))
        elif not value.strip():
            problems.append((name, "is empty"))
        elif not well_formed(value.strip()):
            problems.append((name, expected))
    return problems


def check_request_headers(request: httpx.Request, operation_id: str, config: SandboxConfig) -> None:
    """Log each missing or ill-formed header, or refuse the first with ``strict_headers``."""
    problems = header_problems(request.headers)
    if problems and config.strict_headers:
        name, reason = problems[0]
        raise SandboxError(
            400,
            "INVALID_REQUEST",
            f"the {name} header {reason}",
            source=name,
            step=operation_id,
            reason=reason,
        )
    for name, reason in problems:
        _logger.warning("plural sandbox: %s: the %s header %s", operation_id, name, reason)


def _is_uuid(value: str) -> bool:
    return REQUEST_ID.fullmatch(value) is not None


def _is_timestamp(value: str) -> bool:
    if _TIMESTAMP.fullmatch(value) is None:
        return False
    try:  # a real moment: not month 13, not February 30th
        datetime.strptime(value, _TIMESTAMP_FORMAT)
    except ValueError:
        return False
    return True
