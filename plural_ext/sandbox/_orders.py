"""Orders, payments, captures, cancels and refunds: the routes over the :class:`Ledger`,
and the challenge page where the customer approves or declines a payment, also served
as the stand-in for the customer's UPI app of a UPI intent payment (``_upi``)."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from plural_ext.sandbox._errors import SandboxError, unknown_challenge
from plural_ext.sandbox._family import Page, Route, State, json_response
from plural_ext.sandbox._pages import (
    challenge_page,
    get_or_post_only,
    message_page,
    outcome_response,
    read_form,
)
from plural_ext.sandbox._records import OrderRecord
from plural_ext.sandbox._upi import UPI_APP_PATH, is_upi_intent

__all__ = ["CHALLENGE_PREFIX", "Orders"]

CHALLENGE_PREFIX = "/sandbox/challenge"
"""The challenge pages: the sandbox's own, not in the spec (whose paths are served as written)."""


class Orders:
    def __init__(self, state: State) -> None:
        self._state = state
        ledger = state.ledger
        self.routes: Mapping[str, Route] = {
            "create_order": lambda call: _order(ledger.create_order(call.body)),
            "get_order": lambda call: _order(ledger.get(call.params["order_id"])),
            "get_order_by_reference": lambda call: _order(
                ledger.by_reference(call.params["merchant_order_reference"])
            ),
            # The challenge page is on this sandbox, at its own address (Call.origin).
            "create_payment": lambda call: _order(
                ledger.create_payment(
                    call.params["order_id"], call.body, call.origin + CHALLENGE_PREFIX
                )
            ),
            "capture_order": lambda call: _order(
                ledger.capture(call.params["order_id"], call.body)
            ),
            "cancel_order": lambda call: _order(ledger.cancel(call.params["order_id"])),
            "create_refund": lambda call: _order(ledger.refund(call.params["order_id"], call.body)),
        }
        self.pages: Mapping[str, Page] = {
            CHALLENGE_PREFIX + "/": self._answer,
            UPI_APP_PATH: self._upi_app,
        }
        # The orders and challenges are the ledger's, which every family shares.
        self.kinds = ledger.kinds

    def _upi_app(self, request: httpx.Request, rest: str) -> httpx.Response:
        """The stand-in for the customer's UPI app (``upi_app_url``): the path is followed
        by the intent link's query, whose ``tr`` is the payment's challenge token."""
        if rest:  # the prefix of a longer path that is no page
            return message_page(404, "Page not found", "No page has this address.")
        return self._answer(request, request.url.params.get("tr", ""), upi_intent_only=True)

    def _answer(
        self, request: httpx.Request, token: str, *, upi_intent_only: bool = False
    ) -> httpx.Response:
        """The challenge page of ``token`` (GET) or the customer's answer to it (POST)."""
        if request.method not in ("GET", "POST"):
            return get_or_post_only()
        ledger = self._state.ledger
        try:
            order, payment = ledger.challenge(token)
            if upi_intent_only and not is_upi_intent(payment):
                # No upi://pay link carries the token of another payment.
                raise unknown_challenge()
            if request.method == "GET":
                # The form posts back to this very address: the UPI app's token is in its query.
                return challenge_page(order, payment, request.url.raw_path.decode("ascii"))
            action = read_form(request).get("action")
            if action not in ("approve", "decline"):
                return message_page(400, "Bad request", "action must be approve or decline.")
            outcome = ledger.complete_challenge(token, action == "approve")
        except SandboxError as error:
            return message_page(error.status, "Challenge unavailable", error.message)
        return outcome_response(outcome, self._state.config)


def _order(order: OrderRecord) -> httpx.Response:
    return json_response(200, {"data": order.to_json()})
