"""Errors raised by the API functions.

``PluralError`` is the root of every error the SDK raises on purpose; the hand-written
layer (``plural_ext``) re-exports these and adds its own subclasses.
"""

from collections.abc import Collection, Iterable
from difflib import get_close_matches
from typing import Any, TypeVar

import httpx

from .types import FieldTypeError


class PluralError(Exception):
    """Base class of every error the SDK raises on purpose.

    Every one pickles whole, attributes included (a worker of a ``ProcessPoolExecutor`` hands
    it to its parent), and none holds a token, a secret, a card number or a CVV: not in its
    message, its attributes or the chain of errors it was raised from.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles as cls(*args), which a constructor with keyword-only arguments
        # refuses: rebuilt without calling it, from its args, then given its attributes back.
        return _rebuilt, (type(self), self.args), self.__dict__ or None

    @property
    def __context__(self) -> BaseException | None:
        """The error this one was raised while handling, unless ``raise ... from`` set it aside.

        A PluralError raised ``from None`` replaces a parse or validation error that holds what
        was being read: a ``JSONDecodeError``'s ``doc`` is the whole body (a token, a card
        number), a schema error's ``value`` the field's value. Python's traceback already
        leaves such a context out; this attribute does too, for error trackers and whatever
        else walks the chain.
        """
        return None if self.__suppress_context__ else _CONTEXT.__get__(self)

    @__context__.setter
    def __context__(self, context: BaseException | None) -> None:
        _CONTEXT.__set__(self, context)


_CONTEXT = BaseException.__dict__["__context__"]
_Error = TypeVar("_Error", bound=PluralError)


def _rebuilt(kind: type[_Error], args: tuple[Any, ...]) -> _Error:
    """An error of ``kind`` with ``args``, as unpickled: its attributes are set after."""
    return kind.__new__(kind, *args)


class RequestValidationError(PluralError, ValueError):
    """A request breaks a rule of ``openapi/plural.yaml``; nothing was sent.

    ``field`` is the dotted path of the offending field
    (``payments[0].payment_amount.value``) and ``rule`` the broken rule
    (``minimum 100``, ``is required``). A model's ``from_dict`` raises it for a missing
    field and, in a request model, for a key the spec does not know; ``plural_ext``
    raises it, with the ``operation``, for a request that breaks the spec's rules.
    (A response that lacks a field is an ``InvalidResponseError``.)
    """

    def __init__(self, field: str, rule: str, operation: str = "") -> None:
        self.field = field
        self.rule = rule
        self.operation = operation
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}{field}: {rule}")

    def within(self, name: str, index: int | None = None) -> "RequestValidationError":
        """This error, for the field ``name`` (item ``index`` of it) of the model that holds it."""
        parent = name if index is None else f"{name}[{index}]"
        return type(self)(f"{parent}.{self.field}", self.rule, self.operation)


def unknown_field(
    model: str, keys: Iterable[object], known: Collection[str]
) -> RequestValidationError:
    """The error for the first of ``keys`` that is not in ``known``, with the closest known name."""
    key = str(next(key for key in keys if key not in known))
    # Sorted: a frozenset's order changes from run to run, and the suggestion must not.
    close = get_close_matches(key, sorted(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return RequestValidationError(key, f"is not a field of {model}{hint}")


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
        # Say what kind of body failed and how, never the body itself: only the messages
        # that name the field and never its value (a type or a missing field) are told.
        told = isinstance(error, (FieldTypeError, RequestValidationError))
        how = str(error) if told else type(error).__name__
        return cls(
            f"a {kind} body of {len(response.content)} bytes does not parse as documented ({how})",
            status_code=response.status_code,
            request_id=response.headers.get("Request-ID")
            or response.request.headers.get("Request-ID"),
        )


__all__ = [
    "InvalidResponseError",
    "PluralError",
    "RequestValidationError",
    "UnexpectedStatus",
    "unknown_field",
]
