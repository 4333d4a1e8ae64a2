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

T = TypeVar("T", bound="ConvenienceFeeMethodMetadata")

_FIELDS: frozenset[str] = frozenset(
    (
        "network_type",
        "card_type",
    )
)


@_attrs_define
class ConvenienceFeeMethodMetadata:
    """The card the fee applies to."""

    network_type: str | Unset = UNSET
    """ The card network. """
    card_type: str | Unset = UNSET
    """ The card type (CREDIT, DEBIT...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        network_type = self.network_type

        card_type = self.card_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_type is not UNSET:
            field_dict["network_type"] = network_type
        if card_type is not UNSET:
            field_dict["card_type"] = card_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ConvenienceFeeMethodMetadata")
        )
        found = 0
        network_type = d.get("network_type", UNSET)
        if network_type is not UNSET:
            found += 1

        card_type = d.get("card_type", UNSET)
        if card_type is not UNSET:
            found += 1

        convenience_fee_method_metadata = cls(
            network_type,
            card_type,
        )
        if found < len(d):
            convenience_fee_method_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return convenience_fee_method_metadata

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
