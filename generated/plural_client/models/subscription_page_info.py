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

T = TypeVar("T", bound="SubscriptionPageInfo")

_FIELDS: frozenset[str] = frozenset(
    (
        "size",
        "total_elements",
        "total_pages",
        "number",
    )
)


@_attrs_define
class SubscriptionPageInfo:
    """Where a page sits in a paginated list."""

    size: int | Unset = UNSET
    """ Records per page. """
    total_elements: int | Unset = UNSET
    """ Records in the whole list. """
    total_pages: int | Unset = UNSET
    """ Pages in the whole list. """
    number: int | Unset = UNSET
    """ This page's number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        total_elements = self.total_elements

        total_pages = self.total_pages

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if total_elements is not UNSET:
            field_dict["total_elements"] = total_elements
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SubscriptionPageInfo")
        found = 0
        size = d.get("size", UNSET)
        if size is not UNSET:
            found += 1
            if size.__class__ is not int:
                size = as_int(size, "size", True)

        total_elements = d.get("total_elements", UNSET)
        if total_elements is not UNSET:
            found += 1
            if total_elements.__class__ is not int:
                total_elements = as_int(total_elements, "total_elements", True)

        total_pages = d.get("total_pages", UNSET)
        if total_pages is not UNSET:
            found += 1
            if total_pages.__class__ is not int:
                total_pages = as_int(total_pages, "total_pages", True)

        number = d.get("number", UNSET)
        if number is not UNSET:
            found += 1
            if number.__class__ is not int:
                number = as_int(number, "number", True)

        subscription_page_info = cls(
            size,
            total_elements,
            total_pages,
            number,
        )
        if found < len(d):
            subscription_page_info.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return subscription_page_info

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
