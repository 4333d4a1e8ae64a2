"""The hosted checkout: generate_checkout_link and the checkout page it sends the customer to.

generate_checkout_link creates an order in the ledger as create_order does (the same
life cycle, found by get_order and get_order_by_reference, ``merchant_order_reference``
its idempotency key) and answers, not wrapped in ``data``, a token and ``redirect_url``,
this sandbox's page for that order (``_payment_page``). A repeated reference answers the
same order, token and page. Plural's checkout token is an opaque secret, and so is this one:
the page's address carries a key of its own, so that the token, masked in the merchant's
logs and cassettes, is not also written out in every URL the customer's browser opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._ids import opaque_token
from plural_ext.sandbox._payment_page import Payable, PaymentPage
from plural_ext.sandbox._state import Kind, Record

__all__ = ["CHECKOUT_PREFIX", "HostedCheckout"]

CHECKOUT_PREFIX = "/sandbox/checkout"
"""The checkout pages: the sandbox's own, not in the spec."""
_CHECKOUT = "checkout"  # the kind of record in a state file: an order's token and page key


class HostedCheckout:
    def __init__(self, state: State) -> None:
        self._state = state
        # order id -> (token, page key); page key -> order id
        self._checkouts: dict[str, tuple[str, str]] = {}
        self._order_by_page: dict[str, str] = {}
        self.routes: Mapping[str, Route] = {"generate_checkout_link": self._generate}
        self.pages: Mapping[str, Page] = {CHECKOUT_PREFIX + "/": PaymentPage(state, self._find)}
        self.kinds = (Kind(_CHECKOUT, self._dump, self._load),)

    def _generate(self, call: Call) -> httpx.Response:
        order = self._state.ledger.create_order(call.body)
        if order.type != "CHARGE":
            # The reference names a refund: that is no order a customer can pay.
            raise _errors.duplicate_reference(
                "generate_checkout_link", "merchant_order_reference", order.merchant_order_reference
            )
        checkout = self._checkouts.get(order.order_id)
        if checkout is None:
            # Also for an order made by create_order: its reference is the idempotency key.
            checkout = opaque_token(32), opaque_token(16)
            self._checkouts[order.order_id] = checkout
            self._order_by_page[checkout[1]] = order.order_id
            self._state.journal.changed(_CHECKOUT, order.order_id)
        token, page_key = checkout
        return json_response(
            200,
            {
                "token": token,
                "order_id": order.order_id,
                # The page is on this sandbox, at the host and port the client used.
                "redirect_url": f"{call.origin}{CHECKOUT_PREFIX}/{page_key}",
                "response_code": 200,
                "response_message": "Order Creation Successful.",
            },
        )

    def _find(self, page_key: str) -> Payable:
        order_id = self._order_by_page.get(page_key)
        if order_id is None:
            raise SandboxError(404, "NOT_FOUND", "No checkout has this address.")
        return Payable(self._state.ledger.get(order_id), "Checkout", {})

    def _dump(self, order_id: str) -> Record | None:
        token, page_key = self._checkouts[order_id]  # never removed
        return {"token": token, "page_key": page_key}

    def _load(self, records: list[tuple[str, Any]]) -> None:
        for order_id, data in records:
            token, page_key = str(data["token"]), str(data["page_key"])
            self._checkouts[order_id] = token, page_key
            self._order_by_page[page_key] = order_id
