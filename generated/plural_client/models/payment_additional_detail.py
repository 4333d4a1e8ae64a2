from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="PaymentAdditionalDetail")

_FIELDS: frozenset[str] = frozenset(())


@_attrs_define
class PaymentAdditionalDetail:
    """Further details of the payment that Plural adds at times.

    Example:
        {'rrn': '420145000226'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PaymentAdditionalDetail")
        )
        payment_additional_detail = cls()
        if len(d) > 0:
            payment_additional_detail.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payment_additional_detail

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
