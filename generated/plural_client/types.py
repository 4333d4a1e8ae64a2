"""Contains some shared types for properties"""

import datetime
import functools
import importlib
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from contextvars import ContextVar
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, ParamSpec, TypeVar, cast
from urllib.parse import quote

from attrs import define
from attrs import field as _attrs_field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    # The body and the headers may hold a token or a card number: a repr (a log line, a
    # tracker's locals) tells the body's size and the headers masked; ``parsed`` masks its own.
    content: bytes = _attrs_field(repr=lambda content: content_repr(content))
    headers: MutableMapping[str, str] = _attrs_field(repr=lambda headers: headers_repr(headers))
    parsed: T | None


@define
class RawResponse(Generic[T]):
    """What a resource method answers (``parsed``), with the HTTP response it came in:
    ``plural.with_raw_response.orders.get(order_id)``."""

    status_code: HTTPStatus
    headers: MutableMapping[str, str] = _attrs_field(repr=lambda headers: headers_repr(headers))
    content: bytes = _attrs_field(repr=lambda content: content_repr(content))
    parsed: T

    @property
    def request_id(self) -> str | None:
        """Plural's Request-ID for this call, to quote to Plural's support."""
        return self.headers.get("Request-ID")


read_responses: ContextVar[list[Response[Any]] | None] = ContextVar(
    "plural_read_responses", default=None
)
"""Where the resource methods put the responses they read while a ``with_raw_response``
wrapper runs (None otherwise): a context variable, so that threads and asyncio tasks each
keep their own."""
P = ParamSpec("P")


def _raw(answer: T, kept: list[Response[Any]]) -> RawResponse[T]:
    response = kept[-1]
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        content=response.content,
        parsed=answer,
    )


def with_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method`` (a resource method), answering a ``RawResponse`` of what it answers."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        kept: list[Response[Any]] = []
        token = read_responses.set(kept)
        try:
            return _raw(method(*args, **kwargs), kept)
        finally:
            read_responses.reset(token)

    return call


def with_response_async(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``with_response`` for an ``async`` resource method."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        kept: list[Response[Any]] = []
        token = read_responses.set(kept)
        try:
            return _raw(await method(*args, **kwargs), kept)
        finally:
            read_responses.reset(token)

    return call


class FieldTypeError(TypeError):
    """A field holds a value of another type than the spec's. Names the field, never the value.

    ``field`` is the path from the object read (``payments[1].payment_amount.value``; empty
    for that object itself, which ``subject`` names), ``kind`` what the spec wants (``an
    integer``) and ``found`` the type of what came (``str``).
    """

    def __init__(self, field: str, kind: str, found: str, subject: str = "") -> None:
        self.field = field
        self.kind = kind
        self.found = found
        self.subject = subject
        super().__init__(f"{field or subject or 'the value'} must be {kind}, not {found}")

    def within(self, name: str, index: int | None = None) -> "FieldTypeError":
        """This error, for the field ``name`` (item ``index`` of it) of the object that holds it."""
        parent = name if index is None else f"{name}[{index}]"
        path = f"{parent}.{self.field}" if self.field else parent
        return type(self)(path, self.kind, self.found, self.subject)

    def __reduce__(self) -> tuple[Any, ...]:
        # TypeError pickles as cls(message): rebuilt from the four parts instead.
        return type(self), (self.field, self.kind, self.found, self.subject)


def wrong_type(field: str, kind: str, value: object) -> FieldTypeError:
    """The error for ``value``, read for ``field``, that is not ``kind``."""
    return FieldTypeError(field, kind, type(value).__name__)


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _refuse(value: object, field: str, kind: str, optional: bool) -> Unset:
    if value is None and optional:
        return UNSET  # null is what some of Plural's services send for an absent field
    raise wrong_type(field, kind, value)


def as_bool(value: object, field: str, optional: bool) -> bool | Unset:
    """A boolean, from a string that says one (``"true"``, ``"false"``)."""
    if value == "true":
        return True
    if value == "false":
        return False
    return _refuse(value, field, "a boolean", optional)


def as_int(value: object, field: str, optional: bool) -> int | Unset:
    """An integer, from a string of digits or a float with no fraction (``"100"``, ``100.0``)."""
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value  # an int subclass
    return _refuse(value, field, "an integer", optional)


def as_float(value: object, field: str, optional: bool) -> float | Unset:
    """A number, from an integer or a string that writes one (``"83.25"``)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return float(value)
    return _refuse(value, field, "a number", optional)


E = TypeVar("E", bound=Enum)


def as_enum(kind: type[E], value: object, field: str) -> E:
    """A member of ``kind``, for a value its map of known values did not hold: a string this
    version does not list becomes a pseudo-member that keeps it (``is_known`` is False)."""
    if isinstance(value, str):
        return kind(value)
    raise wrong_type(field, "a string", value)


def members_by_value(kind: type[E]) -> dict[str, E]:
    """The map of ``kind``'s values to its members: the first try of every enum field a model
    reads, one dict lookup where ``kind(value)`` costs some twenty."""
    return cast("dict[str, E]", kind._value2member_map_)


def as_object(value: object, model: str) -> Mapping[str, Any]:
    """What ``model.from_dict`` reads, when it is not a dict: any other mapping as it is."""
    if isinstance(value, Mapping):
        return value
    raise FieldTypeError("", "a JSON object", type(value).__name__, model)


parse_datetime = datetime.datetime.fromisoformat
"""ISO-8601 with ``Z`` (Python 3.11+), bound once: the models read a date-time per call."""
parse_date = datetime.date.fromisoformat


MASK = "***"
SECRET_FIELDS = frozenset(
    {
        "access_token",
        "api_key",
        "client_secret",
        "cryptogram",
        "cvc",
        "cvv",
        "encrypted_card_details",
        "id_token",
        "otp",
        "passwd",
        "password",
        "private_key",
        "refresh_token",
        "secret",
        "secret_key",
        "signature",
        "token",
    }
)
"""Fields whose values never appear in a repr, a log line, an error or a cassette."""
CARD_FIELDS = frozenset(
    {
        "card_number",
        "payment_identifier",
    }
)
"""Card numbers: shown at most as their first six and last four digits (as PCI DSS allows)."""
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "webhook-signature"}
)
"""Headers whose values never appear: the call's credentials and the webhook's signature."""

_CARD_NUMBER = re.compile(r"[0-9]{12,19}")


def mask_card_number(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if len(digits) < 12:
        return MASK
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


_LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits passes the Luhn check that every card number passes."""
    kept = sum(map(int, digits[-1::-2]))
    doubled = sum(_LUHN_DOUBLED[int(digit)] for digit in digits[-2::-2])
    return (kept + doubled) % 10 == 0


def is_masked(value: str) -> bool:
    """Already masked (``***``, ``411111******1111``): at most the six and four digits PCI DSS allows."""
    return "**" in value and sum(char.isdigit() for char in value) <= 10


def masked(name: str, value: object) -> object:
    """A field's value as it may be shown: secrets masked, card numbers cut to 6 and 4 digits."""
    if isinstance(value, Unset) or (name not in SECRET_FIELDS and name not in CARD_FIELDS):
        return value
    if name in CARD_FIELDS and isinstance(value, str):
        return value if is_masked(value) else mask_card_number(value)
    return MASK


def masked_deep(value: object) -> object:
    """A copy of a JSON-like value with every secret field masked, at any depth (lists of
    dicts, dicts in dicts), and every string that is a whole card number cut to 6 and 4 digits."""
    if isinstance(value, Mapping):
        return {key: _masked_item(str(key), item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [masked_deep(item) for item in value]
    if isinstance(value, str) and _CARD_NUMBER.fullmatch(value) and luhn_valid(value):
        return mask_card_number(value)
    return value


def _masked_item(key: str, value: object) -> object:
    name = key.lower().replace("-", "_")  # "ID_Token", "client-secret": the same secrets
    if name in SECRET_FIELDS or name in CARD_FIELDS:
        return masked(name, value)
    return masked_deep(value)


def secret_repr(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return repr(value if isinstance(value, Unset) else MASK)


def card_repr(value: object) -> str:
    return repr(masked("card_number", value))


def extras_repr(extras: Mapping[str, object]) -> str:
    """The repr of fields the spec does not know yet: a secret among them is masked too,
    however deep it is nested."""
    return repr(masked_deep(extras))


def content_repr(content: bytes) -> str:
    """The repr of a response's body: its size only (``parsed`` shows what it says, masked)."""
    return f"<{len(content)} bytes>"


def headers_repr(headers: Mapping[str, str]) -> str:
    """The repr of HTTP headers, with the credentials and signatures masked."""
    return repr(
        {name: MASK if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}
    )


def given(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A resource method's body fields as JSON-ready data for a model's ``from_dict``: those
    left UNSET dropped (nested ones too), models (``Amount``) as their dicts, dates as ISO-8601
    strings."""
    return {name: _plain(value) for name, value in fields.items() if not isinstance(value, Unset)}


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date):  # a datetime is a date too
        return value.isoformat()
    return value


class Deferred:
    """A module-level name of a module that would otherwise import what it names at its own
    import: an operation's module, a model class. The first attribute asked of it imports what
    it stands for, which then takes its place in that module (no cost from the second use on).

    ``namespace`` is the module's ``globals()``, ``name`` the name it holds this under,
    ``module`` what to import (relative to that module's package) and ``attribute`` the name
    in it, when it stands for a class rather than the module itself.
    """

    __slots__ = ("_attribute", "_module", "_name", "_namespace")

    def __init__(
        self, namespace: dict[str, Any], name: str, module: str, attribute: str | None = None
    ) -> None:
        self._namespace = namespace
        self._name = name
        self._module = module
        self._attribute = attribute

    def __getattr__(self, attribute: str) -> Any:
        target: Any = importlib.import_module(self._module, self._namespace["__package__"])
        if self._attribute is not None:
            target = getattr(target, self._attribute)
        self._namespace[self._name] = target
        return getattr(target, attribute)

    def __repr__(self) -> str:
        return f"<{self._name}: {self._module} {self._attribute or ''}, imported at first use>"


UNENCODABLE = "must be text without lone surrogates (\\ud800-\\udfff cannot be sent as UTF-8)"


def path_segment(name: str, value: object) -> str:
    """A path parameter's value as sent, percent-encoded whole (a "/" in it stays one segment).
    A string UTF-8 cannot encode is a RequestValidationError naming the parameter."""
    try:
        return quote(str(value), safe="")
    except UnicodeEncodeError:
        from .errors import RequestValidationError  # errors imports this module

        raise RequestValidationError(name, UNENCODABLE) from None


__all__ = [
    "CARD_FIELDS",
    "MASK",
    "SECRET_FIELDS",
    "SECRET_HEADERS",
    "UNSET",
    "Deferred",
    "FieldTypeError",
    "File",
    "FileTypes",
    "RawResponse",
    "RequestFiles",
    "Response",
    "Unset",
    "as_bool",
    "as_enum",
    "as_float",
    "as_int",
    "as_object",
    "card_repr",
    "content_repr",
    "extras_repr",
    "given",
    "headers_repr",
    "is_masked",
    "luhn_valid",
    "mask_card_number",
    "masked",
    "masked_deep",
    "members_by_value",
    "parse_date",
    "parse_datetime",
    "path_segment",
    "read_responses",
    "secret_repr",
    "with_response",
    "with_response_async",
    "wrong_type",
]
