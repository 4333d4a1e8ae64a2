from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
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
    from ..models.amount import Amount
    from ..models.money import Money
    from ..models.offer_customer_details import OfferCustomerDetails
    from ..models.offer_discovery_downpayment import OfferDiscoveryDownpayment
    from ..models.offer_discovery_issuer import OfferDiscoveryIssuer
    from ..models.offer_discovery_payment_options import OfferDiscoveryPaymentOptions
    from ..models.offer_discovery_product import OfferDiscoveryProduct


T = TypeVar("T", bound="DiscoverOffersRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "order_amount",
        "product_details",
        "cart_coupon_discount_amount",
        "issuer",
        "downpayment_details",
        "payment_options",
        "customer_details",
    )
)


@_attrs_define
class DiscoverOffersRequest:
    """What to find EMI offers for."""

    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    product_details: list[OfferDiscoveryProduct] | Unset = UNSET
    """ The cart's products; needed for brand EMI. """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    issuer: OfferDiscoveryIssuer | Unset = UNSET
    """ Narrows discovery to a card BIN or, for EMI with down payment, to one issuer. """
    downpayment_details: OfferDiscoveryDownpayment | Unset = UNSET
    """ The down payment the customer chose (EMI with down payment). """
    payment_options: OfferDiscoveryPaymentOptions | Unset = UNSET
    """ The card or saved card to find offers for; one of the two. """
    customer_details: OfferCustomerDetails | Unset = UNSET
    """ The Plural customer owning a saved card token. """

    def to_dict(self) -> dict[str, Any]:
        order_amount = self.order_amount.to_dict()

        product_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = []
            for product_details_item_data in self.product_details:
                product_details_item = product_details_item_data.to_dict()
                product_details.append(product_details_item)

        cart_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_amount, Unset):
            cart_coupon_discount_amount = self.cart_coupon_discount_amount.to_dict()

        issuer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer, Unset):
            issuer = self.issuer.to_dict()

        downpayment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downpayment_details, Unset):
            downpayment_details = self.downpayment_details.to_dict()

        payment_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_options, Unset):
            payment_options = self.payment_options.to_dict()

        customer_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_details, Unset):
            customer_details = self.customer_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_amount": order_amount,
            }
        )
        if product_details is not UNSET:
            field_dict["product_details"] = product_details
        if cart_coupon_discount_amount is not UNSET:
            field_dict["cart_coupon_discount_amount"] = cart_coupon_discount_amount
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if downpayment_details is not UNSET:
            field_dict["downpayment_details"] = downpayment_details
        if payment_options is not UNSET:
            field_dict["payment_options"] = payment_options
        if customer_details is not UNSET:
            field_dict["customer_details"] = customer_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "DiscoverOffersRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("DiscoverOffersRequest", d, _FIELDS)
        try:
            order_amount = d["order_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        product_details = d.get("product_details", UNSET)
        if product_details is not UNSET:
            if not isinstance(product_details, list):
                raise wrong_type("product_details", "a JSON array", product_details)
            product_details_read: list[OfferDiscoveryProduct] = []
            for product_details_item in product_details:
                try:
                    product_details_item = OfferDiscoveryProduct.from_dict(product_details_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "product_details", len(product_details_read)
                    ) from None
                product_details_read.append(product_details_item)
            product_details = product_details_read

        cart_coupon_discount_amount = d.get("cart_coupon_discount_amount", UNSET)
        if cart_coupon_discount_amount is not UNSET:
            try:
                cart_coupon_discount_amount = Money.from_dict(cart_coupon_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_coupon_discount_amount") from None

        issuer = d.get("issuer", UNSET)
        if issuer is not UNSET:
            try:
                issuer = OfferDiscoveryIssuer.from_dict(issuer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("issuer") from None

        downpayment_details = d.get("downpayment_details", UNSET)
        if downpayment_details is not UNSET:
            try:
                downpayment_details = OfferDiscoveryDownpayment.from_dict(downpayment_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("downpayment_details") from None

        payment_options = d.get("payment_options", UNSET)
        if payment_options is not UNSET:
            try:
                payment_options = OfferDiscoveryPaymentOptions.from_dict(payment_options)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment_options") from None

        customer_details = d.get("customer_details", UNSET)
        if customer_details is not UNSET:
            try:
                customer_details = OfferCustomerDetails.from_dict(customer_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("customer_details") from None

        discover_offers_request = cls(
            order_amount,
            product_details,
            cart_coupon_discount_amount,
            issuer,
            downpayment_details,
            payment_options,
            customer_details,
        )
        return discover_offers_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.money import MoneyParams
    from ..models.offer_customer_details import OfferCustomerDetailsParams
    from ..models.offer_discovery_downpayment import OfferDiscoveryDownpaymentParams
    from ..models.offer_discovery_issuer import OfferDiscoveryIssuerParams
    from ..models.offer_discovery_payment_options import OfferDiscoveryPaymentOptionsParams
    from ..models.offer_discovery_product import OfferDiscoveryProductParams


class DiscoverOffersRequestParams(TypedDict, total=False):
    """``DiscoverOffersRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    order_amount: Required[AmountParams | Amount]
    product_details: Sequence[OfferDiscoveryProductParams | OfferDiscoveryProduct] | Unset
    cart_coupon_discount_amount: MoneyParams | Money | Unset
    issuer: OfferDiscoveryIssuerParams | OfferDiscoveryIssuer | Unset
    downpayment_details: OfferDiscoveryDownpaymentParams | OfferDiscoveryDownpayment | Unset
    payment_options: OfferDiscoveryPaymentOptionsParams | OfferDiscoveryPaymentOptions | Unset
    customer_details: OfferCustomerDetailsParams | OfferCustomerDetails | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.offer_customer_details import OfferCustomerDetails  # noqa: E402
from ..models.offer_discovery_downpayment import OfferDiscoveryDownpayment  # noqa: E402
from ..models.offer_discovery_issuer import OfferDiscoveryIssuer  # noqa: E402
from ..models.offer_discovery_payment_options import OfferDiscoveryPaymentOptions  # noqa: E402
from ..models.offer_discovery_product import OfferDiscoveryProduct  # noqa: E402
