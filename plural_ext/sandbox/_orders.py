"""Orders, payments, captures, cancels and refunds: the routes over the :class:`Ledger`,
and the challenge page where the customer approves or declines a payment."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Page, Route, State, json_response
from plural_ext.sandbox._pages import (
    challenge_page,
    get_or_post_only,
    message_page,
    outcome_response,
    read_form,
)
from plural_ext.sandbox._records import OrderRecord

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
            # The challenge page is on this sandbox, at the host and port the client used.
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
        self.pages: Mapping[str, Page] = {CHALLENGE_PREFIX + "/": self._challenge}

    def _challenge(self, request: httpx.Request, token: str) -> httpx.Response:
        if request.method not in ("GET", "POST"):
            return get_or_post_only()
        ledger = self._state.ledger
        try:
            if request.method == "GET":
                order, payment = ledger.challenge(token)
                return challenge_page(order, payment, request.url.path)
            action = read_form(request).get("action")
            if action not in ("approve", "decline"):
                return message_page(400, "Bad request", "action must be approve or decline.")
            outcome = ledger.complete_challenge(token, action == "approve")
        except SandboxError as error:
            return message_page(error.status, "Challenge unavailable", error.message)
        return outcome_response(outcome, self._state.config)


def _order(order: OrderRecord) -> httpx.Response:
    return json_response(200, {"data": order.to_json()})
