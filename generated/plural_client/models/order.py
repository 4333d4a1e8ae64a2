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
from ..models.integration_mode import IntegrationMode
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.payment_method import PaymentMethod
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
    from ..models.payment import Payment
    from ..models.purchase_details import PurchaseDetails
    from ..models.refund import Refund


T = TypeVar("T", bound="Order")

_FIELDS: frozenset[str] = frozenset(
    (
        "order_id",
        "type",
        "status",
        "order_amount",
        "parent_order_id",
        "merchant_order_reference",
        "challenge_url",
        "merchant_id",
        "pre_auth",
        "part_payment",
        "allowed_payment_methods",
        "notes",
        "callback_url",
        "failure_callback_url",
        "purchase_details",
        "payments",
        "refunds",
        "integration_mode",
        "image_url",
        "payment_retries_remaining",
        "is_mcc_transaction",
        "is_domestic_txn_for_risk_enabled",
        "order_token",
        "created_at",
        "updated_at",
    )
)
_ORDER_TYPE_BY_VALUE = members_by_value(OrderType)
_ORDER_STATUS_BY_VALUE = members_by_value(OrderStatus)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)
_INTEGRATION_MODE_BY_VALUE = members_by_value(IntegrationMode)


@_attrs_define
class Order:
    """An order (a charge, or a refund with parent_order_id) with its payments and refunds."""

    order_id: str
    """ Plural's order id. """
    type_: OrderType
    """ CHARGE for a payment order, REFUND for a refund order. """
    status: OrderStatus
    """ Where an order is in its life cycle. """
    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    parent_order_id: str | Unset = UNSET
    """ For a refund, the refunded order's id. """
    merchant_order_reference: str | Unset = UNSET
    """ The merchant's order reference. """
    challenge_url: str | Unset = UNSET
    """ Where the customer completes the payment, once one is created; for UPI intent, the `upi://pay` link. """
    merchant_id: str | Unset = UNSET
    """ Plural's merchant id. """
    pre_auth: bool | Unset = UNSET
    """ Whether the order is authorized only, to be captured later. """
    part_payment: bool | Unset = UNSET
    """ Whether the order may be paid in parts. """
    allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
    """ The payment methods the customer may use. """
    notes: str | Unset = UNSET
    """ Free text notes. """
    callback_url: str | Unset = UNSET
    """ Success redirect. """
    failure_callback_url: str | Unset = UNSET
    """ Failure redirect. """
    purchase_details: PurchaseDetails | Unset = UNSET
    """ Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown
    fields are accepted. """
    payments: list[Payment] | Unset = UNSET
    """ Payments of the order, once one is created. """
    refunds: list[Refund] | Unset = UNSET
    """ Refunds of the order. """
    integration_mode: IntegrationMode | Unset = UNSET
    """ How the merchant integrated the checkout; SEAMLESS for the merchant's own pages, REDIRECT for Plural's
    hosted checkout. """
    image_url: str | Unset = UNSET
    """ QR code image of a UPI intent payment made with upi_qr. """
    payment_retries_remaining: int | Unset = UNSET
    """ How many more payments the customer may try before the order fails. """
    is_mcc_transaction: bool | Unset = UNSET
    """ Whether the order is a multi-currency (MCC) order. """
    is_domestic_txn_for_risk_enabled: bool | Unset = UNSET
    """ Whether Plural runs its risk checks on domestic payments of this order. """
    order_token: str | Unset = UNSET
    """ Token of a hosted checkout order. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        type_ = self.type_.value

        status = self.status.value

        order_amount = self.order_amount.to_dict()

        parent_order_id = self.parent_order_id

        merchant_order_reference = self.merchant_order_reference

        challenge_url = self.challenge_url

        merchant_id = self.merchant_id

        pre_auth = self.pre_auth

        part_payment = self.part_payment

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        notes = self.notes

        callback_url = self.callback_url

        failure_callback_url = self.failure_callback_url

        purchase_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_details, Unset):
            purchase_details = self.purchase_details.to_dict()

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        integration_mode: str | Unset = UNSET
        if not isinstance(self.integration_mode, Unset):
            integration_mode = self.integration_mode.value

        image_url = self.image_url

        payment_retries_remaining = self.payment_retries_remaining

        is_mcc_transaction = self.is_mcc_transaction

        is_domestic_txn_for_risk_enabled = self.is_domestic_txn_for_risk_enabled

        order_token = self.order_token

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
                "order_id": order_id,
                "type": type_,
                "status": status,
                "order_amount": order_amount,
            }
        )
        if parent_order_id is not UNSET:
            field_dict["parent_order_id"] = parent_order_id
        if merchant_order_reference is not UNSET:
            field_dict["merchant_order_reference"] = merchant_order_reference
        if challenge_url is not UNSET:
            field_dict["challenge_url"] = challenge_url
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if pre_auth is not UNSET:
            field_dict["pre_auth"] = pre_auth
        if part_payment is not UNSET:
            field_dict["part_payment"] = part_payment
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if notes is not UNSET:
            field_dict["notes"] = notes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if failure_callback_url is not UNSET:
            field_dict["failure_callback_url"] = failure_callback_url
        if purchase_details is not UNSET:
            field_dict["purchase_details"] = purchase_details
        if payments is not UNSET:
            field_dict["payments"] = payments
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if integration_mode is not UNSET:
            field_dict["integration_mode"] = integration_mode
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if payment_retries_remaining is not UNSET:
            field_dict["payment_retries_remaining"] = payment_retries_remaining
        if is_mcc_transaction is not UNSET:
            field_dict["is_mcc_transaction"] = is_mcc_transaction
        if is_domestic_txn_for_risk_enabled is not UNSET:
            field_dict["is_domestic_txn_for_risk_enabled"] = is_domestic_txn_for_risk_enabled
        if order_token is not UNSET:
            field_dict["order_token"] = order_token
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Order")
        try:
            order_id = d["order_id"]
            type_ = d["type"]
            status = d["status"]
            order_amount = d["order_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 4

        type_ = (type_.__class__ is str and _ORDER_TYPE_BY_VALUE.get(type_)) or as_enum(
            OrderType, type_, "type"
        )

        status = (status.__class__ is str and _ORDER_STATUS_BY_VALUE.get(status)) or as_enum(
            OrderStatus, status, "status"
        )

        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        parent_order_id = d.get("parent_order_id", UNSET)
        if parent_order_id is not UNSET:
            found += 1

        merchant_order_reference = d.get("merchant_order_reference", UNSET)
        if merchant_order_reference is not UNSET:
            found += 1

        challenge_url = d.get("challenge_url", UNSET)
        if challenge_url is not UNSET:
            found += 1

        merchant_id = d.get("merchant_id", UNSET)
        if merchant_id is not UNSET:
            found += 1

        pre_auth = d.get("pre_auth", UNSET)
        if pre_auth is not UNSET:
            found += 1
            if pre_auth.__class__ is not bool:
                pre_auth = as_bool(pre_auth, "pre_auth", True)

        part_payment = d.get("part_payment", UNSET)
        if part_payment is not UNSET:
            found += 1
            if part_payment.__class__ is not bool:
                part_payment = as_bool(part_payment, "part_payment", True)

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

        notes = d.get("notes", UNSET)
        if notes is not UNSET:
            found += 1

        callback_url = d.get("callback_url", UNSET)
        if callback_url is not UNSET:
            found += 1

        failure_callback_url = d.get("failure_callback_url", UNSET)
        if failure_callback_url is not UNSET:
            found += 1

        purchase_details = d.get("purchase_details", UNSET)
        if purchase_details is not UNSET:
            found += 1
            try:
                purchase_details = PurchaseDetails.from_dict(purchase_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("purchase_details") from None

        payments = d.get("payments", UNSET)
        if payments is not UNSET:
            found += 1
            if not isinstance(payments, list):
                raise wrong_type("payments", "a JSON array", payments)
            payments_read: list[Payment] = []
            for payments_item in payments:
                try:
                    payments_item = Payment.from_dict(payments_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("payments", len(payments_read)) from None
                payments_read.append(payments_item)
            payments = payments_read

        refunds = d.get("refunds", UNSET)
        if refunds is not UNSET:
            found += 1
            if not isinstance(refunds, list):
                raise wrong_type("refunds", "a JSON array", refunds)
            refunds_read: list[Refund] = []
            for refunds_item in refunds:
                try:
                    refunds_item = Refund.from_dict(refunds_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("refunds", len(refunds_read)) from None
                refunds_read.append(refunds_item)
            refunds = refunds_read

        integration_mode = d.get("integration_mode", UNSET)
        if integration_mode is not UNSET:
            found += 1
            integration_mode = (
                integration_mode.__class__ is str
                and _INTEGRATION_MODE_BY_VALUE.get(integration_mode)
            ) or as_enum(IntegrationMode, integration_mode, "integration_mode")

        image_url = d.get("image_url", UNSET)
        if image_url is not UNSET:
            found += 1

        payment_retries_remaining = d.get("payment_retries_remaining", UNSET)
        if payment_retries_remaining is not UNSET:
            found += 1
            if payment_retries_remaining.__class__ is not int:
                payment_retries_remaining = as_int(
                    payment_retries_remaining, "payment_retries_remaining", True
                )

        is_mcc_transaction = d.get("is_mcc_transaction", UNSET)
        if is_mcc_transaction is not UNSET:
            found += 1
            if is_mcc_transaction.__class__ is not bool:
                is_mcc_transaction = as_bool(is_mcc_transaction, "is_mcc_transaction", True)

        is_domestic_txn_for_risk_enabled = d.get("is_domestic_txn_for_risk_enabled", UNSET)
        if is_domestic_txn_for_risk_enabled is not UNSET:
            found += 1
            if is_domestic_txn_for_risk_enabled.__class__ is not bool:
                is_domestic_txn_for_risk_enabled = as_bool(
                    is_domestic_txn_for_risk_enabled, "is_domestic_txn_for_risk_enabled", True
                )

        order_token = d.get("order_token", UNSET)
        if order_token is not UNSET:
            found += 1

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

        order = cls(
            order_id,
            type_,
            status,
            order_amount,
            parent_order_id,
            merchant_order_reference,
            challenge_url,
            merchant_id,
            pre_auth,
            part_payment,
            allowed_payment_methods,
            notes,
            callback_url,
            failure_callback_url,
            purchase_details,
            payments,
            refunds,
            integration_mode,
            image_url,
            payment_retries_remaining,
            is_mcc_transaction,
            is_domestic_txn_for_risk_enabled,
            order_token,
            created_at,
            updated_at,
        )
        if found < len(d):
            order.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return order

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
from ..models.payment import Payment  # noqa: E402
from ..models.purchase_details import PurchaseDetails  # noqa: E402
from ..models.refund import Refund  # noqa: E402
