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

T = TypeVar("T", bound="OtpMetaData")

_FIELDS: frozenset[str] = frozenset(("resend_after",))


@_attrs_define
class OtpMetaData:
    """Timing of the OTP flow."""

    resend_after: str | Unset = UNSET
    """ Seconds to wait before resend_otp, as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        resend_after = self.resend_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resend_after is not UNSET:
            field_dict["resend_after"] = resend_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OtpMetaData")
        found = 0
        resend_after = d.get("resend_after", UNSET)
        if resend_after is not UNSET:
            found += 1

        otp_meta_data = cls(
            resend_after,
        )
        if found < len(d):
            otp_meta_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return otp_meta_data

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
