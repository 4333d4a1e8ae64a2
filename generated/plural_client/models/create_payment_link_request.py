from __future__ import annotations

import datetime
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
from ..models.create_payment_link_request_is_mcc_transaction import (
    CreatePaymentLinkRequestIsMccTransaction,
)
from ..models.create_payment_link_request_pre_auth import CreatePaymentLinkRequestPreAuth
from ..models.payment_method import PaymentMethod
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.money import Money
    from ..models.payment_link_account_details import PaymentLinkAccountDetails
    from ..models.payment_link_cart_details import PaymentLinkCartDetails
    from ..models.payment_link_customer import PaymentLinkCustomer
    from ..models.payment_link_product import PaymentLinkProduct
    from ..models.payment_link_split_info import PaymentLinkSplitInfo


T = TypeVar("T", bound="CreatePaymentLinkRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "amount",
        "merchant_payment_link_reference",
        "description",
        "expire_by",
        "allowed_payment_methods",
        "pre_auth",
        "is_mcc_transaction",
        "callback_url",
        "failure_callback_url",
        "customer",
        "product_details",
        "cart_coupon_discount_amount",
        "merchant_metadata",
        "split_info",
        "account_details",
        "part_payment",
        "cart_details",
    )
)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)
_CREATE_PAYMENT_LINK_REQUEST_PRE_AUTH_BY_VALUE = members_by_value(CreatePaymentLinkRequestPreAuth)
_CREATE_PAYMENT_LINK_REQUEST_IS_MCC_TRANSACTION_BY_VALUE = members_by_value(
    CreatePaymentLinkRequestIsMccTransaction
)


@_attrs_define
class CreatePaymentLinkRequest:
    """A new payment link."""

    amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    merchant_payment_link_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    description: str | Unset = UNSET
    """ What the customer pays for. """
    expire_by: datetime.datetime | Unset = UNSET
    """ When the link expires, ISO 8601 UTC, at most 180 days ahead. """
    allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
    """ The payment methods the customer may use; each must be enabled for the merchant. """
    pre_auth: CreatePaymentLinkRequestPreAuth | Unset = UNSET
    """ "true" to authorize only and capture later; "false" (the default) to charge at once. """
    is_mcc_transaction: CreatePaymentLinkRequestIsMccTransaction | Unset = UNSET
    """ "true" for a multi-currency (MCC) link; "false" (the default) otherwise. """
    callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent after paying. """
    failure_callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent after a failed payment; callback_url if not given. """
    customer: PaymentLinkCustomer | Unset = UNSET
    """ The customer a payment link is for. """
    product_details: list[PaymentLinkProduct] | Unset = UNSET
    """ The products paid for. """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    split_info: PaymentLinkSplitInfo | Unset = UNSET
    """ How the payment is split between partner merchants. """
    account_details: PaymentLinkAccountDetails | Unset = UNSET
    """ The customer's bank account details. """
    part_payment: bool | Unset = UNSET
    """ True to let the customer pay in parts. """
    cart_details: PaymentLinkCartDetails | Unset = UNSET
    """ The cart shown on the payment page. """

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        merchant_payment_link_reference = self.merchant_payment_link_reference

        description = self.description

        expire_by: str | Unset = UNSET
        if not isinstance(self.expire_by, Unset):
            expire_by = self.expire_by.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        pre_auth: str | Unset = UNSET
        if not isinstance(self.pre_auth, Unset):
            pre_auth = self.pre_auth.value

        is_mcc_transaction: str | Unset = UNSET
        if not isinstance(self.is_mcc_transaction, Unset):
            is_mcc_transaction = self.is_mcc_transaction.value

        callback_url = self.callback_url

        failure_callback_url = self.failure_callback_url

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        product_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = []
            for product_details_item_data in self.product_details:
                product_details_item = product_details_item_data.to_dict()
                product_details.append(product_details_item)

        cart_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_amount, Unset):
            cart_coupon_discount_amount = self.cart_coupon_discount_amount.to_dict()

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        split_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_info, Unset):
            split_info = self.split_info.to_dict()

        account_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_details, Unset):
            account_details = self.account_details.to_dict()

        part_payment = self.part_payment

        cart_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_details, Unset):
            cart_details = self.cart_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "merchant_payment_link_reference": merchant_payment_link_reference,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expire_by is not UNSET:
            field_dict["expire_by"] = expire_by
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if pre_auth is not UNSET:
            field_dict["pre_auth"] = pre_auth
        if is_mcc_transaction is not UNSET:
            field_dict["is_mcc_transaction"] = is_mcc_transaction
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if failure_callback_url is not UNSET:
            field_dict["failure_callback_url"] = failure_callback_url
        if customer is not UNSET:
            field_dict["customer"] = customer
        if product_details is not UNSET:
            field_dict["product_details"] = product_details
        if cart_coupon_discount_amount is not UNSET:
            field_dict["cart_coupon_discount_amount"] = cart_coupon_discount_amount
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if split_info is not UNSET:
            field_dict["split_info"] = split_info
        if account_details is not UNSET:
            field_dict["account_details"] = account_details
        if part_payment is not UNSET:
            field_dict["part_payment"] = part_payment
        if cart_details is not UNSET:
            field_dict["cart_details"] = cart_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CreatePaymentLinkRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreatePaymentLinkRequest", d, _FIELDS)
        try:
            amount = d["amount"]
            merchant_payment_link_reference = d["merchant_payment_link_reference"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            amount = Amount.from_dict(amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("amount") from None

        description = d.get("description", UNSET)

        expire_by = d.get("expire_by", UNSET)
        if expire_by is not UNSET:
            try:
                expire_by = parse_datetime(expire_by)
            except (TypeError, ValueError):
                raise wrong_type("expire_by", "an ISO-8601 date-time", expire_by) from None

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

        pre_auth = d.get("pre_auth", UNSET)
        if pre_auth is not UNSET:
            pre_auth = (
                pre_auth.__class__ is str
                and _CREATE_PAYMENT_LINK_REQUEST_PRE_AUTH_BY_VALUE.get(pre_auth)
            ) or as_enum(CreatePaymentLinkRequestPreAuth, pre_auth, "pre_auth")

        is_mcc_transaction = d.get("is_mcc_transaction", UNSET)
        if is_mcc_transaction is not UNSET:
            is_mcc_transaction = (
                is_mcc_transaction.__class__ is str
                and _CREATE_PAYMENT_LINK_REQUEST_IS_MCC_TRANSACTION_BY_VALUE.get(is_mcc_transaction)
            ) or as_enum(
                CreatePaymentLinkRequestIsMccTransaction, is_mcc_transaction, "is_mcc_transaction"
            )

        callback_url = d.get("callback_url", UNSET)

        failure_callback_url = d.get("failure_callback_url", UNSET)

        customer = d.get("customer", UNSET)
        if customer is not UNSET:
            try:
                customer = PaymentLinkCustomer.from_dict(customer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("customer") from None

        product_details = d.get("product_details", UNSET)
        if product_details is not UNSET:
            if not isinstance(product_details, list):
                raise wrong_type("product_details", "a JSON array", product_details)
            product_details_read: list[PaymentLinkProduct] = []
            for product_details_item in product_details:
                try:
                    product_details_item = PaymentLinkProduct.from_dict(product_details_item)
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

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        split_info = d.get("split_info", UNSET)
        if split_info is not UNSET:
            try:
                split_info = PaymentLinkSplitInfo.from_dict(split_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("split_info") from None

        account_details = d.get("account_details", UNSET)
        if account_details is not UNSET:
            try:
                account_details = PaymentLinkAccountDetails.from_dict(account_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("account_details") from None

        part_payment = d.get("part_payment", UNSET)

        cart_details = d.get("cart_details", UNSET)
        if cart_details is not UNSET:
            try:
                cart_details = PaymentLinkCartDetails.from_dict(cart_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_details") from None

        create_payment_link_request = cls(
            amount,
            merchant_payment_link_reference,
            description,
            expire_by,
            allowed_payment_methods,
            pre_auth,
            is_mcc_transaction,
            callback_url,
            failure_callback_url,
            customer,
            product_details,
            cart_coupon_discount_amount,
            merchant_metadata,
            split_info,
            account_details,
            part_payment,
            cart_details,
        )
        return create_payment_link_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.create_payment_link_request_is_mcc_transaction import (
        CreatePaymentLinkRequestIsMccTransactionValue,
    )
    from ..models.create_payment_link_request_pre_auth import CreatePaymentLinkRequestPreAuthValue
    from ..models.money import MoneyParams
    from ..models.payment_link_account_details import PaymentLinkAccountDetailsParams
    from ..models.payment_link_cart_details import PaymentLinkCartDetailsParams
    from ..models.payment_link_customer import PaymentLinkCustomerParams
    from ..models.payment_link_product import PaymentLinkProductParams
    from ..models.payment_link_split_info import PaymentLinkSplitInfoParams
    from ..models.payment_method import PaymentMethodValue


class CreatePaymentLinkRequestParams(TypedDict, total=False):
    """``CreatePaymentLinkRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    amount: Required[AmountParams | Amount]
    merchant_payment_link_reference: Required[str]
    description: str | Unset
    expire_by: datetime.datetime | str | Unset
    allowed_payment_methods: Sequence[PaymentMethodValue | PaymentMethod] | Unset
    pre_auth: CreatePaymentLinkRequestPreAuthValue | CreatePaymentLinkRequestPreAuth | Unset
    is_mcc_transaction: (
        CreatePaymentLinkRequestIsMccTransactionValue
        | CreatePaymentLinkRequestIsMccTransaction
        | Unset
    )
    callback_url: str | Unset
    failure_callback_url: str | Unset
    customer: PaymentLinkCustomerParams | PaymentLinkCustomer | Unset
    product_details: Sequence[PaymentLinkProductParams | PaymentLinkProduct] | Unset
    cart_coupon_discount_amount: MoneyParams | Money | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset
    split_info: PaymentLinkSplitInfoParams | PaymentLinkSplitInfo | Unset
    account_details: PaymentLinkAccountDetailsParams | PaymentLinkAccountDetails | Unset
    part_payment: bool | Unset
    cart_details: PaymentLinkCartDetailsParams | PaymentLinkCartDetails | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.payment_link_account_details import PaymentLinkAccountDetails  # noqa: E402
from ..models.payment_link_cart_details import PaymentLinkCartDetails  # noqa: E402
from ..models.payment_link_customer import PaymentLinkCustomer  # noqa: E402
from ..models.payment_link_product import PaymentLinkProduct  # noqa: E402
from ..models.payment_link_split_info import PaymentLinkSplitInfo  # noqa: E402
