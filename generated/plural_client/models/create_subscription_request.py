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
from ..models.subscription_integration_mode import SubscriptionIntegrationMode
from ..models.subscription_payment_method import SubscriptionPaymentMethod
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
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.subscription_bank_account import SubscriptionBankAccount


T = TypeVar("T", bound="CreateSubscriptionRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_subscription_reference",
        "plan_id",
        "start_date",
        "end_date",
        "customer_id",
        "integration_mode",
        "enable_notification",
        "allowed_payment_methods",
        "merchant_metadata",
        "is_tpv_enabled",
        "bank_account",
        "callback_url",
        "failure_callback_url",
    )
)
_SUBSCRIPTION_INTEGRATION_MODE_BY_VALUE = members_by_value(SubscriptionIntegrationMode)
_SUBSCRIPTION_PAYMENT_METHOD_BY_VALUE = members_by_value(SubscriptionPaymentMethod)


@_attrs_define
class CreateSubscriptionRequest:
    """A new subscription of a customer to a plan."""

    merchant_subscription_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    plan_id: str
    """ An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`. """
    start_date: datetime.datetime
    """ When the subscription starts (ISO-8601 UTC). """
    end_date: datetime.datetime
    """ When the subscription ends (ISO-8601 UTC); within 60 days of the start for OT plans. """
    customer_id: str
    """ Plural's id of the customer (from create_customer). """
    integration_mode: SubscriptionIntegrationMode
    """ SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page). """
    enable_notification: bool | Unset = UNSET
    """ True to get webhook notifications for this subscription. """
    allowed_payment_methods: list[SubscriptionPaymentMethod] | Unset = UNSET
    """ The payment methods the customer may set the mandate up with. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    is_tpv_enabled: bool | Unset = UNSET
    """ True to require the mandate from bank_account (third-party validation). """
    bank_account: SubscriptionBankAccount | Unset = UNSET
    """ The customer's bank account the mandate must be paid from (third-party validation, TPV). """
    callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent after mandate set-up. """
    failure_callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent when set-up fails. """

    def to_dict(self) -> dict[str, Any]:
        merchant_subscription_reference = self.merchant_subscription_reference

        plan_id = self.plan_id

        start_date = self.start_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        end_date = self.end_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        customer_id = self.customer_id

        integration_mode = self.integration_mode.value

        enable_notification = self.enable_notification

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        is_tpv_enabled = self.is_tpv_enabled

        bank_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account, Unset):
            bank_account = self.bank_account.to_dict()

        callback_url = self.callback_url

        failure_callback_url = self.failure_callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_subscription_reference": merchant_subscription_reference,
                "plan_id": plan_id,
                "start_date": start_date,
                "end_date": end_date,
                "customer_id": customer_id,
                "integration_mode": integration_mode,
            }
        )
        if enable_notification is not UNSET:
            field_dict["enable_notification"] = enable_notification
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if is_tpv_enabled is not UNSET:
            field_dict["is_tpv_enabled"] = is_tpv_enabled
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
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
            else as_object(src_dict, "CreateSubscriptionRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreateSubscriptionRequest", d, _FIELDS)
        try:
            merchant_subscription_reference = d["merchant_subscription_reference"]
            plan_id = d["plan_id"]
            start_date = d["start_date"]
            end_date = d["end_date"]
            customer_id = d["customer_id"]
            integration_mode = d["integration_mode"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        try:
            start_date = parse_datetime(start_date)
        except (TypeError, ValueError):
            raise wrong_type("start_date", "an ISO-8601 date-time", start_date) from None

        try:
            end_date = parse_datetime(end_date)
        except (TypeError, ValueError):
            raise wrong_type("end_date", "an ISO-8601 date-time", end_date) from None

        integration_mode = (
            integration_mode.__class__ is str
            and _SUBSCRIPTION_INTEGRATION_MODE_BY_VALUE.get(integration_mode)
        ) or as_enum(SubscriptionIntegrationMode, integration_mode, "integration_mode")

        enable_notification = d.get("enable_notification", UNSET)

        allowed_payment_methods = d.get("allowed_payment_methods", UNSET)
        if allowed_payment_methods is not UNSET:
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

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        is_tpv_enabled = d.get("is_tpv_enabled", UNSET)

        bank_account = d.get("bank_account", UNSET)
        if bank_account is not UNSET:
            try:
                bank_account = SubscriptionBankAccount.from_dict(bank_account)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("bank_account") from None

        callback_url = d.get("callback_url", UNSET)

        failure_callback_url = d.get("failure_callback_url", UNSET)

        create_subscription_request = cls(
            merchant_subscription_reference,
            plan_id,
            start_date,
            end_date,
            customer_id,
            integration_mode,
            enable_notification,
            allowed_payment_methods,
            merchant_metadata,
            is_tpv_enabled,
            bank_account,
            callback_url,
            failure_callback_url,
        )
        return create_subscription_request


if TYPE_CHECKING:
    from ..models.subscription_bank_account import SubscriptionBankAccountParams
    from ..models.subscription_integration_mode import SubscriptionIntegrationModeValue
    from ..models.subscription_payment_method import SubscriptionPaymentMethodValue


class CreateSubscriptionRequestParams(TypedDict, total=False):
    """``CreateSubscriptionRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_subscription_reference: Required[str]
    plan_id: Required[str]
    start_date: Required[datetime.datetime | str]
    end_date: Required[datetime.datetime | str]
    customer_id: Required[str]
    integration_mode: Required[SubscriptionIntegrationModeValue | SubscriptionIntegrationMode]
    enable_notification: bool | Unset
    allowed_payment_methods: (
        Sequence[SubscriptionPaymentMethodValue | SubscriptionPaymentMethod] | Unset
    )
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset
    is_tpv_enabled: bool | Unset
    bank_account: SubscriptionBankAccountParams | SubscriptionBankAccount | Unset
    callback_url: str | Unset
    failure_callback_url: str | Unset


from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
from ..models.subscription_bank_account import SubscriptionBankAccount  # noqa: E402
