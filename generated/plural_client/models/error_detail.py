from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="ErrorDetail")

_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "message",
    )
)


@_attrs_define
class ErrorDetail:
    """Why a payment failed."""

    code: str | Unset = UNSET
    """ Short error code. """
    message: str | Unset = UNSET
    """ Human-readable message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ErrorDetail")
        found = 0
        code = d.get("code", UNSET)
        if code is not UNSET:
            found += 1

        message = d.get("message", UNSET)
        if message is not UNSET:
            found += 1

        error_detail = cls(
            code,
            message,
        )
        if found < len(d):
            error_detail.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return error_detail

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
