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
    from ..models.cardless_offer_payment_option import CardlessOfferPaymentOption
    from ..models.money import Money
    from ..models.offer_product import OfferProduct


T = TypeVar("T", bound="DiscoverCardlessOffersRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "order_amount",
        "payment_option",
        "product_details",
        "cart_coupon_discount_amount",
    )
)


@_attrs_define
class DiscoverCardlessOffersRequest:
    """What to find cardless EMI offers for."""

    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payment_option: CardlessOfferPaymentOption
    """ The cardless customer to find offers for. """
    product_details: list[OfferProduct] | Unset = UNSET
    """ The cart's products; needed for brand EMI. """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """

    def to_dict(self) -> dict[str, Any]:
        order_amount = self.order_amount.to_dict()

        payment_option = self.payment_option.to_dict()

        product_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = []
            for product_details_item_data in self.product_details:
                product_details_item = product_details_item_data.to_dict()
                product_details.append(product_details_item)

        cart_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_amount, Unset):
            cart_coupon_discount_amount = self.cart_coupon_discount_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_amount": order_amount,
                "payment_option": payment_option,
            }
        )
        if product_details is not UNSET:
            field_dict["product_details"] = product_details
        if cart_coupon_discount_amount is not UNSET:
            field_dict["cart_coupon_discount_amount"] = cart_coupon_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "DiscoverCardlessOffersRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("DiscoverCardlessOffersRequest", d, _FIELDS)
        try:
            order_amount = d["order_amount"]
            payment_option = d["payment_option"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        try:
            payment_option = CardlessOfferPaymentOption.from_dict(payment_option)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("payment_option") from None

        product_details = d.get("product_details", UNSET)
        if product_details is not UNSET:
            if not isinstance(product_details, list):
                raise wrong_type("product_details", "a JSON array", product_details)
            product_details_read: list[OfferProduct] = []
            for product_details_item in product_details:
                try:
                    product_details_item = OfferProduct.from_dict(product_details_item)
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

        discover_cardless_offers_request = cls(
            order_amount,
            payment_option,
            product_details,
            cart_coupon_discount_amount,
        )
        return discover_cardless_offers_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.cardless_offer_payment_option import CardlessOfferPaymentOptionParams
    from ..models.money import MoneyParams
    from ..models.offer_product import OfferProductParams


class DiscoverCardlessOffersRequestParams(TypedDict, total=False):
    """``DiscoverCardlessOffersRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    order_amount: Required[AmountParams | Amount]
    payment_option: Required[CardlessOfferPaymentOptionParams | CardlessOfferPaymentOption]
    product_details: Sequence[OfferProductParams | OfferProduct] | Unset
    cart_coupon_discount_amount: MoneyParams | Money | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.cardless_offer_payment_option import CardlessOfferPaymentOption  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.offer_product import OfferProduct  # noqa: E402
