"""The order life cycle: every transition Plural allows, and the refusal of every other.

Not thread-safe by itself: the sandbox holds its lock around each call. Each
state change is reported to ``notify(event_type, data)`` (the webhook sender).

With a state file (``_state``) the ledger keeps two kinds of records there: each order
(a refund order too, with its ``parent_order_id``) and each challenge; the indexes of
merchant references are rebuilt from the orders when they are read back.

Idempotency: a merchant reference names one resource. Repeating a create
order, create payment, capture or refund with a reference already used for
that order returns the existing resource as it is now (the order; for a
refund, the refund order), changing nothing; a payment, capture or refund
reference already used on another order is refused (400 DUPLICATE_REQUEST).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from plural_ext.sandbox import _errors
from plural_ext.sandbox._cards import Outcome, summarize_card, summarize_token
from plural_ext.sandbox._ids import digits, opaque_token, order_id, payment_id, unused
from plural_ext.sandbox._records import Amount, OrderRecord, PaymentRecord
from plural_ext.sandbox._state import DamagedRecord, Journal, Kind, Record
from plural_ext.sandbox._upi import Payee, is_upi_intent

__all__ = ["ChallengeOutcome", "Ledger"]

Notify = Callable[[str, dict[str, Any]], None]

# Request fields of create_order that Plural returns as sent, in the guide's order.
_ECHOED = (
    "allowed_payment_methods",
    "notes",
    "callback_url",
    "failure_callback_url",
    "part_payment",
    "purchase_details",
)
_CARD_METHODS = frozenset({"CARD", "CREDIT_EMI", "DEBIT_EMI"})
_OPTION_METHODS = {
    "card_details": _CARD_METHODS,
    "card_token_details": _CARD_METHODS,
    "upi_details": frozenset({"UPI"}),
    "netbanking_details": frozenset({"NETBANKING"}),
    "cardless_details": frozenset({"CARDLESS_EMI"}),
    "points_card_details": frozenset({"POINTS"}),
    "bnpl_details": frozenset({"BNPL"}),
}
# Methods whose instrument is chosen on Plural's page, not sent: no payment_option.
_METHODS_WITHOUT_OPTION = frozenset({"WALLET"})
_FAILURES = {
    Outcome.DECLINE: ("ATTEMPTED", "PAYMENT_DECLINED", "The issuer declined the payment"),
    Outcome.AUTHENTICATION_FAILURE: (
        "FAILED",
        "USER_AUTHENTICATION_FAILED",
        "Consumer Authentication Required",
    ),
}
_EVENTS = {"ATTEMPTED": "PAYMENT_FAILED", "FAILED": "ORDER_FAILED"}
# The kinds of records the ledger keeps in a state file.
_ORDER = "order"
_CHALLENGE = "challenge"


@dataclass(frozen=True, slots=True)
class ChallengeOutcome:
    """The completed challenge: the order now, and the fields for the customer's redirect."""

    order: OrderRecord
    succeeded: bool
    fields: dict[str, str]


@dataclass(slots=True)
class _Challenge:
    order_id: str
    payment_id: str
    used: bool = False


class Ledger:
    """All orders of one sandbox, by id and by merchant reference."""

    def __init__(
        self,
        merchant_id: str,
        now: Callable[[], float],
        notify: Notify,
        upi_payee: Payee,
        journal: Journal,
    ) -> None:
        self._merchant_id = merchant_id
        self._upi_payee = upi_payee
        self._now = now
        self._notify = notify
        self._journal = journal
        self._orders: dict[str, OrderRecord] = {}
        self._by_reference: dict[str, str] = {}
        self._payment_refs: dict[str, str] = {}
        self._capture_refs: dict[str, str] = {}
        self._challenges: dict[str, _Challenge] = {}
        self.kinds = (
            Kind(_ORDER, self._dump_order, self._load_orders),
            Kind(_CHALLENGE, self._dump_challenge, self._load_challenges),
        )

    def orders(self) -> list[OrderRecord]:
        """Every order, refunds included, oldest first."""
        return list(self._orders.values())

    def get(self, order_key: str) -> OrderRecord:
        """The order with this id, or 404 ORDER_NOT_FOUND."""
        order = self._orders.get(order_key)
        if order is None:
            raise _errors.order_not_found(order_key)
        return order

    def by_reference(self, reference: str) -> OrderRecord:
        """The order (or refund) with this merchant reference, or 404 ORDER_NOT_FOUND."""
        order_key = self._by_reference.get(reference)
        if order_key is None:
            raise _errors.order_not_found(reference)
        return self._orders[order_key]

    def create_order(self, body: dict[str, Any]) -> OrderRecord:
        reference = body["merchant_order_reference"]
        if reference in self._by_reference:
            return self.by_reference(reference)
        now = self._now()
        order = OrderRecord(
            order_id=self._new_order_id(now),
            merchant_order_reference=reference,
            type="CHARGE",
            status="CREATED",
            merchant_id=self._merchant_id,
            amount=Amount.from_json(body["order_amount"]),
            pre_auth=bool(body.get("pre_auth", False)),
            created_at=now,
            updated_at=now,
            echoed={name: body[name] for name in _ECHOED if name in body},
        )
        self._add(order)
        return order

    def create_payment(
        self, order_key: str, body: dict[str, Any], challenge_base: str
    ) -> OrderRecord:
        """Start a payment, with a fresh challenge token in its ``challenge_url``.

        ``challenge_base`` + the token is the URL, but for UPI intent (:meth:`_challenge_url`).
        """
        step = "create_payment"
        order = self.get(order_key)
        if len(body["payments"]) != 1:
            raise _errors.broken_rule(step, "payments", "the sandbox takes one payment at a time")
        request = body["payments"][0]
        reference = request["merchant_payment_reference"]
        owner = self._payment_refs.get(reference)
        if owner == order.order_id:
            return order
        if owner is not None:
            raise _errors.duplicate_reference(step, "merchant_payment_reference", reference)
        _expect_status(order, step, ("CREATED", "ATTEMPTED"))
        method, option_data, outcome = _read_payment_option(order, request)
        amount = Amount.from_json(request["payment_amount"])
        _expect_amount(
            step, "payments[0].payment_amount", amount, order.amount, "the order amount", exact=True
        )
        now = self._now()
        payment = PaymentRecord(
            id=self._new_payment_id(now),
            merchant_payment_reference=reference,
            status="PENDING",
            amount=amount,
            method=method,
            option_data=option_data,
            outcome=outcome,
            created_at=now,
            updated_at=now,
        )
        token = opaque_token(24)
        self._challenges[token] = _Challenge(order.order_id, payment.id)
        self._journal.changed(_CHALLENGE, token)
        self._payment_refs[reference] = order.order_id
        order.payments.append(payment)
        order.status = "PENDING"
        order.challenge_url = self._challenge_url(payment, token, challenge_base)
        self._touch(order, now)
        return order

    def _challenge_url(self, payment: PaymentRecord, token: str, challenge_base: str) -> str:
        """Where the customer answers: a UPI intent payment's ``upi://pay`` link, else the
        sandbox's challenge page.

        A UPI collect payment keeps the page too. Plural's documents say nothing of a
        collect payment's challenge_url (the request goes to the payer's UPI app; the
        merchant polls or waits for the webhook): the page stands in for that app, so a
        test answers a collect payment as it does a card's.
        """
        if is_upi_intent(payment):
            return self._upi_payee.intent_link(token, payment.amount)
        return f"{challenge_base}/{token}"

    def challenge(self, token: str) -> tuple[OrderRecord, PaymentRecord]:
        """The order and payment waiting on this challenge; 404 unknown, 409 already used."""
        found = self._challenges.get(token)
        if found is None:
            raise _errors.unknown_challenge()
        if found.used:
            raise _errors.SandboxError(409, "INVALID_ORDER_STATUS", "this challenge is completed")
        order = self._orders[found.order_id]
        return order, _payment(order, found.payment_id)

    def payment_challenge(self, payment_key: str) -> tuple[str, OrderRecord, PaymentRecord] | None:
        """The challenge token, order and payment of a payment create_payment made, by its id.

        None for any other id. The token is the one :meth:`complete_challenge` takes, the
        challenge answered or not: the payment's status tells which (native OTP answers it).
        """
        for token, found in self._challenges.items():
            if found.payment_id == payment_key:
                order = self._orders[found.order_id]
                return token, order, _payment(order, payment_key)
        return None

    def complete_challenge(self, token: str, approve: bool) -> ChallengeOutcome:
        """The customer's answer: the card's outcome if approved, a decline if not."""
        order, payment = self.challenge(token)
        self._challenges[token].used = True
        self._journal.changed(_CHALLENGE, token)
        outcome = payment.outcome if approve else Outcome.DECLINE
        now = self._now()
        fields = {"order_id": order.order_id}
        if outcome is Outcome.SUCCESS:
            status = payment.status = "AUTHORIZED" if order.pre_auth else "PROCESSED"
            payment.acquirer_data = {
                "approval_code": digits(6),
                "acquirer_reference": digits(15),
                "rrn": digits(12),
            }
            event = f"ORDER_{status}"
        else:
            status, code, message = _FAILURES[outcome]
            payment.status = "FAILED"
            payment.error_detail = {"code": code, "message": message}
            fields |= {"error_code": code, "error_message": message}
            event = _EVENTS[status]
        fields["status"] = status
        payment.updated_at = now
        order.status = status
        self._touch(order, now)
        self._notify(event, _webhook_data(order))
        return ChallengeOutcome(order, outcome is Outcome.SUCCESS, fields)

    def capture(self, order_key: str, body: dict[str, Any]) -> OrderRecord:
        step = "capture_order"
        order = self.get(order_key)
        reference = body["merchant_capture_reference"]
        owner = self._capture_refs.get(reference)
        if owner == order.order_id:
            return order
        if owner is not None:
            raise _errors.duplicate_reference(step, "merchant_capture_reference", reference)
        _expect_pre_auth(order, step)
        _expect_status(order, step, ("AUTHORIZED",))
        payment = _authorized_payment(order)
        # Without an amount, the whole authorized amount is captured (Plural's pre-auth guide).
        requested = body.get("capture_amount")
        amount = Amount.from_json(requested) if requested else payment.amount
        _expect_amount(
            step, "capture_amount", amount, payment.amount, "the authorized amount", exact=False
        )
        now = self._now()
        self._capture_refs[reference] = order.order_id
        # One capture per order: what is left of the authorization is released.
        payment.captures.append((reference, amount, now))
        self._settle(order, payment, "PROCESSED", now)
        return order

    def cancel(self, order_key: str) -> OrderRecord:
        step = "cancel_order"
        order = self.get(order_key)
        _expect_pre_auth(order, step)
        _expect_status(order, step, ("AUTHORIZED",))
        self._settle(order, _authorized_payment(order), "CANCELLED", self._now())
        return order

    def refund(self, order_key: str, body: dict[str, Any]) -> OrderRecord:
        step = "create_refund"
        parent = self.get(order_key)
        reference = body["merchant_order_reference"]
        existing = self._orders.get(self._by_reference.get(reference, ""))
        if existing is not None:
            if existing.parent_order_id == parent.order_id:
                return existing
            raise _errors.duplicate_reference(step, "merchant_order_reference", reference)
        if parent.type != "CHARGE":
            raise _errors.broken_rule(step, "order_id", "a refund order cannot be refunded")
        _expect_status(parent, step, ("PROCESSED", "PARTIALLY_REFUNDED"))
        remaining = _paid(parent) - sum(refund.amount.value for refund in parent.refunds)
        currency = parent.amount.currency
        requested = body.get("order_amount")
        amount = Amount.from_json(requested) if requested else Amount(remaining, currency)
        _expect_amount(
            step,
            "order_amount",
            amount,
            Amount(remaining, currency),
            "the refundable amount",
            exact=False,
        )
        now = self._now()
        refund = OrderRecord(
            order_id=self._new_order_id(now),
            merchant_order_reference=reference,
            type="REFUND",
            status="PROCESSED",
            merchant_id=self._merchant_id,
            amount=amount,
            pre_auth=False,
            created_at=now,
            updated_at=now,
            parent_order_id=parent.order_id,
        )
        paid = next(p for p in reversed(parent.payments) if p.status == "PROCESSED")
        refund.payments.append(
            PaymentRecord(
                id=self._new_payment_id(now),
                merchant_payment_reference=reference,
                status="PROCESSED",
                amount=amount,
                method=paid.method,
                option_data=copy.deepcopy(paid.option_data),
                outcome=Outcome.SUCCESS,
                created_at=now,
                updated_at=now,
                parent_payment_id=paid.id,
            )
        )
        if "merchant_metadata" in body:
            refund.echoed["purchase_details"] = {"merchant_metadata": body["merchant_metadata"]}
        self._add(refund)
        parent.refunds.append(refund)
        parent.status = "FULLY_REFUNDED" if amount.value == remaining else "PARTIALLY_REFUNDED"
        self._touch(parent, now)
        self._notify("REFUND_PROCESSED", _webhook_data(refund))
        return refund

    def _settle(self, order: OrderRecord, payment: PaymentRecord, status: str, now: float) -> None:
        payment.status = order.status = status
        payment.updated_at = now
        self._touch(order, now)
        self._notify(f"ORDER_{status}", _webhook_data(order))

    def _add(self, order: OrderRecord) -> None:
        self._orders[order.order_id] = order
        self._by_reference[order.merchant_order_reference] = order.order_id
        self._journal.changed(_ORDER, order.order_id)

    def _touch(self, order: OrderRecord, now: float) -> None:
        """Every change of an order ends here, so none is missed in the state file."""
        order.touch(now)
        self._journal.changed(_ORDER, order.order_id)

    def _dump_order(self, order_key: str) -> Record | None:
        order = self._orders.get(order_key)
        return None if order is None else order.to_state()

    def _load_orders(self, records: list[tuple[str, Any]]) -> None:
        for _, data in records:
            self._add_loaded(OrderRecord.from_state(data))

    def _add_loaded(self, order: OrderRecord) -> None:
        """An order read back, with the indexes it was in: refunds, references, captures."""
        self._orders[order.order_id] = order
        self._by_reference[order.merchant_order_reference] = order.order_id
        if order.parent_order_id is not None:
            # Its parent came first: a refund is made after the order it refunds.
            self._orders[order.parent_order_id].refunds.append(order)
            return
        for payment in order.payments:
            self._payment_refs[payment.merchant_payment_reference] = order.order_id
            for reference, _, _ in payment.captures:
                self._capture_refs[reference] = order.order_id

    def _dump_challenge(self, token: str) -> Record | None:
        found = self._challenges.get(token)
        if found is None:
            return None
        return {"order_id": found.order_id, "payment_id": found.payment_id, "used": found.used}

    def _load_challenges(self, records: list[tuple[str, Any]]) -> None:
        for token, data in records:
            challenge = _Challenge(
                str(data["order_id"]), str(data["payment_id"]), bool(data["used"])
            )
            order = self._orders[challenge.order_id]
            if all(payment.id != challenge.payment_id for payment in order.payments):
                raise DamagedRecord("a challenge of no payment")
            self._challenges[token] = challenge

    def _new_order_id(self, now: float) -> str:
        return unused(lambda: order_id(now), self._orders)

    def _new_payment_id(self, now: float) -> str:
        taken = {p.id for order in self._orders.values() for p in order.payments}
        return unused(lambda: payment_id(now), taken)


def _webhook_data(order: OrderRecord) -> dict[str, Any]:
    """The order as Plural's webhooks carry it: a UPI payment's instrument is ``upi_data``
    there, where the API's answers say ``upi_details``."""
    data = order.to_json()
    refund_payments = [
        payment for refund in data.get("refunds", []) for payment in refund["payments"]
    ]
    for payment in [*data["payments"], *refund_payments]:
        option = payment.get("payment_option", {})
        if "upi_details" in option:
            option["upi_data"] = option.pop("upi_details")
    return data


def _payment(order: OrderRecord, payment_key: str) -> PaymentRecord:
    return next(payment for payment in order.payments if payment.id == payment_key)


def _authorized_payment(order: OrderRecord) -> PaymentRecord:
    return next(payment for payment in order.payments if payment.status == "AUTHORIZED")


def _paid(order: OrderRecord) -> int:
    """What the customer paid: the capture of a pre_auth order, else the processed payment."""
    total = 0
    for payment in order.payments:
        if payment.captures:
            total += sum(amount.value for _, amount, _ in payment.captures)
        elif payment.status == "PROCESSED":
            total += payment.amount.value
    return total


def _expect_status(order: OrderRecord, step: str, allowed: tuple[str, ...]) -> None:
    if order.status not in allowed:
        raise _errors.wrong_status(
            step,
            f"order {order.order_id}",
            order.status,
            f"an order that is {' or '.join(allowed)}",
        )


def _expect_pre_auth(order: OrderRecord, step: str) -> None:
    # pre_auth never changes, so this is a rule of the order (422), not a state (400).
    if not order.pre_auth:
        raise _errors.broken_rule(
            step, "pre_auth", "only a pre_auth order is captured or cancelled"
        )


def _expect_amount(
    step: str, field: str, amount: Amount, limit: Amount, limit_name: str, *, exact: bool
) -> None:
    if amount.currency != limit.currency:
        raise _errors.broken_rule(step, f"{field}.currency", f"must be {limit.currency}")
    if exact and amount.value != limit.value:
        raise _errors.broken_rule(step, f"{field}.value", f"must equal {limit_name}, {limit.value}")
    if amount.value > limit.value:
        raise _errors.broken_rule(
            step, f"{field}.value", f"must be at most {limit_name}, {limit.value}"
        )


def _read_payment_option(
    order: OrderRecord, request: dict[str, Any]
) -> tuple[str, dict[str, Any], Outcome]:
    """The method, the card-free ``payment_option`` to return, and the outcome to come."""
    step, method = "create_payment", request["payment_method"]
    allowed = order.echoed.get("allowed_payment_methods")
    if allowed and method not in allowed:
        raise _errors.broken_rule(step, "payments[0].payment_method", f"not allowed: {allowed}")
    if "payment_option" not in request:
        if method not in _METHODS_WITHOUT_OPTION:
            raise _errors.broken_rule(
                step, "payments[0].payment_option", f"is required for payment_method {method}"
            )
        return method, {}, Outcome.SUCCESS
    ((kind, details),) = request["payment_option"].items()
    if method not in _OPTION_METHODS.get(kind, ()):
        raise _errors.broken_rule(
            step, f"payments[0].payment_option.{kind}", f"does not go with payment_method {method}"
        )
    if kind in ("card_details", "card_token_details"):
        card = (
            summarize_card(details["card_number"])
            if kind == "card_details"
            else summarize_token(details.get("last4_digit"))
        )
        return method, {"card_data": card.card_data()}, card.outcome
    # The other instruments carry no secret and always succeed once approved.
    if kind == "upi_details":
        upi = {name: details[name] for name in ("txn_mode", "payer") if name in details}
        return method, {"upi_details": upi}, Outcome.SUCCESS
    if kind != "netbanking_details":
        return method, {}, Outcome.SUCCESS
    return method, {"netbanking_data": {**details, "txn_mode": "REDIRECT"}}, Outcome.SUCCESS
