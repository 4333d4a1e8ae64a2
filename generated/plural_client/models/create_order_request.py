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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.money import Money
    from ..models.order_split_info_request import OrderSplitInfoRequest
    from ..models.purchase_details import PurchaseDetails


T = TypeVar("T", bound="CreateOrderRequest")

_FIELDS: frozenset[str] = frozenset(
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
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)
_CREATE_ORDER_REQUEST_IS_MCC_TRANSACTION_BY_VALUE = members_by_value(
    CreateOrderRequestIsMccTransaction
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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CreateOrderRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreateOrderRequest", d, _FIELDS)
        try:
            merchant_order_reference = d["merchant_order_reference"]
            order_amount = d["order_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        pre_auth = d.get("pre_auth", UNSET)

        allowed_payment_methods = d.get("allowed_payment_methods", UNSET)
        if allowed_payment_methods is not UNSET:
            if not isinstance(allowed_payment_methods, list):
                raise wrong_type("allowed_payment_methods", "a JSON array", allowed_payment_methods)
            allowed_payment_methods_read: list[PaymentMethod] = []
            for allowed_payment_methods_item in allowed_payment_methods:
                try:
                    allowed_payment_methods_item = (
                        allowed_payment_methods_item.__class__ is str
                        and _PAYMENT_METHOD_BY_VALUE.get(allowed_payment_methods_item)
                    ) or as_enum(PaymentMethod, allowed_payment_methods_item, "")
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "allowed_payment_methods", len(allowed_payment_methods_read)
                    ) from None
                allowed_payment_methods_read.append(allowed_payment_methods_item)
            allowed_payment_methods = allowed_payment_methods_read

        notes = d.get("notes", UNSET)

        callback_url = d.get("callback_url", UNSET)

        failure_callback_url = d.get("failure_callback_url", UNSET)

        part_payment = d.get("part_payment", UNSET)

        purchase_details = d.get("purchase_details", UNSET)
        if purchase_details is not UNSET:
            try:
                purchase_details = PurchaseDetails.from_dict(purchase_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("purchase_details") from None

        split_info = d.get("split_info", UNSET)
        if split_info is not UNSET:
            try:
                split_info = OrderSplitInfoRequest.from_dict(split_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("split_info") from None

        is_mcc_transaction = d.get("is_mcc_transaction", UNSET)
        if is_mcc_transaction is not UNSET:
            is_mcc_transaction = (
                is_mcc_transaction.__class__ is str
                and _CREATE_ORDER_REQUEST_IS_MCC_TRANSACTION_BY_VALUE.get(is_mcc_transaction)
            ) or as_enum(
                CreateOrderRequestIsMccTransaction, is_mcc_transaction, "is_mcc_transaction"
            )

        base_amount = d.get("base_amount", UNSET)
        if base_amount is not UNSET:
            try:
                base_amount = Amount.from_dict(base_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("base_amount") from None

        cart_coupon_discount_amount = d.get("cart_coupon_discount_amount", UNSET)
        if cart_coupon_discount_amount is not UNSET:
            try:
                cart_coupon_discount_amount = Money.from_dict(cart_coupon_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_coupon_discount_amount") from None

        create_order_request = cls(
            merchant_order_reference,
            order_amount,
            pre_auth,
            allowed_payment_methods,
            notes,
            callback_url,
            failure_callback_url,
            part_payment,
            purchase_details,
            split_info,
            is_mcc_transaction,
            base_amount,
            cart_coupon_discount_amount,
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
