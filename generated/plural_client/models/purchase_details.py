from __future__ import annotations

from collections.abc import Mapping
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
)

if TYPE_CHECKING:
    from ..models.cart_details import CartDetails
    from ..models.customer import Customer
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.order_split_info import OrderSplitInfo


T = TypeVar("T", bound="PurchaseDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "customer",
        "merchant_metadata",
        "cart_details",
        "split_info",
    )
)


@_attrs_define
class PurchaseDetails:
    """Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown fields
    are accepted.

    """

    customer: Customer | Unset = UNSET
    """ The paying customer. Shared by requests and responses, so unknown fields are accepted. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    cart_details: CartDetails | Unset = UNSET
    """ The customer's cart, item by item. """
    split_info: OrderSplitInfo | Unset = UNSET
    """ How an order's money is split between partner merchants, as Plural reports it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        cart_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_details, Unset):
            cart_details = self.cart_details.to_dict()

        split_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_info, Unset):
            split_info = self.split_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if cart_details is not UNSET:
            field_dict["cart_details"] = cart_details
        if split_info is not UNSET:
            field_dict["split_info"] = split_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PurchaseDetails")
        found = 0
        customer = d.get("customer", UNSET)
        if customer is not UNSET:
            found += 1
            try:
                customer = Customer.from_dict(customer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("customer") from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            found += 1
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        cart_details = d.get("cart_details", UNSET)
        if cart_details is not UNSET:
            found += 1
            try:
                cart_details = CartDetails.from_dict(cart_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_details") from None

        split_info = d.get("split_info", UNSET)
        if split_info is not UNSET:
            found += 1
            try:
                split_info = OrderSplitInfo.from_dict(split_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("split_info") from None

        purchase_details = cls(
            customer,
            merchant_metadata,
            cart_details,
            split_info,
        )
        if found < len(d):
            purchase_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return purchase_details

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
    from ..models.cart_details import CartDetailsParams
    from ..models.customer import CustomerParams
    from ..models.order_split_info import OrderSplitInfoParams


class PurchaseDetailsParams(TypedDict, total=False):
    """``PurchaseDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    customer: CustomerParams | Customer | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset
    cart_details: CartDetailsParams | CartDetails | Unset
    split_info: OrderSplitInfoParams | OrderSplitInfo | Unset


from ..models.cart_details import CartDetails  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
from ..models.order_split_info import OrderSplitInfo  # noqa: E402
