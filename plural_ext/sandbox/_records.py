"""The sandbox's orders and payments, and their JSON as Plural returns it.

Requests are copied field by field into these records, never kept whole: a
payment request holds the card number and CVV, and those must not survive it. So the
state file (``_state``) never holds them either: it keeps each order's ``to_state()``,
which is made of these fields alone.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from plural_ext.sandbox._cards import Outcome
from plural_ext.sandbox._ids import iso_timestamp

__all__ = ["Amount", "OrderRecord", "PaymentRecord"]


@dataclass(frozen=True, slots=True)
class Amount:
    """Paise and currency."""

    value: int
    currency: str

    @classmethod
    def from_json(cls, data: Any) -> Amount:
        """From an already spec-validated ``{"value", "currency"}`` (or the state file's)."""
        return cls(value=int(data["value"]), currency=str(data["currency"]))

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "currency": self.currency}


@dataclass(slots=True)
class PaymentRecord:
    """One payment of an order; ``option_data`` is the already card-free ``payment_option``."""

    id: str
    merchant_payment_reference: str
    status: str
    amount: Amount
    method: str
    option_data: dict[str, Any]
    outcome: Outcome
    created_at: float
    updated_at: float
    acquirer_data: dict[str, str] | None = None
    error_detail: dict[str, str] | None = None
    captures: list[tuple[str, Amount, float]] = field(default_factory=list)
    parent_payment_id: str | None = None
    """For the payment of a refund order, the refunded payment's id."""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if self.parent_payment_id is not None:
            data["parent_payment_id"] = self.parent_payment_id
        data |= {
            "merchant_payment_reference": self.merchant_payment_reference,
            "status": self.status,
            "payment_amount": self.amount.to_json(),
            "payment_method": self.method,
            "payment_option": copy.deepcopy(self.option_data),
        }
        if self.acquirer_data is not None:
            data["acquirer_data"] = dict(self.acquirer_data)
        if self.error_detail is not None:
            data["error_detail"] = dict(self.error_detail)
        if self.captures:
            data["capture_data"] = [
                {
                    "merchant_capture_reference": reference,
                    "capture_amount": amount.to_json(),
                    "created_at": iso_timestamp(at),
                }
                for reference, amount, at in self.captures
            ]
        data["created_at"] = iso_timestamp(self.created_at)
        data["updated_at"] = iso_timestamp(self.updated_at)
        return data

    def to_state(self) -> dict[str, Any]:
        """Every field, as JSON, for the state file (times exact, not as the API rounds them)."""
        return {
            "id": self.id,
            "merchant_payment_reference": self.merchant_payment_reference,
            "status": self.status,
            "amount": self.amount.to_json(),
            "method": self.method,
            "option_data": copy.deepcopy(self.option_data),
            "outcome": self.outcome.value,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "acquirer_data": self.acquirer_data,
            "error_detail": self.error_detail,
            "captures": [[ref, amount.to_json(), at] for ref, amount, at in self.captures],
            "parent_payment_id": self.parent_payment_id,
        }

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> PaymentRecord:
        return cls(
            id=str(data["id"]),
            merchant_payment_reference=str(data["merchant_payment_reference"]),
            status=str(data["status"]),
            amount=Amount.from_json(data["amount"]),
            method=str(data["method"]),
            option_data=dict(data["option_data"]),
            outcome=Outcome(data["outcome"]),
            created_at=float(data["created_at"]),
            updated_at=float(data["updated_at"]),
            acquirer_data=_optional_dict(data["acquirer_data"]),
            error_detail=_optional_dict(data["error_detail"]),
            captures=[
                (str(ref), Amount.from_json(amount), float(at))
                for ref, amount, at in data["captures"]
            ],
            parent_payment_id=_optional_str(data["parent_payment_id"]),
        )


@dataclass(slots=True)
class OrderRecord:
    """A CHARGE order, or a REFUND order with ``parent_order_id``.

    ``echoed`` holds the request fields Plural returns as sent (notes,
    callback URLs, purchase details...), in the guide's order.
    """

    order_id: str
    merchant_order_reference: str
    type: str
    status: str
    merchant_id: str
    amount: Amount
    pre_auth: bool
    created_at: float
    updated_at: float
    echoed: dict[str, Any] = field(default_factory=dict)
    parent_order_id: str | None = None
    challenge_url: str | None = None
    payments: list[PaymentRecord] = field(default_factory=list)
    refunds: list[OrderRecord] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The order as in ``{"data": ...}``, keys in the order of the guide's samples."""
        data: dict[str, Any] = {"order_id": self.order_id}
        if self.parent_order_id is not None:
            data["parent_order_id"] = self.parent_order_id
        data["merchant_order_reference"] = self.merchant_order_reference
        data["type"] = self.type
        data["status"] = self.status
        if self.challenge_url is not None:
            data["challenge_url"] = self.challenge_url
        data["merchant_id"] = self.merchant_id
        data["order_amount"] = self.amount.to_json()
        data["pre_auth"] = self.pre_auth
        # Deep copies: a caller changing a response must not change the sandbox's state.
        data.update(copy.deepcopy(self.echoed))
        data["payments"] = [payment.to_json() for payment in self.payments]
        if self.refunds:
            # Refund orders, each carrying its payment, as Plural's webhooks and orders show them.
            data["refunds"] = [refund.to_json() for refund in self.refunds]
        data["created_at"] = iso_timestamp(self.created_at)
        data["updated_at"] = iso_timestamp(self.updated_at)
        return data

    def touch(self, now: float) -> None:
        self.updated_at = now

    def to_state(self) -> dict[str, Any]:
        """Every field, as JSON, for the state file; a refund order is a record of its own,
        found again by its ``parent_order_id``."""
        return {
            "order_id": self.order_id,
            "merchant_order_reference": self.merchant_order_reference,
            "type": self.type,
            "status": self.status,
            "merchant_id": self.merchant_id,
            "amount": self.amount.to_json(),
            "pre_auth": self.pre_auth,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "echoed": copy.deepcopy(self.echoed),
            "parent_order_id": self.parent_order_id,
            "challenge_url": self.challenge_url,
            "payments": [payment.to_state() for payment in self.payments],
        }

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> OrderRecord:
        """The order of :meth:`to_state`, its ``refunds`` still empty."""
        return cls(
            order_id=str(data["order_id"]),
            merchant_order_reference=str(data["merchant_order_reference"]),
            type=str(data["type"]),
            status=str(data["status"]),
            merchant_id=str(data["merchant_id"]),
            amount=Amount.from_json(data["amount"]),
            pre_auth=bool(data["pre_auth"]),
            created_at=float(data["created_at"]),
            updated_at=float(data["updated_at"]),
            echoed=dict(data["echoed"]),
            parent_order_id=_optional_str(data["parent_order_id"]),
            challenge_url=_optional_str(data["challenge_url"]),
            payments=[PaymentRecord.from_state(payment) for payment in data["payments"]],
        )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _optional_dict(value: Any) -> dict[str, Any] | None:
    return None if value is None else dict(value)
