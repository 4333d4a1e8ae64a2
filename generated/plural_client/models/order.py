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
from ..types import UNSET, Unset, as_bool, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.payment import Payment
    from ..models.purchase_details import PurchaseDetails
    from ..models.refund import Refund


T = TypeVar("T", bound="Order")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("Order must be a JSON object")
        d = dict(src_dict)
        for required in (
            "order_id",
            "type",
            "status",
            "order_amount",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        order_id = d.pop("order_id")

        type_ = OrderType(d.pop("type"))

        status = OrderStatus(d.pop("status"))

        try:
            order_amount = Amount.from_dict(d.pop("order_amount"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("order_amount") from None

        parent_order_id = d.pop("parent_order_id", UNSET)

        merchant_order_reference = d.pop("merchant_order_reference", UNSET)

        challenge_url = d.pop("challenge_url", UNSET)

        merchant_id = d.pop("merchant_id", UNSET)

        pre_auth = d.pop("pre_auth", UNSET)
        if pre_auth.__class__ is not bool and pre_auth is not UNSET:
            pre_auth = as_bool(pre_auth, "pre_auth", True)

        part_payment = d.pop("part_payment", UNSET)
        if part_payment.__class__ is not bool and part_payment is not UNSET:
            part_payment = as_bool(part_payment, "part_payment", True)

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

        try:
            _purchase_details = d.pop("purchase_details", UNSET)
            purchase_details: PurchaseDetails | Unset
            if isinstance(_purchase_details, Unset):
                purchase_details = UNSET
            else:
                purchase_details = PurchaseDetails.from_dict(_purchase_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("purchase_details") from None

        _payments = d.pop("payments", UNSET)
        payments: list[Payment] | Unset = UNSET
        if _payments is not UNSET:
            if not isinstance(_payments, list):
                raise TypeError("payments must be a JSON array")
            payments = []
            for payments_item_data in _payments:
                try:
                    payments_item = Payment.from_dict(payments_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("payments", len(payments)) from None

                payments.append(payments_item)

        _refunds = d.pop("refunds", UNSET)
        refunds: list[Refund] | Unset = UNSET
        if _refunds is not UNSET:
            if not isinstance(_refunds, list):
                raise TypeError("refunds must be a JSON array")
            refunds = []
            for refunds_item_data in _refunds:
                try:
                    refunds_item = Refund.from_dict(refunds_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("refunds", len(refunds)) from None

                refunds.append(refunds_item)

        _integration_mode = d.pop("integration_mode", UNSET)
        integration_mode: IntegrationMode | Unset
        if isinstance(_integration_mode, Unset):
            integration_mode = UNSET
        else:
            integration_mode = IntegrationMode(_integration_mode)

        image_url = d.pop("image_url", UNSET)

        payment_retries_remaining = d.pop("payment_retries_remaining", UNSET)
        if (
            payment_retries_remaining.__class__ is not int
            and payment_retries_remaining is not UNSET
        ):
            payment_retries_remaining = as_int(
                payment_retries_remaining, "payment_retries_remaining", True
            )

        is_mcc_transaction = d.pop("is_mcc_transaction", UNSET)
        if is_mcc_transaction.__class__ is not bool and is_mcc_transaction is not UNSET:
            is_mcc_transaction = as_bool(is_mcc_transaction, "is_mcc_transaction", True)

        is_domestic_txn_for_risk_enabled = d.pop("is_domestic_txn_for_risk_enabled", UNSET)
        if (
            is_domestic_txn_for_risk_enabled.__class__ is not bool
            and is_domestic_txn_for_risk_enabled is not UNSET
        ):
            is_domestic_txn_for_risk_enabled = as_bool(
                is_domestic_txn_for_risk_enabled, "is_domestic_txn_for_risk_enabled", True
            )

        order_token = d.pop("order_token", UNSET)

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

        order = cls(
            order_id=order_id,
            type_=type_,
            status=status,
            order_amount=order_amount,
            parent_order_id=parent_order_id,
            merchant_order_reference=merchant_order_reference,
            challenge_url=challenge_url,
            merchant_id=merchant_id,
            pre_auth=pre_auth,
            part_payment=part_payment,
            allowed_payment_methods=allowed_payment_methods,
            notes=notes,
            callback_url=callback_url,
            failure_callback_url=failure_callback_url,
            purchase_details=purchase_details,
            payments=payments,
            refunds=refunds,
            integration_mode=integration_mode,
            image_url=image_url,
            payment_retries_remaining=payment_retries_remaining,
            is_mcc_transaction=is_mcc_transaction,
            is_domestic_txn_for_risk_enabled=is_domestic_txn_for_risk_enabled,
            order_token=order_token,
            created_at=created_at,
            updated_at=updated_at,
        )

        order.additional_properties = d
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
