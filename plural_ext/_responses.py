"""Turning Plural's error responses into typed errors, whatever their body.

Success bodies are left to the generated parser, which raises InvalidResponseError on one
it cannot read; so a caller meets a typed :class:`PluralError` and never a
``JSONDecodeError``, ``KeyError`` or ``ValueError`` from inside the client.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import httpx

from ._exceptions import APIError, api_error_class
from ._redact import redact_json


def api_error(response: httpx.Response, operation: str | None = None) -> APIError:
    """The typed error for an error response, whatever its body; ``operation`` names the
    operation refused."""
    status = response.status_code
    body = json_or_none(response.content)
    code = message = None
    details: object = None
    if isinstance(body, dict):
        code = body.get("code") if isinstance(body.get("code"), str) else None
        message = body.get("message") if isinstance(body.get("message"), str) else None
        # Plural's message may quote the request (a card number, a secret): an
        # exception's text ends up in logs and trackers, so it is redacted like a log.
        message = redact_json(message) if message is not None else None
        details = redact_json(body.get("additional_error_details"))
    if message is None:
        # Not Plural's error shape (an HTML page from a proxy, a bare 520): say what
        # kind of body it was, never the body itself.
        kind = response.headers.get("content-type", "no content type").split(";")[0]
        message = f"{_reason(status)} ({kind} body of {len(response.content)} bytes)"
    return api_error_class(status)(
        status_code=status,
        code=code,
        message=message,
        request_id=request_id(response),
        details=details,
        operation=operation,
    )


def request_id(response: httpx.Response) -> str | None:
    """The Request-ID of the request, as Plural echoes it or as it was sent."""
    echoed: str | None = response.headers.get("Request-ID")
    if echoed:
        return echoed
    try:
        sent: str | None = response.request.headers.get("Request-ID")
        return sent
    except RuntimeError:  # a response built without a request
        return None


def json_or_none(content: bytes) -> Any:
    """The JSON in ``content``, or None where it holds none (an HTML page, a truncated body)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep
        return None


def _reason(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:  # 499, 520: statuses no RFC names
        return f"HTTP {status}"
