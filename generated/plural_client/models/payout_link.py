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

T = TypeVar("T", bound="PayoutLink")

_FIELDS: frozenset[str] = frozenset(
    (
        "rel",
        "href",
    )
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PayoutLink")
        found = 0
        rel = d.get("rel", UNSET)
        if rel is not UNSET:
            found += 1

        href = d.get("href", UNSET)
        if href is not UNSET:
            found += 1

        payout_link = cls(
            rel,
            href,
        )
        if found < len(d):
            payout_link.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
