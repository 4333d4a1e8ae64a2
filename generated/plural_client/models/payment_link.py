from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.payment_link_status import PaymentLinkStatus
from ..models.payment_method import PaymentMethod
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_bool,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.money import Money
    from ..models.payment_link_account_details import PaymentLinkAccountDetails
    from ..models.payment_link_customer import PaymentLinkCustomer
    from ..models.payment_link_product import PaymentLinkProduct
    from ..models.payment_link_split_info import PaymentLinkSplitInfo


T = TypeVar("T", bound="PaymentLink")

_FIELDS: frozenset[str] = frozenset(
    (
        "payment_link",
        "payment_link_id",
        "status",
        "amount",
        "amount_due",
        "order_id",
        "merchant_payment_link_reference",
        "description",
        "expire_by",
        "allowed_payment_methods",
        "pre_auth",
        "failure_callback_url",
        "is_mcc_transaction",
        "customer",
        "product_details",
        "split_info",
        "account_details",
        "cart_coupon_discount_amount",
        "merchant_metadata",
        "created_at",
        "updated_at",
    )
)
_PAYMENT_LINK_STATUS_BY_VALUE = members_by_value(PaymentLinkStatus)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


@_attrs_define
class PaymentLink:
    """A payment link and where it is in its life cycle."""

    payment_link: str
    """ The link's URL to send the customer. """
    payment_link_id: str
    """ Plural's payment link id. """
    status: PaymentLinkStatus
    """ Where a payment link is in its life cycle. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    amount_due: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    order_id: str | Unset = UNSET
    """ Plural's id of the order behind the link. """
    merchant_payment_link_reference: str | Unset = UNSET
    """ The merchant's reference of the link. """
    description: str | Unset = UNSET
    """ What the customer pays for. """
    expire_by: datetime.datetime | Unset = UNSET
    """ When the link expires. """
    allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
    """ The payment methods the customer may use. """
    pre_auth: bool | Unset = UNSET
    """ Whether the payment is authorized only, to be captured later. """
    failure_callback_url: str | Unset | None = UNSET
    """ Failure redirect (null when not set). """
    is_mcc_transaction: bool | Unset = UNSET
    """ Whether it is a multi-currency (MCC) link. """
    customer: PaymentLinkCustomer | Unset = UNSET
    """ The customer a payment link is for. """
    product_details: list[PaymentLinkProduct] | Unset = UNSET
    """ The products paid for. """
    split_info: PaymentLinkSplitInfo | Unset = UNSET
    """ How the payment is split between partner merchants. """
    account_details: PaymentLinkAccountDetails | Unset = UNSET
    """ The customer's bank account details. """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        payment_link = self.payment_link

        payment_link_id = self.payment_link_id

        status = self.status.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        amount_due: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_due, Unset):
            amount_due = self.amount_due.to_dict()

        order_id = self.order_id

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

        pre_auth = self.pre_auth

        failure_callback_url: str | Unset | None
        if isinstance(self.failure_callback_url, Unset):
            failure_callback_url = UNSET
        else:
            failure_callback_url = self.failure_callback_url

        is_mcc_transaction = self.is_mcc_transaction

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        product_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_details, Unset):
            product_details = []
            for product_details_item_data in self.product_details:
                product_details_item = product_details_item_data.to_dict()
                product_details.append(product_details_item)

        split_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_info, Unset):
            split_info = self.split_info.to_dict()

        account_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_details, Unset):
            account_details = self.account_details.to_dict()

        cart_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_amount, Unset):
            cart_coupon_discount_amount = self.cart_coupon_discount_amount.to_dict()

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_link": payment_link,
                "payment_link_id": payment_link_id,
                "status": status,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if merchant_payment_link_reference is not UNSET:
            field_dict["merchant_payment_link_reference"] = merchant_payment_link_reference
        if description is not UNSET:
            field_dict["description"] = description
        if expire_by is not UNSET:
            field_dict["expire_by"] = expire_by
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if pre_auth is not UNSET:
            field_dict["pre_auth"] = pre_auth
        if failure_callback_url is not UNSET:
            field_dict["failure_callback_url"] = failure_callback_url
        if is_mcc_transaction is not UNSET:
            field_dict["is_mcc_transaction"] = is_mcc_transaction
        if customer is not UNSET:
            field_dict["customer"] = customer
        if product_details is not UNSET:
            field_dict["product_details"] = product_details
        if split_info is not UNSET:
            field_dict["split_info"] = split_info
        if account_details is not UNSET:
            field_dict["account_details"] = account_details
        if cart_coupon_discount_amount is not UNSET:
            field_dict["cart_coupon_discount_amount"] = cart_coupon_discount_amount
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentLink")
        try:
            payment_link = d["payment_link"]
            payment_link_id = d["payment_link_id"]
            status = d["status"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 3

        status = (status.__class__ is str and _PAYMENT_LINK_STATUS_BY_VALUE.get(status)) or as_enum(
            PaymentLinkStatus, status, "status"
        )

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        amount_due = d.get("amount_due", UNSET)
        if amount_due is not UNSET:
            found += 1
            try:
                amount_due = Money.from_dict(amount_due)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount_due") from None

        order_id = d.get("order_id", UNSET)
        if order_id is not UNSET:
            found += 1

        merchant_payment_link_reference = d.get("merchant_payment_link_reference", UNSET)
        if merchant_payment_link_reference is not UNSET:
            found += 1

        description = d.get("description", UNSET)
        if description is not UNSET:
            found += 1

        expire_by = d.get("expire_by", UNSET)
        if expire_by is not UNSET:
            found += 1
            try:
                expire_by = parse_datetime(expire_by)
            except (TypeError, ValueError):
                raise wrong_type("expire_by", "an ISO-8601 date-time", expire_by) from None

        allowed_payment_methods = d.get("allowed_payment_methods", UNSET)
        if allowed_payment_methods is not UNSET:
            found += 1
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
            found += 1
            if pre_auth.__class__ is not bool:
                pre_auth = as_bool(pre_auth, "pre_auth", True)

        failure_callback_url = d.get("failure_callback_url", UNSET)
        if failure_callback_url is not UNSET:
            found += 1

        is_mcc_transaction = d.get("is_mcc_transaction", UNSET)
        if is_mcc_transaction is not UNSET:
            found += 1
            if is_mcc_transaction.__class__ is not bool:
                is_mcc_transaction = as_bool(is_mcc_transaction, "is_mcc_transaction", True)

        customer = d.get("customer", UNSET)
        if customer is not UNSET:
            found += 1
            try:
                customer = PaymentLinkCustomer.from_dict(customer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("customer") from None

        product_details = d.get("product_details", UNSET)
        if product_details is not UNSET:
            found += 1
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

        split_info = d.get("split_info", UNSET)
        if split_info is not UNSET:
            found += 1
            try:
                split_info = PaymentLinkSplitInfo.from_dict(split_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("split_info") from None

        account_details = d.get("account_details", UNSET)
        if account_details is not UNSET:
            found += 1
            try:
                account_details = PaymentLinkAccountDetails.from_dict(account_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("account_details") from None

        cart_coupon_discount_amount = d.get("cart_coupon_discount_amount", UNSET)
        if cart_coupon_discount_amount is not UNSET:
            found += 1
            try:
                cart_coupon_discount_amount = Money.from_dict(cart_coupon_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_coupon_discount_amount") from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            found += 1
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        payment_link = cls(
            payment_link,
            payment_link_id,
            status,
            amount,
            amount_due,
            order_id,
            merchant_payment_link_reference,
            description,
            expire_by,
            allowed_payment_methods,
            pre_auth,
            failure_callback_url,
            is_mcc_transaction,
            customer,
            product_details,
            split_info,
            account_details,
            cart_coupon_discount_amount,
            merchant_metadata,
            created_at,
            updated_at,
        )
        if found < len(d):
            payment_link.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payment_link

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


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.payment_link_account_details import PaymentLinkAccountDetails  # noqa: E402
from ..models.payment_link_customer import PaymentLinkCustomer  # noqa: E402
from ..models.payment_link_product import PaymentLinkProduct  # noqa: E402
from ..models.payment_link_split_info import PaymentLinkSplitInfo  # noqa: E402
