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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.checkout_product import CheckoutProduct


T = TypeVar("T", bound="PaymentLinkCartDetails")

_FIELDS: frozenset[str] = frozenset(("items",))


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
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PaymentLinkCartDetails")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentLinkCartDetails", d, _FIELDS)
        items = d.get("items", UNSET)
        if items is not UNSET:
            if not isinstance(items, list):
                raise wrong_type("items", "a JSON array", items)
            items_read: list[CheckoutProduct] = []
            for items_item in items:
                try:
                    items_item = CheckoutProduct.from_dict(items_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("items", len(items_read)) from None
                items_read.append(items_item)
            items = items_read

        payment_link_cart_details = cls(
            items,
        )
        return payment_link_cart_details


if TYPE_CHECKING:
    from ..models.checkout_product import CheckoutProductParams


class PaymentLinkCartDetailsParams(TypedDict, total=False):
    """``PaymentLinkCartDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    items: Sequence[CheckoutProductParams | CheckoutProduct] | Unset


from ..models.checkout_product import CheckoutProduct  # noqa: E402
