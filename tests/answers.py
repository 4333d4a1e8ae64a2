"""Plural's answers for the fake Plurals the tests serve over an ``httpx.MockTransport``.

Built like the guide's samples (CreateOrderResponse, CreatePaymentResponse, TokenResponse).
Plural always sends an order's order_id, type, status and order_amount, a payment's id and
status, and a token answer's access_token: the generated client refuses an answer without
them (InvalidResponseError). Take a copy and change only what a test is about::

    order_answer(status="PENDING", payments=[payment()])
"""

from __future__ import annotations

import copy
from typing import Any

ORDER_ID = "v1-4405071524-aa-qlAtAf"
PAYMENT_ID = f"{ORDER_ID}-cc-c"
TOKEN = "tok"  # what the fake Plurals issue unless a test numbers its tokens

# A created order, as create_order answers it (the guide's sample, without its customer).
# Read-only: order() and order_answer() give copies to change.
ORDER: dict[str, Any] = {
    "order_id": ORDER_ID,
    "merchant_order_reference": "112345",
    "type": "CHARGE",
    "status": "CREATED",
    "merchant_id": "104359",
    "order_amount": {"value": 1100, "currency": "INR"},
    "pre_auth": False,
    "allowed_payment_methods": ["CARD", "UPI", "NETBANKING", "POINTS", "WALLET"],
    "notes": "order1",
    "callback_url": "https://sample-callback-url",
    "payments": [],
    "created_at": "2024-07-15T05:44:51.174Z",
    "updated_at": "2024-07-15T05:44:51.174Z",
}

# A card payment of that order, as create_payment answers it (no card data in an answer).
PAYMENT: dict[str, Any] = {
    "id": PAYMENT_ID,
    "merchant_payment_reference": "008cf04b-a770-4777-854e-b1e6c1230609",
    "status": "PENDING",
    "payment_amount": {"value": 1100, "currency": "INR"},
    "payment_method": "CARD",
    "created_at": "2024-07-15T05:46:02.512Z",
    "updated_at": "2024-07-15T05:46:02.512Z",
}


def order(**fields: Any) -> dict[str, Any]:
    """A copy of ``ORDER`` with ``fields`` set (a top-level field each)."""
    return {**copy.deepcopy(ORDER), **copy.deepcopy(fields)}


def order_answer(**fields: Any) -> dict[str, Any]:
    """The body of an order answer (get, create, capture, cancel, refund): ``{"data": order}``."""
    return {"data": order(**fields)}


def payment(**fields: Any) -> dict[str, Any]:
    """A copy of ``PAYMENT`` with ``fields`` set."""
    return {**copy.deepcopy(PAYMENT), **copy.deepcopy(fields)}


def token_answer(access_token: str = TOKEN, expires_in: int = 3600) -> dict[str, Any]:
    """The body of a token answer, its lifetime in seconds (the guides' reading)."""
    return {"access_token": access_token, "expires_in": expires_in}
