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
    from ..models.customer import Customer


T = TypeVar("T", bound="CheckoutPurchaseDetails")

_FIELDS: frozenset[str] = frozenset(
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
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CheckoutPurchaseDetails")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CheckoutPurchaseDetails", d, _FIELDS)
        customer = d.get("customer", UNSET)
        if customer is not UNSET:
            try:
                customer = Customer.from_dict(customer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("customer") from None

        product = d.get("product", UNSET)
        if product is not UNSET:
            if not isinstance(product, list):
                raise wrong_type("product", "a JSON array", product)
            product_read: list[CheckoutProduct] = []
            for product_item in product:
                try:
                    product_item = CheckoutProduct.from_dict(product_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("product", len(product_read)) from None
                product_read.append(product_item)
            product = product_read

        checkout_purchase_details = cls(
            customer,
            product,
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
