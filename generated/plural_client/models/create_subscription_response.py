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
from ..models.subscription_integration_mode import SubscriptionIntegrationMode
from ..models.subscription_payment_method import SubscriptionPaymentMethod
from ..models.subscription_payment_mode import SubscriptionPaymentMode
from ..models.subscription_status import SubscriptionStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_bool,
    as_enum,
    as_int,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.plan import Plan
    from ..models.subscription_bank_account import SubscriptionBankAccount


T = TypeVar("T", bound="CreateSubscriptionResponse")

_FIELDS: frozenset[str] = frozenset(
    (
        "subscription_id",
        "order_id",
        "merchant_subscription_reference",
        "enable_notification",
        "plan_details",
        "quantity",
        "start_date",
        "end_date",
        "customer_id",
        "payment_mode",
        "allowed_payment_methods",
        "integration_mode",
        "merchant_metadata",
        "status",
        "is_tpv_enabled",
        "bank_account",
        "order_amount",
        "created_at",
        "modified_at",
        "redirect_url",
        "callback_url",
        "failure_callback_url",
    )
)
_SUBSCRIPTION_PAYMENT_MODE_BY_VALUE = members_by_value(SubscriptionPaymentMode)
_SUBSCRIPTION_PAYMENT_METHOD_BY_VALUE = members_by_value(SubscriptionPaymentMethod)
_SUBSCRIPTION_INTEGRATION_MODE_BY_VALUE = members_by_value(SubscriptionIntegrationMode)
_SUBSCRIPTION_STATUS_BY_VALUE = members_by_value(SubscriptionStatus)


@_attrs_define
class CreateSubscriptionResponse:
    """A new subscription, with the URLs the customer is sent to."""

    subscription_id: str | Unset = UNSET
    """ Plural's subscription id. """
    order_id: str | Unset = UNSET
    """ Plural's id of the order that set the mandate up. """
    merchant_subscription_reference: str | Unset = UNSET
    """ The merchant's subscription reference. """
    enable_notification: bool | Unset = UNSET
    """ Whether webhook notifications are sent. """
    plan_details: Plan | Unset = UNSET
    """ A subscription plan. """
    quantity: int | Unset = UNSET
    """ How many units of the plan are subscribed. """
    start_date: datetime.datetime | Unset = UNSET
    """ When the subscription starts. """
    end_date: datetime.datetime | Unset = UNSET
    """ When the subscription ends. """
    customer_id: str | Unset = UNSET
    """ Plural's customer id. """
    payment_mode: SubscriptionPaymentMode | Unset = UNSET
    """ The instrument the mandate is set up on. """
    allowed_payment_methods: list[SubscriptionPaymentMethod] | Unset = UNSET
    """ The payment methods offered to the customer. """
    integration_mode: SubscriptionIntegrationMode | Unset = UNSET
    """ SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page). """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    status: SubscriptionStatus | Unset = UNSET
    """ Where a subscription is in its life cycle (TRIAL, ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...). """
    is_tpv_enabled: bool | Unset = UNSET
    """ Whether the mandate must come from bank_account. """
    bank_account: SubscriptionBankAccount | Unset = UNSET
    """ The customer's bank account the mandate must be paid from (third-party validation, TPV). """
    order_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    created_at: datetime.datetime | Unset | None = UNSET
    """ When the subscription was created. """
    modified_at: datetime.datetime | Unset | None = UNSET
    """ When the subscription last changed. """
    redirect_url: str | Unset = UNSET
    """ Where to send the customer to set the mandate up. """
    callback_url: str | Unset = UNSET
    """ Success redirect. """
    failure_callback_url: str | Unset = UNSET
    """ Failure redirect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        order_id = self.order_id

        merchant_subscription_reference = self.merchant_subscription_reference

        enable_notification = self.enable_notification

        plan_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_details, Unset):
            plan_details = self.plan_details.to_dict()

        quantity = self.quantity

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        customer_id = self.customer_id

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = self.payment_mode.value

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        integration_mode: str | Unset = UNSET
        if not isinstance(self.integration_mode, Unset):
            integration_mode = self.integration_mode.value

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_tpv_enabled = self.is_tpv_enabled

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        order_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_amount, Unset):
            order_amount = self.order_amount.to_dict()

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            created_at = self.created_at

        modified_at: str | Unset | None
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            modified_at = self.modified_at

        redirect_url = self.redirect_url

        callback_url = self.callback_url

        failure_callback_url = self.failure_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if merchant_subscription_reference is not UNSET:
            field_dict["merchant_subscription_reference"] = merchant_subscription_reference
        if enable_notification is not UNSET:
            field_dict["enable_notification"] = enable_notification
        if plan_details is not UNSET:
            field_dict["plan_details"] = plan_details
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if payment_mode is not UNSET:
            field_dict["payment_mode"] = payment_mode
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if integration_mode is not UNSET:
            field_dict["integration_mode"] = integration_mode
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if status is not UNSET:
            field_dict["status"] = status
        if is_tpv_enabled is not UNSET:
            field_dict["is_tpv_enabled"] = is_tpv_enabled
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if failure_callback_url is not UNSET:
            field_dict["failure_callback_url"] = failure_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CreateSubscriptionResponse")
        )
        found = 0
        subscription_id = d.get("subscription_id", UNSET)
        if subscription_id is not UNSET:
            found += 1

        order_id = d.get("order_id", UNSET)
        if order_id is not UNSET:
            found += 1

        merchant_subscription_reference = d.get("merchant_subscription_reference", UNSET)
        if merchant_subscription_reference is not UNSET:
            found += 1

        enable_notification = d.get("enable_notification", UNSET)
        if enable_notification is not UNSET:
            found += 1
            if enable_notification.__class__ is not bool:
                enable_notification = as_bool(enable_notification, "enable_notification", True)

        plan_details = d.get("plan_details", UNSET)
        if plan_details is not UNSET:
            found += 1
            try:
                plan_details = Plan.from_dict(plan_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("plan_details") from None

        quantity = d.get("quantity", UNSET)
        if quantity is not UNSET:
            found += 1
            if quantity.__class__ is not int:
                quantity = as_int(quantity, "quantity", True)

        start_date = d.get("start_date", UNSET)
        if start_date is not UNSET:
            found += 1
            try:
                start_date = parse_datetime(start_date)
            except (TypeError, ValueError):
                raise wrong_type("start_date", "an ISO-8601 date-time", start_date) from None

        end_date = d.get("end_date", UNSET)
        if end_date is not UNSET:
            found += 1
            try:
                end_date = parse_datetime(end_date)
            except (TypeError, ValueError):
                raise wrong_type("end_date", "an ISO-8601 date-time", end_date) from None

        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        payment_mode = d.get("payment_mode", UNSET)
        if payment_mode is not UNSET:
            found += 1
            payment_mode = (
                payment_mode.__class__ is str
                and _SUBSCRIPTION_PAYMENT_MODE_BY_VALUE.get(payment_mode)
            ) or as_enum(SubscriptionPaymentMode, payment_mode, "payment_mode")

        allowed_payment_methods = d.get("allowed_payment_methods", UNSET)
        if allowed_payment_methods is not UNSET:
            found += 1
            if not isinstance(allowed_payment_methods, list):
                raise wrong_type("allowed_payment_methods", "a JSON array", allowed_payment_methods)
            allowed_payment_methods_read: list[SubscriptionPaymentMethod] = []
            for allowed_payment_methods_item in allowed_payment_methods:
                try:
                    allowed_payment_methods_item = (
                        allowed_payment_methods_item.__class__ is str
                        and _SUBSCRIPTION_PAYMENT_METHOD_BY_VALUE.get(allowed_payment_methods_item)
                    ) or as_enum(SubscriptionPaymentMethod, allowed_payment_methods_item, "")
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "allowed_payment_methods", len(allowed_payment_methods_read)
                    ) from None
                allowed_payment_methods_read.append(allowed_payment_methods_item)
            allowed_payment_methods = allowed_payment_methods_read

        integration_mode = d.get("integration_mode", UNSET)
        if integration_mode is not UNSET:
            found += 1
            integration_mode = (
                integration_mode.__class__ is str
                and _SUBSCRIPTION_INTEGRATION_MODE_BY_VALUE.get(integration_mode)
            ) or as_enum(SubscriptionIntegrationMode, integration_mode, "integration_mode")

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            found += 1
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (
                status.__class__ is str and _SUBSCRIPTION_STATUS_BY_VALUE.get(status)
            ) or as_enum(SubscriptionStatus, status, "status")

        is_tpv_enabled = d.get("is_tpv_enabled", UNSET)
        if is_tpv_enabled is not UNSET:
            found += 1
            if is_tpv_enabled.__class__ is not bool:
                is_tpv_enabled = as_bool(is_tpv_enabled, "is_tpv_enabled", True)

        bank_account = d.get("bank_account", UNSET)
        if bank_account is not UNSET:
            found += 1
            try:
                bank_account = SubscriptionBankAccount.from_dict(bank_account)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("bank_account") from None

        order_amount = d.get("order_amount", UNSET)
        if order_amount is not UNSET:
            found += 1
            try:
                order_amount = Amount.from_dict(order_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("order_amount") from None

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            if created_at is not None:
                try:
                    created_at = parse_datetime(created_at)
                except (TypeError, ValueError):
                    raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        modified_at = d.get("modified_at", UNSET)
        if modified_at is not UNSET:
            found += 1
            if modified_at is not None:
                try:
                    modified_at = parse_datetime(modified_at)
                except (TypeError, ValueError):
                    raise wrong_type("modified_at", "an ISO-8601 date-time", modified_at) from None

        redirect_url = d.get("redirect_url", UNSET)
        if redirect_url is not UNSET:
            found += 1

        callback_url = d.get("callback_url", UNSET)
        if callback_url is not UNSET:
            found += 1

        failure_callback_url = d.get("failure_callback_url", UNSET)
        if failure_callback_url is not UNSET:
            found += 1

        create_subscription_response = cls(
            subscription_id,
            order_id,
            merchant_subscription_reference,
            enable_notification,
            plan_details,
            quantity,
            start_date,
            end_date,
            customer_id,
            payment_mode,
            allowed_payment_methods,
            integration_mode,
            merchant_metadata,
            status,
            is_tpv_enabled,
            bank_account,
            order_amount,
            created_at,
            modified_at,
            redirect_url,
            callback_url,
            failure_callback_url,
        )
        if found < len(d):
            create_subscription_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return create_subscription_response

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
from ..models.plan import Plan  # noqa: E402
from ..models.subscription_bank_account import SubscriptionBankAccount  # noqa: E402
