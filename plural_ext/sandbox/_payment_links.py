"""Payment links: create, get (by id or reference), cancel and notify, and the link's page.

A link is a record of this family and an order in the ledger (its ``order_id``, with
the link's amount, pre_auth, allowed methods and callback URLs). ``payment_link`` is
this sandbox's page for the link (``_payment_page``), where the customer pays that
order. ``merchant_payment_link_reference`` is the idempotency key: creating a link
again with it answers the existing link as it is now.

The status is worked out whenever the link is read, by the sandbox's clock:
PROCESSED once a payment of its order has succeeded (``amount_due`` 0), else
CANCELLED after cancel_payment_link, else EXPIRED once ``expire_by`` is past, else
CREATED. Only a CREATED link can be paid on its page, cancelled or notified; the
others are refused with 400 INVALID_REQUEST. An unknown id or reference is a 404
NOT_FOUND. notify_payment_link sends nothing anywhere (no SMS, no email): it answers
the link. Cancelling a link leaves its order as it is (CREATED, or ATTEMPTED after a
decline); only the link's page stops taking payments.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._ids import iso_timestamp, order_id, unused
from plural_ext.sandbox._payment_page import Payable, PaymentPage
from plural_ext.sandbox._records import Amount, OrderRecord
from plural_ext.sandbox._state import Kind, Record

__all__ = ["LINK_PREFIX", "PaymentLinks"]

LINK_PREFIX = "/sandbox/link"
"""The payment link pages: the sandbox's own, not in the spec."""
_LINK = "payment_link"  # the kind of record in a state file

# Plural takes an expire_by at most 180 days ahead.
_MAX_EXPIRY = 180 * 24 * 3600
# Request fields a link returns as sent, in three groups around the fields it works out.
_ECHOED_HEAD = ("description",)
_ECHOED_MIDDLE = ("allowed_payment_methods",)
_ECHOED_TAIL = (
    "customer",
    "product_details",
    "split_info",
    "account_details",
    "cart_coupon_discount_amount",
    "merchant_metadata",
)
_ECHOED = _ECHOED_HEAD + _ECHOED_MIDDLE + _ECHOED_TAIL
# Request fields its order takes as create_order would.
_ORDER_FIELDS = ("allowed_payment_methods", "callback_url", "failure_callback_url", "part_payment")
_CLOSED = {
    "PROCESSED": "This payment link has been paid.",
    "CANCELLED": "This payment link was cancelled.",
    "EXPIRED": "This payment link has expired.",
}


@dataclass(slots=True)
class _Link:
    payment_link_id: str
    reference: str
    order_id: str
    url: str
    amount: Amount
    pre_auth: bool
    is_mcc_transaction: bool
    expire_by: float | None
    failure_callback_url: str | None
    created_at: float
    updated_at: float
    echoed: dict[str, Any] = field(default_factory=dict)
    cancelled: bool = False


class PaymentLinks:
    def __init__(self, state: State) -> None:
        self._state = state
        self._links: dict[str, _Link] = {}
        self._by_reference: dict[str, str] = {}
        self.routes: Mapping[str, Route] = {
            "create_payment_link": self._create,
            "get_payment_link": lambda call: self._answer(self._link(call)),
            "get_payment_link_by_reference": self._get_by_reference,
            "cancel_payment_link": self._cancel,
            "notify_payment_link": self._notify,
        }
        self.pages: Mapping[str, Page] = {LINK_PREFIX + "/": PaymentPage(state, self._payable)}
        self.kinds = (Kind(_LINK, self._dump, self._load),)

    def _create(self, call: Call) -> httpx.Response:
        body = call.body
        reference = body["merchant_payment_link_reference"]
        existing = self._by_reference.get(reference)
        if existing is not None:
            return self._answer(self._links[existing])
        now = self._state.config.now()
        expire_by = None if "expire_by" not in body else _read_expiry(body["expire_by"], now)
        link_id = self._new_id(now)
        pre_auth = body.get("pre_auth") == "true"
        order_request: dict[str, Any] = {
            # The link's id: unique, and no reference a merchant gives its own orders.
            "merchant_order_reference": link_id,
            "order_amount": body["amount"],
            "pre_auth": pre_auth,
            **{name: body[name] for name in _ORDER_FIELDS if name in body},
        }
        if "merchant_metadata" in body:
            order_request["purchase_details"] = {"merchant_metadata": body["merchant_metadata"]}
        order = self._state.ledger.create_order(order_request)
        link = _Link(
            payment_link_id=link_id,
            reference=reference,
            order_id=order.order_id,
            # The page is on this sandbox, at the host and port the client used.
            url=f"{call.origin}{LINK_PREFIX}/{link_id}",
            amount=Amount.from_json(body["amount"]),
            pre_auth=pre_auth,
            is_mcc_transaction=body.get("is_mcc_transaction") == "true",
            expire_by=expire_by,
            failure_callback_url=body.get("failure_callback_url"),
            created_at=now,
            updated_at=now,
            echoed={name: body[name] for name in _ECHOED if name in body},
        )
        self._links[link_id] = link
        self._by_reference[reference] = link_id
        self._state.journal.changed(_LINK, link_id)
        return self._answer(link)

    def _get_by_reference(self, call: Call) -> httpx.Response:
        reference = call.params["merchant_payment_link_reference"]
        if reference not in self._by_reference:
            raise _not_found(reference)
        return self._answer(self._find(self._by_reference[reference]))

    def _cancel(self, call: Call) -> httpx.Response:
        link = self._link(call)
        self._expect_created(link, "cancel_payment_link")
        link.cancelled = True
        link.updated_at = self._state.config.now()
        self._state.journal.changed(_LINK, link.payment_link_id)
        return self._answer(link)

    def _notify(self, call: Call) -> httpx.Response:
        """Answers the link as it is; the sandbox sends no SMS or email anywhere."""
        link = self._link(call)
        self._expect_created(link, "notify_payment_link")
        return self._answer(link)

    def _payable(self, link_id: str) -> Payable:
        link = self._find(link_id)
        details = (
            {"Description": link.echoed["description"]} if "description" in link.echoed else {}
        )
        status = self._status(link)
        return Payable(self._order(link), "Payment link", details, _CLOSED.get(status))

    def _link(self, call: Call) -> _Link:
        return self._find(call.params["payment_link_id"])

    def _find(self, link_id: str) -> _Link:
        link = self._links.get(link_id)
        if link is None:
            raise _not_found(link_id)
        return link

    def _expect_created(self, link: _Link, step: str) -> None:
        status = self._status(link)
        if status != "CREATED":
            raise _errors.wrong_status(
                step,
                f"payment link {link.payment_link_id}",
                status,
                "a link that is CREATED",
                source="payment_link_id",
            )

    def _status(self, link: _Link) -> str:
        if _paid(self._order(link)):
            return "PROCESSED"
        if link.cancelled:
            return "CANCELLED"
        if link.expire_by is not None and link.expire_by <= self._state.config.now():
            return "EXPIRED"
        return "CREATED"

    def _order(self, link: _Link) -> OrderRecord:
        return self._state.ledger.get(link.order_id)

    def _answer(self, link: _Link) -> httpx.Response:
        return json_response(200, self._to_json(link))

    def _to_json(self, link: _Link) -> dict[str, Any]:
        """The link as the API returns it, keys in the order of Plural's samples."""
        order = self._order(link)
        status = self._status(link)
        due = 0 if status == "PROCESSED" else link.amount.value
        data: dict[str, Any] = {
            "payment_link": link.url,
            "payment_link_id": link.payment_link_id,
            "status": status,
            "amount": link.amount.to_json(),
            "amount_due": Amount(due, link.amount.currency).to_json(),
            "order_id": link.order_id,
            "merchant_payment_link_reference": link.reference,
        }
        data |= _pick(link.echoed, _ECHOED_HEAD)
        if link.expire_by is not None:
            data["expire_by"] = iso_timestamp(link.expire_by)
        data |= _pick(link.echoed, _ECHOED_MIDDLE)
        data["pre_auth"] = link.pre_auth
        if link.failure_callback_url is not None:
            # Plural answers null when it is not set; left out here, as readers of the
            # spec that do not know OpenAPI's nullable (JSON Schema's) would refuse null.
            data["failure_callback_url"] = link.failure_callback_url
        data["is_mcc_transaction"] = link.is_mcc_transaction
        data |= _pick(link.echoed, _ECHOED_TAIL)
        data["created_at"] = iso_timestamp(link.created_at)
        data["updated_at"] = iso_timestamp(_last_change(link, order, status))
        return data

    def _new_id(self, now: float) -> str:
        # Plural's link ids are its order ids with "pl-" in front.
        return unused(lambda: f"pl-{order_id(now)}", self._links)

    def _dump(self, link_id: str) -> Record | None:
        return dataclasses.asdict(self._links[link_id])  # never removed

    def _load(self, records: list[tuple[str, Any]]) -> None:
        for link_id, data in records:
            link = _Link(**{**data, "amount": Amount.from_json(data["amount"])})
            self._links[link_id] = link
            self._by_reference[link.reference] = link_id


def _paid(order: OrderRecord) -> bool:
    """Whether a payment of the order succeeded (it may have been captured or refunded since)."""
    return any(payment.status not in ("PENDING", "FAILED") for payment in order.payments)


def _pick(fields: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {name: fields[name] for name in names if name in fields}


def _last_change(link: _Link, order: OrderRecord, status: str) -> float:
    """When the link, its order (paid, declined...) or its status (by expiring) last changed."""
    moments = [link.updated_at, order.updated_at]
    if status == "EXPIRED" and link.expire_by is not None:
        moments.append(link.expire_by)
    return max(moments)


def _read_expiry(value: str, now: float) -> float:
    """``expire_by`` as seconds: a date-time (UTC if it names no zone) in the next 180 days."""
    try:
        moment = datetime.fromisoformat(value.upper())
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        seconds = moment.timestamp()
    except (ValueError, OverflowError):
        raise _bad_expiry("must be an ISO 8601 date-time") from None
    if seconds <= now:
        raise _bad_expiry("must be in the future")
    if seconds > now + _MAX_EXPIRY:
        raise _bad_expiry("must be at most 180 days ahead")
    return seconds


def _bad_expiry(reason: str) -> SandboxError:
    # A 400, not a 422: create_payment_link documents no 422.
    return SandboxError(
        400,
        "INVALID_REQUEST",
        f"expire_by: {reason}",
        source="expire_by",
        step="create_payment_link",
        reason=reason,
    )


def _not_found(key: str) -> SandboxError:
    return SandboxError(404, "NOT_FOUND", f"no payment link {key!r}")
