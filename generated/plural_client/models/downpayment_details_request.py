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
    from ..models.downpayment_issuer import DownpaymentIssuer
    from ..models.money import Money
    from ..models.offer_product import OfferProduct


T = TypeVar("T", bound="DownpaymentDetailsRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "order_amount",
        "product_details",
        "cart_coupon_discount_amount",
        "issuer",
    )
)


@_attrs_define
class DownpaymentDetailsRequest:
    """What to get the down payment range for."""

    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    product_details: list[OfferProduct] | Unset = UNSET
    """ The cart's products; needed for brand EMI. """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    issuer: DownpaymentIssuer | Unset = UNSET
    """ The card whose issuer sets the down payment rules. """

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "DownpaymentDetailsRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("DownpaymentDetailsRequest", d, _FIELDS)
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

        issuer = d.get("issuer", UNSET)
        if issuer is not UNSET:
            try:
                issuer = DownpaymentIssuer.from_dict(issuer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("issuer") from None

        downpayment_details_request = cls(
            order_amount,
            product_details,
            cart_coupon_discount_amount,
            issuer,
        )
        return downpayment_details_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.downpayment_issuer import DownpaymentIssuerParams
    from ..models.money import MoneyParams
    from ..models.offer_product import OfferProductParams


class DownpaymentDetailsRequestParams(TypedDict, total=False):
    """``DownpaymentDetailsRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    order_amount: Required[AmountParams | Amount]
    product_details: Sequence[OfferProductParams | OfferProduct] | Unset
    cart_coupon_discount_amount: MoneyParams | Money | Unset
    issuer: DownpaymentIssuerParams | DownpaymentIssuer | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.downpayment_issuer import DownpaymentIssuer  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.offer_product import OfferProduct  # noqa: E402
