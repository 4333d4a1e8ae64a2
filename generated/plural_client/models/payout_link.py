from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="PayoutLink")


@_attrs_define
class PayoutLink:
    """A link to a related payout resource."""

    rel: str | Unset = UNSET
    """ How the resource relates (self, ...). """
    href: str | Unset = UNSET
    """ URL of the resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        rel = self.rel

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rel is not UNSET:
            field_dict["rel"] = rel
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PayoutLink must be a JSON object")
        d = dict(src_dict)
        rel = d.pop("rel", UNSET)

        href = d.pop("href", UNSET)

        payout_link = cls(
            rel=rel,
            href=href,
        )

        payout_link.additional_properties = d
        return payout_link

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
