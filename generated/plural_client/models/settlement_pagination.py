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
    as_int,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="SettlementPagination")

_FIELDS: frozenset[str] = frozenset(
    (
        "total_pages",
        "current_page",
    )
)


@_attrs_define
class SettlementPagination:
    """Where this page is."""

    total_pages: int | Unset = UNSET
    """ How many pages there are. """
    current_page: str | Unset = UNSET
    """ Number of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        total_pages = self.total_pages

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if current_page is not UNSET:
            field_dict["current_page"] = current_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SettlementPagination")
        found = 0
        total_pages = d.get("total_pages", UNSET)
        if total_pages is not UNSET:
            found += 1
            if total_pages.__class__ is not int:
                total_pages = as_int(total_pages, "total_pages", True)

        current_page = d.get("current_page", UNSET)
        if current_page is not UNSET:
            found += 1

        settlement_pagination = cls(
            total_pages,
            current_page,
        )
        if found < len(d):
            settlement_pagination.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return settlement_pagination

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
