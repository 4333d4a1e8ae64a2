"""Errors raised by the API functions.

``PluralError`` is the root of every error the SDK raises on purpose; the hand-written
layer (``plural_ext``) re-exports these and adds its own subclasses.
"""

import httpx

from .types import FieldTypeError


class PluralError(Exception):
    """Base class of every error the SDK raises on purpose."""


class UnexpectedStatus(PluralError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        # The body is not in the message: it may hold what should not reach a log.
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of body)")


class InvalidResponseError(PluralError):
    """A response that cannot be read: not JSON, truncated, or not of the documented shape."""

    def __init__(self, message: str, *, status_code: int, request_id: str | None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id

    @classmethod
    def from_response(cls, response: httpx.Response, error: Exception) -> "InvalidResponseError":
        kind = response.headers.get("content-type", "no content type").split(";")[0]
        # Say what kind of body failed and how, never the body itself: only a
        # FieldTypeError's message, which names the field and never its value, is told.
        how = str(error) if isinstance(error, FieldTypeError) else type(error).__name__
        return cls(
            f"a {kind} body of {len(response.content)} bytes does not parse as documented ({how})",
            status_code=response.status_code,
            request_id=response.headers.get("Request-ID")
            or response.request.headers.get("Request-ID"),
        )


__all__ = ["InvalidResponseError", "PluralError", "UnexpectedStatus"]
