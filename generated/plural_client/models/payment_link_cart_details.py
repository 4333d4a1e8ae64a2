from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_product import CheckoutProduct


T = TypeVar("T", bound="PaymentLinkCartDetails")

_FIELDS = frozenset(("items",))


@_attrs_define
class PaymentLinkCartDetails:
    """The cart shown on the payment page."""

    items: list[CheckoutProduct] | Unset = UNSET
    """ The cart's items. """

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentLinkCartDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentLinkCartDetails", d, _FIELDS)
        _items = d.pop("items", UNSET)
        items: list[CheckoutProduct] | Unset = UNSET
        if _items is not UNSET:
            if not isinstance(_items, list):
                raise TypeError("items must be a JSON array")
            items = []
            for items_item_data in _items:
                try:
                    items_item = CheckoutProduct.from_dict(items_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("items", len(items)) from None

                items.append(items_item)

        payment_link_cart_details = cls(
            items=items,
        )

        return payment_link_cart_details


if TYPE_CHECKING:
    from ..models.checkout_product import CheckoutProductParams


class PaymentLinkCartDetailsParams(TypedDict, total=False):
    """``PaymentLinkCartDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    items: Sequence[CheckoutProductParams | CheckoutProduct] | Unset


from ..models.checkout_product import CheckoutProduct  # noqa: E402
