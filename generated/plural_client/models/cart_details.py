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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.cart_item import CartItem


T = TypeVar("T", bound="CartDetails")

_FIELDS: frozenset[str] = frozenset(("cart_items",))


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CartDetails")
        found = 0
        cart_items = d.get("cart_items", UNSET)
        if cart_items is not UNSET:
            found += 1
            if not isinstance(cart_items, list):
                raise wrong_type("cart_items", "a JSON array", cart_items)
            cart_items_read: list[CartItem] = []
            for cart_items_item in cart_items:
                try:
                    cart_items_item = CartItem.from_dict(cart_items_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("cart_items", len(cart_items_read)) from None
                cart_items_read.append(cart_items_item)
            cart_items = cart_items_read

        cart_details = cls(
            cart_items,
        )
        if found < len(d):
            cart_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
