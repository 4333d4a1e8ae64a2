"""Built-in plugin ``logging``: one INFO line per call (and per failed attempt) on the ``plural``
logger, bodies at DEBUG.

Nothing secret is written: headers and bodies pass through :mod:`plural_ext._redact`.
"""

from __future__ import annotations

import logging

import httpx

from .._hookspecs import hookimpl
from .._redact import redact_body, redact_headers, redact_text

logger = logging.getLogger("plural")


@hookimpl(trylast=True)  # after the headers plugin, so the Request-ID is there
def plural_before_request(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s attempt %d headers=%s body=%s",
            request.method,
            request.url.path,
            attempt,
            redact_headers(request.headers.multi_items()),
            redact_body(request.content, request.headers.get("content-type", "")),
        )


@hookimpl
def plural_after_response(
    request: httpx.Request, response: httpx.Response, attempt: int, elapsed_ms: float
) -> None:
    # Checked first: the line's arguments (a header lookup) cost more than the check.
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "%s %s %d %.1fms Request-ID=%s%s",
        request.method,
        request.url.path,
        response.status_code,
        elapsed_ms,
        request.headers.get("Request-ID", "-"),
        f" attempt={attempt}" if attempt > 1 else "",
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %d headers=%s body=%s",
            response.status_code,
            redact_headers(response.headers.multi_items()),
            redact_body(response.content, response.headers.get("content-type", "")),
        )


@hookimpl
def plural_on_error(request: httpx.Request, error: Exception, attempt: int) -> None:
    # INFO, not WARNING: the error is retried, or raised to the caller, who decides how bad
    # it is (a 404 may be expected); logged as a warning too, it would be reported twice.
    logger.info(
        "%s %s failed: %s: %s Request-ID=%s attempt=%d",
        request.method,
        request.url.path,
        type(error).__name__,
        # An httpx error may quote what was sent (h11 quotes a header value it refuses).
        redact_text(str(error)),
        request.headers.get("Request-ID", "-"),
        attempt,
    )
