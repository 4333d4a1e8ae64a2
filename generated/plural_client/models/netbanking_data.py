from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="NetbankingData")


@_attrs_define
class NetbankingData:
    """What Plural tells of the netbanking payment."""

    pay_code: str | Unset = UNSET
    """ The bank's pay code. """
    bank_name: str | Unset = UNSET
    """ The bank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        pay_code = self.pay_code

        bank_name = self.bank_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_code is not UNSET:
            field_dict["pay_code"] = pay_code
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("NetbankingData must be a JSON object")
        d = dict(src_dict)
        pay_code = d.pop("pay_code", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        netbanking_data = cls(
            pay_code=pay_code,
            bank_name=bank_name,
        )

        netbanking_data.additional_properties = d
        return netbanking_data

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
