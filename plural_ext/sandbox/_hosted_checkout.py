"""The hosted checkout: generate_checkout_link and the checkout page it sends the customer to.

generate_checkout_link creates an order in the ledger as create_order does (the same
life cycle, found by get_order and get_order_by_reference, ``merchant_order_reference``
its idempotency key) and answers, not wrapped in ``data``, a token and ``redirect_url``,
this sandbox's page for that token (``_payment_page``). A repeated reference answers the
same order, token and page. Plural's checkout token is an opaque secret, and so is this one.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._payment_page import Payable, PaymentPage

__all__ = ["CHECKOUT_PREFIX", "HostedCheckout"]

CHECKOUT_PREFIX = "/sandbox/checkout"
"""The checkout pages: the sandbox's own, not in the spec."""


class HostedCheckout:
    def __init__(self, state: State) -> None:
        self._state = state
        self._order_by_token: dict[str, str] = {}
        self._token_by_order: dict[str, str] = {}
        self.routes: Mapping[str, Route] = {"generate_checkout_link": self._generate}
        self.pages: Mapping[str, Page] = {CHECKOUT_PREFIX + "/": PaymentPage(state, self._find)}

    def _generate(self, call: Call) -> httpx.Response:
        order = self._state.ledger.create_order(call.body)
        if order.type != "CHARGE":
            # The reference names a refund: that is no order a customer can pay.
            raise _errors.duplicate_reference(
                "generate_checkout_link", "merchant_order_reference", order.merchant_order_reference
            )
        token = self._token_by_order.get(order.order_id)
        if token is None:
            # Also for an order made by create_order: its reference is the idempotency key.
            token = secrets.token_urlsafe(32)
            self._order_by_token[token] = order.order_id
            self._token_by_order[order.order_id] = token
        return json_response(
            200,
            {
                "token": token,
                "order_id": order.order_id,
                # The page is on this sandbox, at the host and port the client used.
                "redirect_url": f"{call.origin}{CHECKOUT_PREFIX}/{token}",
                "response_code": 200,
                "response_message": "Order Creation Successful.",
            },
        )

    def _find(self, token: str) -> Payable:
        order_id = self._order_by_token.get(token)
        if order_id is None:
            raise SandboxError(404, "NOT_FOUND", "No checkout has this address.")
        return Payable(self._state.ledger.get(order_id), "Checkout", {})
