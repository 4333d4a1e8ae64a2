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

from ._redact import redact_text

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
    """The request did not get an HTTP response: connection failure or timeout.

    It says which call failed (``method``, ``path``, and the ``request_id`` to quote to
    Plural's support), never holds the request itself: its Authorization header is the bearer
    token, its body may hold a card number.
    """

    def __init__(
        self,
        message: str,
        *,
        request_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.method = method
        self.path = path

    @classmethod
    def of(cls, request: httpx.Request, error: Exception) -> TransportError:
        """The TransportError for ``error``, raised by httpx while sending ``request``.

        ``error`` becomes its cause stripped of what it holds of the request: httpx keeps the
        request on it, its message may quote a header (h11 quotes a header value it refuses),
        and the frames of its traceback and chain hold the headers and the body in their
        locals, which error trackers capture.
        """
        # The request that failed may be the token request made for the caller's call.
        failed = _request_of(error) or request
        _strip(error)
        return cls(
            f"{failed.method} {failed.url.path} failed: {type(error).__name__}: {error}",
            request_id=failed.headers.get("Request-ID"),
            method=failed.method,
            path=failed.url.path,
        )


def _request_of(error: Exception) -> httpx.Request | None:
    try:
        return error.request if isinstance(error, httpx.RequestError) else None
    except RuntimeError:  # httpx's way of saying it has none
        return None


def _strip(error: BaseException) -> None:
    """``error`` left with its type and its redacted message only."""
    error.args = tuple(redact_text(str(arg)) for arg in error.args)
    vars(error).clear()  # httpx's request, and whatever else a library put on it
    if isinstance(error, httpx.RequestError):
        error._request = None  # as httpx leaves it unset: .request raises its RuntimeError
    error.__traceback__ = None
    error.__cause__ = error.__context__ = None


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
        operation: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.details = details
        self.operation = operation
        """The operation Plural refused (``get_order``; ``generate_token`` when the token
        request made for a call failed), None for a path the spec does not know."""
        label = f"{status_code} {code}" if code else str(status_code)
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}{label}: {message} (Request-ID {request_id})")


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
