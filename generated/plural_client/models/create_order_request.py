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
from ..models.create_order_request_is_mcc_transaction import CreateOrderRequestIsMccTransaction
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.money import Money
    from ..models.order_split_info_request import OrderSplitInfoRequest
    from ..models.purchase_details import PurchaseDetails


T = TypeVar("T", bound="CreateOrderRequest")

_FIELDS = frozenset(
    (
        "merchant_order_reference",
        "order_amount",
        "pre_auth",
        "allowed_payment_methods",
        "notes",
        "callback_url",
        "failure_callback_url",
        "part_payment",
        "purchase_details",
        "split_info",
        "is_mcc_transaction",
        "base_amount",
        "cart_coupon_discount_amount",
    )
)


@_attrs_define
class CreateOrderRequest:
    """A new order."""

    merchant_order_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    pre_auth: bool | Unset = UNSET
    """ True to authorize only; the order is then captured or cancelled later. """
    allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
    """ The payment methods the customer may use. """
    notes: str | Unset = UNSET
    """ Free text notes shown against the order. """
    callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent after a successful payment. """
    failure_callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent after a failed payment (callback_url when absent). """
    part_payment: bool | Unset = UNSET
    """ Whether the order may be paid in parts. """
    purchase_details: PurchaseDetails | Unset = UNSET
    """ Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown
    fields are accepted. """
    split_info: OrderSplitInfoRequest | Unset = UNSET
    """ How the order's money is split between partner merchants (split settlement must be enabled). """
    is_mcc_transaction: CreateOrderRequestIsMccTransaction | Unset = UNSET
    """ "true" for a multi-currency (MCC) order, sent as a string. """
    base_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """

    def to_dict(self) -> dict[str, Any]:
        merchant_order_reference = self.merchant_order_reference

        order_amount = self.order_amount.to_dict()

        pre_auth = self.pre_auth

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        notes = self.notes

        callback_url = self.callback_url

        failure_callback_url = self.failure_callback_url

        part_payment = self.part_payment

        purchase_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_details, Unset):
            purchase_details = self.purchase_details.to_dict()

        split_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_info, Unset):
            split_info = self.split_info.to_dict()

        is_mcc_transaction: str | Unset = UNSET
        if not isinstance(self.is_mcc_transaction, Unset):
            is_mcc_transaction = self.is_mcc_transaction.value

        base_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_amount, Unset):
            base_amount = self.base_amount.to_dict()

        cart_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_amount, Unset):
            cart_coupon_discount_amount = self.cart_coupon_discount_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_order_reference": merchant_order_reference,
                "order_amount": order_amount,
            }
        )
        if pre_auth is not UNSET:
            field_dict["pre_auth"] = pre_auth
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if notes is not UNSET:
            field_dict["notes"] = notes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if failure_callback_url is not UNSET:
            field_dict["failure_callback_url"] = failure_callback_url
        if part_payment is not UNSET:
            field_dict["part_payment"] = part_payment
        if purchase_details is not UNSET:
            field_dict["purchase_details"] = purchase_details
        if split_info is not UNSET:
            field_dict["split_info"] = split_info
        if is_mcc_transaction is not UNSET:
            field_dict["is_mcc_transaction"] = is_mcc_transaction
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if cart_coupon_discount_amount is not UNSET:
            field_dict["cart_coupon_discount_amount"] = cart_coupon_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CreateOrderRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreateOrderRequest", d, _FIELDS)
        for required in (
            "merchant_order_reference",
            "order_amount",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        merchant_order_reference = d.pop("merchant_order_reference")

        try:
            order_amount = Amount.from_dict(d.pop("order_amount"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("order_amount") from None

        pre_auth = d.pop("pre_auth", UNSET)

        _allowed_payment_methods = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
        if _allowed_payment_methods is not UNSET:
            if not isinstance(_allowed_payment_methods, list):
                raise TypeError("allowed_payment_methods must be a JSON array")
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in _allowed_payment_methods:
                allowed_payment_methods_item = PaymentMethod(allowed_payment_methods_item_data)

                allowed_payment_methods.append(allowed_payment_methods_item)

        notes = d.pop("notes", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        failure_callback_url = d.pop("failure_callback_url", UNSET)

        part_payment = d.pop("part_payment", UNSET)

        try:
            _purchase_details = d.pop("purchase_details", UNSET)
            purchase_details: PurchaseDetails | Unset
            if isinstance(_purchase_details, Unset):
                purchase_details = UNSET
            else:
                purchase_details = PurchaseDetails.from_dict(_purchase_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("purchase_details") from None

        try:
            _split_info = d.pop("split_info", UNSET)
            split_info: OrderSplitInfoRequest | Unset
            if isinstance(_split_info, Unset):
                split_info = UNSET
            else:
                split_info = OrderSplitInfoRequest.from_dict(_split_info)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("split_info") from None

        _is_mcc_transaction = d.pop("is_mcc_transaction", UNSET)
        is_mcc_transaction: CreateOrderRequestIsMccTransaction | Unset
        if isinstance(_is_mcc_transaction, Unset):
            is_mcc_transaction = UNSET
        else:
            is_mcc_transaction = CreateOrderRequestIsMccTransaction(_is_mcc_transaction)

        try:
            _base_amount = d.pop("base_amount", UNSET)
            base_amount: Amount | Unset
            if isinstance(_base_amount, Unset):
                base_amount = UNSET
            else:
                base_amount = Amount.from_dict(_base_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("base_amount") from None

        try:
            _cart_coupon_discount_amount = d.pop("cart_coupon_discount_amount", UNSET)
            cart_coupon_discount_amount: Money | Unset
            if isinstance(_cart_coupon_discount_amount, Unset):
                cart_coupon_discount_amount = UNSET
            else:
                cart_coupon_discount_amount = Money.from_dict(_cart_coupon_discount_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("cart_coupon_discount_amount") from None

        create_order_request = cls(
            merchant_order_reference=merchant_order_reference,
            order_amount=order_amount,
            pre_auth=pre_auth,
            allowed_payment_methods=allowed_payment_methods,
            notes=notes,
            callback_url=callback_url,
            failure_callback_url=failure_callback_url,
            part_payment=part_payment,
            purchase_details=purchase_details,
            split_info=split_info,
            is_mcc_transaction=is_mcc_transaction,
            base_amount=base_amount,
            cart_coupon_discount_amount=cart_coupon_discount_amount,
        )

        return create_order_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.create_order_request_is_mcc_transaction import (
        CreateOrderRequestIsMccTransactionValue,
    )
    from ..models.money import MoneyParams
    from ..models.order_split_info_request import OrderSplitInfoRequestParams
    from ..models.payment_method import PaymentMethodValue
    from ..models.purchase_details import PurchaseDetailsParams


class CreateOrderRequestParams(TypedDict, total=False):
    """``CreateOrderRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_order_reference: Required[str]
    order_amount: Required[AmountParams | Amount]
    pre_auth: bool | Unset
    allowed_payment_methods: Sequence[PaymentMethodValue | PaymentMethod] | Unset
    notes: str | Unset
    callback_url: str | Unset
    failure_callback_url: str | Unset
    part_payment: bool | Unset
    purchase_details: PurchaseDetailsParams | PurchaseDetails | Unset
    split_info: OrderSplitInfoRequestParams | OrderSplitInfoRequest | Unset
    is_mcc_transaction: (
        CreateOrderRequestIsMccTransactionValue | CreateOrderRequestIsMccTransaction | Unset
    )
    base_amount: AmountParams | Amount | Unset
    cart_coupon_discount_amount: MoneyParams | Money | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.order_split_info_request import OrderSplitInfoRequest  # noqa: E402
from ..models.purchase_details import PurchaseDetails  # noqa: E402
