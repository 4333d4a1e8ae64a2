"""The page a customer pays an order on: the hosted checkout's, and each payment link's.

GET shows the order and the methods it allows among card (with a card number field),
UPI and netbanking (with the bank's pay code); POST takes the customer's choice with
Pay (``action=approve``) or Decline (``action=decline``). The payment goes through the
ledger as one made through the API does, ``create_payment`` then ``complete_challenge``
at once (this page stands for the challenge), so the order, its webhooks and the
customer's return to the merchant (``outcome_response``) are the same. A test card
number decides a card's outcome (``_cards``); UPI and netbanking succeed when approved.

The card number goes from the form to the ledger, which keeps only its network and
last four digits; no page shows it back, not even after a mistake in the form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import State
from plural_ext.sandbox._ids import hex_token
from plural_ext.sandbox._orders import CHALLENGE_PREFIX
from plural_ext.sandbox._pages import (
    get_or_post_only,
    html_page,
    message_page,
    money,
    outcome_response,
    page_template,
    read_form,
)
from plural_ext.sandbox._records import OrderRecord

__all__ = ["Payable", "PaymentPage"]

# New orders, and those declined before (the customer may try again), take a payment.
_PAYABLE_STATUSES = frozenset({"CREATED", "ATTEMPTED"})

# The methods this page can take, in the order it offers them, with the inputs each needs.
_METHODS = {
    "CARD": (
        "Card",
        '<input type="text" name="card_number" id="card-number" inputmode="numeric"'
        ' autocomplete="off" maxlength="23" placeholder="Card number" aria-label="Card number">',
    ),
    # UPI intent: the customer approves in their UPI app; Pay stands for that.
    "UPI": ("UPI", ""),
    # NB1493 is the spec's example pay code; any 1 to 20 characters are taken.
    "NETBANKING": (
        "Netbanking",
        '<input type="text" name="pay_code" id="pay-code" value="NB1493" maxlength="20"'
        ' aria-label="Bank pay code">',
    ),
}
_CARD_NUMBER = re.compile(r"[0-9]{12,19}")


@dataclass(frozen=True, slots=True)
class Payable:
    """What a payment page shows: the order, a heading, and why it takes no payment, if so."""

    order: OrderRecord
    title: str
    details: Mapping[str, str]
    """Extra lines under the order and amount (a link's description...)."""
    closed: str | None = None
    """Why the page takes no payment (a cancelled link), whatever the order's status."""


class _FormError(Exception):
    """A form the customer filled in wrong: shown on the page, which they may send again."""


class PaymentPage:
    """A page (see ``_family.Page``): ``find`` gives the order behind the rest of the path.

    ``find`` raises :class:`SandboxError` (404) for a key nobody made.
    """

    def __init__(self, state: State, find: Callable[[str], Payable]) -> None:
        self._state = state
        self._find = find

    def __call__(self, request: httpx.Request, key: str) -> httpx.Response:
        if request.method not in ("GET", "POST"):
            return get_or_post_only()
        try:
            payable = self._find(key)
        except SandboxError as error:
            return message_page(error.status, "Page not found", error.message)
        order = payable.order
        closed = payable.closed or _closed_by_status(order)
        if closed is not None:
            return message_page(409, "No payment taken", closed)
        methods = _offered_methods(order)
        if not methods:
            return message_page(
                409, "No payment taken", "The order allows no method this page can take."
            )
        if request.method == "GET":
            return _form(payable, methods, request.url.path)
        form = read_form(request)
        try:
            approve = _read_action(form)
            payment = _payment_request(form, methods, order)
        except _FormError as error:
            return _form(payable, methods, request.url.path, str(error))
        return self._pay(request, order, payment, approve)

    def _pay(
        self, request: httpx.Request, order: OrderRecord, payment: dict[str, Any], approve: bool
    ) -> httpx.Response:
        ledger = self._state.ledger
        # The challenge lives on this sandbox like an API payment's, though it is answered
        # at once: the order's challenge_url then tells it is completed.
        challenge_base = str(request.url.copy_with(path=CHALLENGE_PREFIX, query=None))
        try:
            pending = ledger.create_payment(order.order_id, {"payments": [payment]}, challenge_base)
            found = ledger.payment_challenge(pending.payments[-1].id)
            assert found is not None  # create_payment made its challenge
            outcome = ledger.complete_challenge(found[0], approve)
        except SandboxError as error:
            return message_page(error.status, "Payment refused", error.message)
        return outcome_response(outcome, self._state.config)


def _offered_methods(order: OrderRecord) -> list[str]:
    """The methods the page offers: those it can take that the order allows (all if unset)."""
    allowed = order.echoed.get("allowed_payment_methods") or list(_METHODS)
    return [method for method in _METHODS if method in allowed]


def _closed_by_status(order: OrderRecord) -> str | None:
    if order.status in _PAYABLE_STATUSES:
        return None
    return f"Order {order.order_id} is {order.status}: it takes no more payments."


def _read_action(form: Mapping[str, str]) -> bool:
    action = form.get("action")
    if action not in ("approve", "decline"):
        raise _FormError("Choose Pay or Decline.")
    return action == "approve"


def _payment_request(
    form: Mapping[str, str], methods: list[str], order: OrderRecord
) -> dict[str, Any]:
    """The create_payment request of the customer's choice."""
    method = form.get("method", "")
    if method not in methods:
        raise _FormError(f"Choose one of: {', '.join(_METHODS[m][0] for m in methods)}.")
    option: dict[str, Any]
    if method == "CARD":
        # People type card numbers in groups; the number itself is never shown back.
        number = re.sub(r"[\s-]", "", form.get("card_number", ""))
        if not _CARD_NUMBER.fullmatch(number):
            raise _FormError("Enter a card number of 12 to 19 digits.")
        option = {"card_details": {"card_number": number}}
    elif method == "UPI":
        option = {"upi_details": {"txn_mode": "INTENT"}}
    else:
        pay_code = form.get("pay_code", "").strip()
        if not 1 <= len(pay_code) <= 20:
            raise _FormError("Enter the bank's pay code, 1 to 20 characters.")
        option = {"netbanking_details": {"pay_code": pay_code}}
    return {
        # Each attempt is a payment of its own, as when a merchant's page retries.
        "merchant_payment_reference": f"page-{hex_token(12)}",
        "payment_method": method,
        "payment_amount": order.amount.to_json(),
        "payment_option": option,
    }


def _form(
    payable: Payable, methods: list[str], action: str, error: str | None = None
) -> httpx.Response:
    order = payable.order
    details = {
        "Order": order.order_id,
        "Amount": money(order.amount.value, order.amount.currency),
        **payable.details,
    }
    rows = "".join(
        f"<dt>{html.escape(name)}</dt><dd id='detail-{html.escape(name.lower())}'>"
        f"{html.escape(value)}</dd>"
        for name, value in details.items()
    )
    choices = "".join(
        f'<label class="method"><input type="radio" name="method" value="{method}"'
        f' id="method-{method.lower()}"{" checked" if index == 0 else ""}>'
        f" {_METHODS[method][0]}{_METHODS[method][1]}</label>"
        for index, method in enumerate(methods)
    )
    page = page_template("payment.html").substitute(
        title=html.escape(payable.title),
        details=rows,
        error="" if error is None else f'<p class="error" id="error">{html.escape(error)}</p>',
        action=html.escape(action),
        methods=choices,
    )
    return html_page(200 if error is None else 400, page)
