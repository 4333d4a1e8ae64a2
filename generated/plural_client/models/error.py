from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.additional_error_details import AdditionalErrorDetails


T = TypeVar("T", bound="Error")

_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "additional_error_details",
    )
)


@_attrs_define
class Error:
    """Plural's error body."""

    code: str | Unset = UNSET
    """ Short error code (INVALID_REQUEST, ORDER_NOT_FOUND, ...). """
    message: str | Unset = UNSET
    """ Human-readable message. """
    additional_error_details: AdditionalErrorDetails | Unset = UNSET
    """ Where an error arose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        additional_error_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_error_details, Unset):
            additional_error_details = self.additional_error_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if additional_error_details is not UNSET:
            field_dict["additional_error_details"] = additional_error_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Error")
        found = 0
        code = d.get("code", UNSET)
        if code is not UNSET:
            found += 1

        message = d.get("message", UNSET)
        if message is not UNSET:
            found += 1

        additional_error_details = d.get("additional_error_details", UNSET)
        if additional_error_details is not UNSET:
            found += 1
            try:
                additional_error_details = AdditionalErrorDetails.from_dict(
                    additional_error_details
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("additional_error_details") from None

        error = cls(
            code,
            message,
            additional_error_details,
        )
        if found < len(d):
            error.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.additional_error_details import AdditionalErrorDetails  # noqa: E402
