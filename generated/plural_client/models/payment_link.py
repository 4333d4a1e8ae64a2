from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.payment_link_status import PaymentLinkStatus
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset, as_bool, extras_repr

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.money import Money
    from ..models.payment_link_account_details import PaymentLinkAccountDetails
    from ..models.payment_link_customer import PaymentLinkCustomer
    from ..models.payment_link_product import PaymentLinkProduct
    from ..models.payment_link_split_info import PaymentLinkSplitInfo


T = TypeVar("T", bound="PaymentLink")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentLink must be a JSON object")
        d = dict(src_dict)
        for required in (
            "payment_link",
            "payment_link_id",
            "status",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        payment_link = d.pop("payment_link")

        payment_link_id = d.pop("payment_link_id")

        status = PaymentLinkStatus(d.pop("status"))

        try:
            _amount = d.pop("amount", UNSET)
            amount: Amount | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = Amount.from_dict(_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount") from None

        try:
            _amount_due = d.pop("amount_due", UNSET)
            amount_due: Money | Unset
            if isinstance(_amount_due, Unset):
                amount_due = UNSET
            else:
                amount_due = Money.from_dict(_amount_due)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount_due") from None

        order_id = d.pop("order_id", UNSET)

        merchant_payment_link_reference = d.pop("merchant_payment_link_reference", UNSET)

        description = d.pop("description", UNSET)

        _expire_by = d.pop("expire_by", UNSET)
        expire_by: datetime.datetime | Unset
        if isinstance(_expire_by, Unset):
            expire_by = UNSET
        else:
            expire_by = datetime.datetime.fromisoformat(_expire_by)

        _allowed_payment_methods = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
        if _allowed_payment_methods is not UNSET:
            if not isinstance(_allowed_payment_methods, list):
                raise TypeError("allowed_payment_methods must be a JSON array")
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in _allowed_payment_methods:
                allowed_payment_methods_item = PaymentMethod(allowed_payment_methods_item_data)

                allowed_payment_methods.append(allowed_payment_methods_item)

        pre_auth = d.pop("pre_auth", UNSET)
        if pre_auth.__class__ is not bool and pre_auth is not UNSET:
            pre_auth = as_bool(pre_auth, "pre_auth", True)

        def _parse_failure_callback_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_callback_url = _parse_failure_callback_url(d.pop("failure_callback_url", UNSET))

        is_mcc_transaction = d.pop("is_mcc_transaction", UNSET)
        if is_mcc_transaction.__class__ is not bool and is_mcc_transaction is not UNSET:
            is_mcc_transaction = as_bool(is_mcc_transaction, "is_mcc_transaction", True)

        try:
            _customer = d.pop("customer", UNSET)
            customer: PaymentLinkCustomer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = PaymentLinkCustomer.from_dict(_customer)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("customer") from None

        _product_details = d.pop("product_details", UNSET)
        product_details: list[PaymentLinkProduct] | Unset = UNSET
        if _product_details is not UNSET:
            if not isinstance(_product_details, list):
                raise TypeError("product_details must be a JSON array")
            product_details = []
            for product_details_item_data in _product_details:
                try:
                    product_details_item = PaymentLinkProduct.from_dict(product_details_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("product_details", len(product_details)) from None

                product_details.append(product_details_item)

        try:
            _split_info = d.pop("split_info", UNSET)
            split_info: PaymentLinkSplitInfo | Unset
            if isinstance(_split_info, Unset):
                split_info = UNSET
            else:
                split_info = PaymentLinkSplitInfo.from_dict(_split_info)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("split_info") from None

        try:
            _account_details = d.pop("account_details", UNSET)
            account_details: PaymentLinkAccountDetails | Unset
            if isinstance(_account_details, Unset):
                account_details = UNSET
            else:
                account_details = PaymentLinkAccountDetails.from_dict(_account_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("account_details") from None

        try:
            _cart_coupon_discount_amount = d.pop("cart_coupon_discount_amount", UNSET)
            cart_coupon_discount_amount: Money | Unset
            if isinstance(_cart_coupon_discount_amount, Unset):
                cart_coupon_discount_amount = UNSET
            else:
                cart_coupon_discount_amount = Money.from_dict(_cart_coupon_discount_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("cart_coupon_discount_amount") from None

        try:
            _merchant_metadata = d.pop("merchant_metadata", UNSET)
            merchant_metadata: MerchantMetadata | Unset
            if isinstance(_merchant_metadata, Unset):
                merchant_metadata = UNSET
            else:
                merchant_metadata = MerchantMetadata.from_dict(_merchant_metadata)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("merchant_metadata") from None

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        payment_link = cls(
            payment_link=payment_link,
            payment_link_id=payment_link_id,
            status=status,
            amount=amount,
            amount_due=amount_due,
            order_id=order_id,
            merchant_payment_link_reference=merchant_payment_link_reference,
            description=description,
            expire_by=expire_by,
            allowed_payment_methods=allowed_payment_methods,
            pre_auth=pre_auth,
            failure_callback_url=failure_callback_url,
            is_mcc_transaction=is_mcc_transaction,
            customer=customer,
            product_details=product_details,
            split_info=split_info,
            account_details=account_details,
            cart_coupon_discount_amount=cart_coupon_discount_amount,
            merchant_metadata=merchant_metadata,
            created_at=created_at,
            updated_at=updated_at,
        )

        payment_link.additional_properties = d
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
