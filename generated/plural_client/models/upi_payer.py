from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
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

T = TypeVar("T", bound="UpiPayer")

_FIELDS: frozenset[str] = frozenset(
    (
        "vpa",
        "phone_number",
    )
)


@_attrs_define
class UpiPayer:
    """The paying UPI account."""

    vpa: str | Unset = UNSET
    """ The payer's virtual payment address. """
    phone_number: str | Unset = UNSET
    """ The payer's phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        vpa = self.vpa

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpa is not UNSET:
            field_dict["vpa"] = vpa
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "UpiPayer")
        found = 0
        vpa = d.get("vpa", UNSET)
        if vpa is not UNSET:
            found += 1

        phone_number = d.get("phone_number", UNSET)
        if phone_number is not UNSET:
            found += 1

        upi_payer = cls(
            vpa,
            phone_number,
        )
        if found < len(d):
            upi_payer.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return upi_payer

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


class UpiPayerParams(TypedDict, total=False):
    """``UpiPayer`` as a dict, for the resource methods: mypy checks its keys and types."""

    vpa: str | Unset
    phone_number: str | Unset
