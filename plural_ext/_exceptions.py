"""The exceptions raised by the Plural SDK.

Every failure a caller can act on is a :class:`PluralError`; the subclasses say
which kind, so that ``except plural_ext.RateLimitError`` reads as what it means.
Messages never carry request or response bodies verbatim: a body may hold a
card number or a token, and exception messages end up in logs and trackers.
"""

from __future__ import annotations

import httpx

# The roots live in the generated package, whose parsers raise InvalidResponseError and whose
# models raise RequestValidationError: one class, so that one except catches both layers.
from plural_client.errors import (
    InvalidResponseError,
    PluralError,
    RequestValidationError,
    UnexpectedStatus,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NotFoundError",
    "PluralError",
    "RateLimitError",
    "RequestValidationError",
    "ServerError",
    "SignatureError",
    "TransportError",
    "UnexpectedStatus",
    "api_error_class",
]


class SignatureError(PluralError):
    """A callback or webhook signature is missing, malformed or does not match."""


class TransportError(PluralError):
    """The request did not get an HTTP response: connection failure or timeout."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APIError(PluralError):
    """Plural answered with an error status.

    ``code`` and ``message`` come from Plural's error body
    (``{"code", "message", "additional_error_details"}``) when there is one;
    a body that is not Plural's (an HTML page from a proxy) leaves ``code``
    as ``None`` and ``message`` as the HTTP reason phrase.
    """

    def __init__(
        self,
        *,
        status_code: int,
        code: str | None,
        message: str,
        request_id: str | None,
        details: object = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.details = details
        label = f"{status_code} {code}" if code else str(status_code)
        super().__init__(f"{label}: {message} (Request-ID {request_id})")


class InvalidRequestError(APIError):
    """400, 409 or 422: Plural refused the request as it stands."""


class AuthenticationError(APIError):
    """401 or 403: the credentials or the token were refused."""


class NotFoundError(APIError):
    """404: no such order, payment or refund."""


class RateLimitError(APIError):
    """429: too many requests; retried automatically before this is raised."""


class ServerError(APIError):
    """5xx or any status Plural does not document; retried before this is raised."""


def api_error_class(status_code: int) -> type[APIError]:
    """The APIError subclass for an HTTP error status (any status >= 400)."""
    if status_code in (401, 403):
        return AuthenticationError
    if status_code == 404:
        return NotFoundError
    if status_code == 429:
        return RateLimitError
    if 400 <= status_code < 500:
        return InvalidRequestError
    return ServerError
