"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


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
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class FieldTypeError(TypeError):
    """A field holds a value of another type than the spec's. Names the field, never the value."""


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _refuse(value: object, field: str, kind: str, optional: bool) -> Unset:
    if value is None and optional:
        return UNSET  # null is what some of Plural's services send for an absent field
    raise FieldTypeError(f"{field} must be {kind}, not {type(value).__name__}")


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


MASK = "***"
SECRET_FIELDS = frozenset(
    {
        "access_token",
        "client_secret",
        "cryptogram",
        "cvv",
        "encrypted_card_details",
        "id_token",
        "otp",
        "password",
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


def mask_card_number(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if len(digits) < 12:
        return MASK
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


def masked(name: str, value: object) -> object:
    """A field's value as it may be shown: secrets masked, card numbers cut to 6 and 4 digits."""
    if isinstance(value, Unset) or (name not in SECRET_FIELDS and name not in CARD_FIELDS):
        return value
    if name in CARD_FIELDS and isinstance(value, str):
        return mask_card_number(value)
    return MASK


def secret_repr(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return repr(value if isinstance(value, Unset) else MASK)


def card_repr(value: object) -> str:
    return repr(masked("card_number", value))


def extras_repr(extras: Mapping[str, object]) -> str:
    """The repr of fields the spec does not know yet: a secret among them is masked too."""
    return repr({name: masked(name, value) for name, value in extras.items()})


__all__ = [
    "CARD_FIELDS",
    "MASK",
    "SECRET_FIELDS",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "card_repr",
    "extras_repr",
    "mask_card_number",
    "masked",
    "secret_repr",
]
