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
    as_int,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="CartItem")

_FIELDS: frozenset[str] = frozenset(
    (
        "item_id",
        "item_name",
        "item_description",
        "item_details_url",
        "item_image_url",
        "item_original_unit_price",
        "item_discounted_unit_price",
        "item_quantity",
        "item_currency",
    )
)


@_attrs_define
class CartItem:
    """One line of the customer's cart. Shared by requests and responses, so unknown fields are accepted."""

    item_id: str | Unset = UNSET
    """ The merchant's id of the item. """
    item_name: str | Unset = UNSET
    """ Name of the item. """
    item_description: str | Unset = UNSET
    """ Short description of the item. """
    item_details_url: str | Unset = UNSET
    """ Page that describes the item. """
    item_image_url: str | Unset = UNSET
    """ Image of the item (24x24 pixels recommended). """
    item_original_unit_price: int | Unset = UNSET
    """ Unit price before any discount, in paise. """
    item_discounted_unit_price: int | Unset = UNSET
    """ Unit price after discount, in paise. """
    item_quantity: int | Unset = UNSET
    """ How many units were bought. """
    item_currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        item_name = self.item_name

        item_description = self.item_description

        item_details_url = self.item_details_url

        item_image_url = self.item_image_url

        item_original_unit_price = self.item_original_unit_price

        item_discounted_unit_price = self.item_discounted_unit_price

        item_quantity = self.item_quantity

        item_currency = self.item_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if item_description is not UNSET:
            field_dict["item_description"] = item_description
        if item_details_url is not UNSET:
            field_dict["item_details_url"] = item_details_url
        if item_image_url is not UNSET:
            field_dict["item_image_url"] = item_image_url
        if item_original_unit_price is not UNSET:
            field_dict["item_original_unit_price"] = item_original_unit_price
        if item_discounted_unit_price is not UNSET:
            field_dict["item_discounted_unit_price"] = item_discounted_unit_price
        if item_quantity is not UNSET:
            field_dict["item_quantity"] = item_quantity
        if item_currency is not UNSET:
            field_dict["item_currency"] = item_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CartItem")
        found = 0
        item_id = d.get("item_id", UNSET)
        if item_id is not UNSET:
            found += 1

        item_name = d.get("item_name", UNSET)
        if item_name is not UNSET:
            found += 1

        item_description = d.get("item_description", UNSET)
        if item_description is not UNSET:
            found += 1

        item_details_url = d.get("item_details_url", UNSET)
        if item_details_url is not UNSET:
            found += 1

        item_image_url = d.get("item_image_url", UNSET)
        if item_image_url is not UNSET:
            found += 1

        item_original_unit_price = d.get("item_original_unit_price", UNSET)
        if item_original_unit_price is not UNSET:
            found += 1
            if item_original_unit_price.__class__ is not int:
                item_original_unit_price = as_int(
                    item_original_unit_price, "item_original_unit_price", True
                )

        item_discounted_unit_price = d.get("item_discounted_unit_price", UNSET)
        if item_discounted_unit_price is not UNSET:
            found += 1
            if item_discounted_unit_price.__class__ is not int:
                item_discounted_unit_price = as_int(
                    item_discounted_unit_price, "item_discounted_unit_price", True
                )

        item_quantity = d.get("item_quantity", UNSET)
        if item_quantity is not UNSET:
            found += 1
            if item_quantity.__class__ is not int:
                item_quantity = as_int(item_quantity, "item_quantity", True)

        item_currency = d.get("item_currency", UNSET)
        if item_currency is not UNSET:
            found += 1

        cart_item = cls(
            item_id,
            item_name,
            item_description,
            item_details_url,
            item_image_url,
            item_original_unit_price,
            item_discounted_unit_price,
            item_quantity,
            item_currency,
        )
        if found < len(d):
            cart_item.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return cart_item

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


class CartItemParams(TypedDict, total=False):
    """``CartItem`` as a dict, for the resource methods: mypy checks its keys and types."""

    item_id: str | Unset
    item_name: str | Unset
    item_description: str | Unset
    item_details_url: str | Unset
    item_image_url: str | Unset
    item_original_unit_price: int | Unset
    item_discounted_unit_price: int | Unset
    item_quantity: int | Unset
    item_currency: str | Unset
