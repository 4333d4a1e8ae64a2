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
    as_bool,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="AcquirerData")

_FIELDS: frozenset[str] = frozenset(
    (
        "approval_code",
        "acquirer_reference",
        "rrn",
        "is_aggregator",
        "acquirer_name",
    )
)


@_attrs_define
class AcquirerData:
    """The acquiring bank's references."""

    approval_code: str | Unset = UNSET
    """ Authorization code. """
    acquirer_reference: str | Unset = UNSET
    """ The acquirer's reference. """
    rrn: str | Unset = UNSET
    """ Retrieval reference number. """
    is_aggregator: bool | Unset = UNSET
    """ Whether Plural settles the funds to the merchant (aggregator). """
    acquirer_name: str | Unset = UNSET
    """ The acquiring bank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        approval_code = self.approval_code

        acquirer_reference = self.acquirer_reference

        rrn = self.rrn

        is_aggregator = self.is_aggregator

        acquirer_name = self.acquirer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approval_code is not UNSET:
            field_dict["approval_code"] = approval_code
        if acquirer_reference is not UNSET:
            field_dict["acquirer_reference"] = acquirer_reference
        if rrn is not UNSET:
            field_dict["rrn"] = rrn
        if is_aggregator is not UNSET:
            field_dict["is_aggregator"] = is_aggregator
        if acquirer_name is not UNSET:
            field_dict["acquirer_name"] = acquirer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "AcquirerData")
        found = 0
        approval_code = d.get("approval_code", UNSET)
        if approval_code is not UNSET:
            found += 1

        acquirer_reference = d.get("acquirer_reference", UNSET)
        if acquirer_reference is not UNSET:
            found += 1

        rrn = d.get("rrn", UNSET)
        if rrn is not UNSET:
            found += 1

        is_aggregator = d.get("is_aggregator", UNSET)
        if is_aggregator is not UNSET:
            found += 1
            if is_aggregator.__class__ is not bool:
                is_aggregator = as_bool(is_aggregator, "is_aggregator", True)

        acquirer_name = d.get("acquirer_name", UNSET)
        if acquirer_name is not UNSET:
            found += 1

        acquirer_data = cls(
            approval_code,
            acquirer_reference,
            rrn,
            is_aggregator,
            acquirer_name,
        )
        if found < len(d):
            acquirer_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return acquirer_data

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
