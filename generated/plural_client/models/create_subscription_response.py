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
from ..models.subscription_integration_mode import SubscriptionIntegrationMode
from ..models.subscription_payment_method import SubscriptionPaymentMethod
from ..models.subscription_payment_mode import SubscriptionPaymentMode
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset, as_bool, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.plan import Plan
    from ..models.subscription_bank_account import SubscriptionBankAccount


T = TypeVar("T", bound="CreateSubscriptionResponse")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("CreateSubscriptionResponse must be a JSON object")
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        merchant_subscription_reference = d.pop("merchant_subscription_reference", UNSET)

        enable_notification = d.pop("enable_notification", UNSET)
        if enable_notification.__class__ is not bool and enable_notification is not UNSET:
            enable_notification = as_bool(enable_notification, "enable_notification", True)

        try:
            _plan_details = d.pop("plan_details", UNSET)
            plan_details: Plan | Unset
            if isinstance(_plan_details, Unset):
                plan_details = UNSET
            else:
                plan_details = Plan.from_dict(_plan_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("plan_details") from None

        quantity = d.pop("quantity", UNSET)
        if quantity.__class__ is not int and quantity is not UNSET:
            quantity = as_int(quantity, "quantity", True)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        customer_id = d.pop("customer_id", UNSET)

        _payment_mode = d.pop("payment_mode", UNSET)
        payment_mode: SubscriptionPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = SubscriptionPaymentMode(_payment_mode)

        _allowed_payment_methods = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[SubscriptionPaymentMethod] | Unset = UNSET
        if _allowed_payment_methods is not UNSET:
            if not isinstance(_allowed_payment_methods, list):
                raise TypeError("allowed_payment_methods must be a JSON array")
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in _allowed_payment_methods:
                allowed_payment_methods_item = SubscriptionPaymentMethod(
                    allowed_payment_methods_item_data
                )

                allowed_payment_methods.append(allowed_payment_methods_item)

        _integration_mode = d.pop("integration_mode", UNSET)
        integration_mode: SubscriptionIntegrationMode | Unset
        if isinstance(_integration_mode, Unset):
            integration_mode = UNSET
        else:
            integration_mode = SubscriptionIntegrationMode(_integration_mode)

        try:
            _merchant_metadata = d.pop("merchant_metadata", UNSET)
            merchant_metadata: MerchantMetadata | Unset
            if isinstance(_merchant_metadata, Unset):
                merchant_metadata = UNSET
            else:
                merchant_metadata = MerchantMetadata.from_dict(_merchant_metadata)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("merchant_metadata") from None

        _status = d.pop("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionStatus(_status)

        is_tpv_enabled = d.pop("is_tpv_enabled", UNSET)
        if is_tpv_enabled.__class__ is not bool and is_tpv_enabled is not UNSET:
            is_tpv_enabled = as_bool(is_tpv_enabled, "is_tpv_enabled", True)

        try:
            _bank_account = d.pop("bank_account", UNSET)
            bank_account: SubscriptionBankAccount | Unset
            if isinstance(_bank_account, Unset):
                bank_account = UNSET
            else:
                bank_account = SubscriptionBankAccount.from_dict(_bank_account)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("bank_account") from None

        try:
            _order_amount = d.pop("order_amount", UNSET)
            order_amount: Amount | Unset
            if isinstance(_order_amount, Unset):
                order_amount = UNSET
            else:
                order_amount = Amount.from_dict(_order_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("order_amount") from None

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        redirect_url = d.pop("redirect_url", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        failure_callback_url = d.pop("failure_callback_url", UNSET)

        create_subscription_response = cls(
            subscription_id=subscription_id,
            order_id=order_id,
            merchant_subscription_reference=merchant_subscription_reference,
            enable_notification=enable_notification,
            plan_details=plan_details,
            quantity=quantity,
            start_date=start_date,
            end_date=end_date,
            customer_id=customer_id,
            payment_mode=payment_mode,
            allowed_payment_methods=allowed_payment_methods,
            integration_mode=integration_mode,
            merchant_metadata=merchant_metadata,
            status=status,
            is_tpv_enabled=is_tpv_enabled,
            bank_account=bank_account,
            order_amount=order_amount,
            created_at=created_at,
            modified_at=modified_at,
            redirect_url=redirect_url,
            callback_url=callback_url,
            failure_callback_url=failure_callback_url,
        )

        create_subscription_response.additional_properties = d
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
