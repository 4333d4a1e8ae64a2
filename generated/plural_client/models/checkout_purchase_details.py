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
    from ..models.customer import Customer


T = TypeVar("T", bound="CheckoutPurchaseDetails")

_FIELDS = frozenset(
    (
        "customer",
        "product",
    )
)


@_attrs_define
class CheckoutPurchaseDetails:
    """Who pays and what is bought, shown on the hosted checkout."""

    customer: Customer | Unset = UNSET
    """ The paying customer. Shared by requests and responses, so unknown fields are accepted. """
    product: list[CheckoutProduct] | Unset = UNSET
    """ The products bought; required by Plural for an EMI order. """

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        product: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = []
            for product_item_data in self.product:
                product_item = product_item_data.to_dict()
                product.append(product_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CheckoutPurchaseDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("CheckoutPurchaseDetails", d, _FIELDS)
        try:
            _customer = d.pop("customer", UNSET)
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer.from_dict(_customer)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("customer") from None

        _product = d.pop("product", UNSET)
        product: list[CheckoutProduct] | Unset = UNSET
        if _product is not UNSET:
            if not isinstance(_product, list):
                raise TypeError("product must be a JSON array")
            product = []
            for product_item_data in _product:
                try:
                    product_item = CheckoutProduct.from_dict(product_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("product", len(product)) from None

                product.append(product_item)

        checkout_purchase_details = cls(
            customer=customer,
            product=product,
        )

        return checkout_purchase_details


if TYPE_CHECKING:
    from ..models.checkout_product import CheckoutProductParams
    from ..models.customer import CustomerParams


class CheckoutPurchaseDetailsParams(TypedDict, total=False):
    """``CheckoutPurchaseDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    customer: CustomerParams | Customer | Unset
    product: Sequence[CheckoutProductParams | CheckoutProduct] | Unset


from ..models.checkout_product import CheckoutProduct  # noqa: E402
from ..models.customer import Customer  # noqa: E402
