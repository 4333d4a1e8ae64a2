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

T = TypeVar("T", bound="AffordabilityResult")

_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "message",
    )
)


@_attrs_define
class AffordabilityResult:
    """The outcome of a check (offer validation, a brand's IMEI answer)."""

    code: str | Unset = UNSET
    """ Outcome code (ELIGIBLE, or the failure's code). """
    message: str | Unset = UNSET
    """ Human-readable outcome. """
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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "AffordabilityResult")
        found = 0
        code = d.get("code", UNSET)
        if code is not UNSET:
            found += 1

        message = d.get("message", UNSET)
        if message is not UNSET:
            found += 1

        affordability_result = cls(
            code,
            message,
        )
        if found < len(d):
            affordability_result.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return affordability_result

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
