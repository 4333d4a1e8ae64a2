from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.cart_item import CartItem


T = TypeVar("T", bound="CartDetails")


@_attrs_define
class CartDetails:
    """The customer's cart, item by item."""

    cart_items: list[CartItem] | Unset = UNSET
    """ The items of the cart. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        cart_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cart_items, Unset):
            cart_items = []
            for cart_items_item_data in self.cart_items:
                cart_items_item = cart_items_item_data.to_dict()
                cart_items.append(cart_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cart_items is not UNSET:
            field_dict["cart_items"] = cart_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CartDetails must be a JSON object")
        d = dict(src_dict)
        _cart_items = d.pop("cart_items", UNSET)
        cart_items: list[CartItem] | Unset = UNSET
        if _cart_items is not UNSET:
            if not isinstance(_cart_items, list):
                raise TypeError("cart_items must be a JSON array")
            cart_items = []
            for cart_items_item_data in _cart_items:
                try:
                    cart_items_item = CartItem.from_dict(cart_items_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("cart_items", len(cart_items)) from None

                cart_items.append(cart_items_item)

        cart_details = cls(
            cart_items=cart_items,
        )

        cart_details.additional_properties = d
        return cart_details

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


if TYPE_CHECKING:
    from ..models.cart_item import CartItemParams


class CartDetailsParams(TypedDict, total=False):
    """``CartDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    cart_items: Sequence[CartItemParams | CartItem] | Unset


from ..models.cart_item import CartItem  # noqa: E402
