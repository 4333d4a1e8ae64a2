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

T = TypeVar("T", bound="MerchantMetadata")

_FIELDS: frozenset[str] = frozenset(())


@_attrs_define
class MerchantMetadata:
    """Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.

    Example:
        {'key1': 'DD', 'key2': 'XOF'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "MerchantMetadata")
        merchant_metadata = cls()
        if len(d) > 0:
            merchant_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return merchant_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
