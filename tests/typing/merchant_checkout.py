"""A merchant's checkout, written only from the README: a FastAPI app on ``AsyncPlural``.

Order and card payment, the customer's return (callback), capture, refund and webhooks.
``make lint`` type-checks it with ``mypy --strict`` (no cast, no ignore), and
tests/test_merchant_checkout.py runs it against the sandbox.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from plural_client.models import Order, OrderStatus
from plural_ext import (
    APIError,
    AsyncPlural,
    SignatureError,
    WebhookPayloadError,
)

plural = AsyncPlural.from_env()
RETURN_URL = os.environ.get("SHOP_RETURN_URL", "https://shop.example/plural/return")
events: list[tuple[str, str, str]] = []
"""(event type, order id, status) of each webhook received, oldest first."""
unread_bodies: list[bytes] = []
"""Webhooks from Plural in a shape this SDK does not read, as received."""


class CardCheckout(BaseModel):
    reference: str
    paise: int
    name: str
    card_number: str
    cvv: str
    expiry_month: str
    expiry_year: str


class OrderView(BaseModel):
    order_id: str
    status: str
    paid_paise: int


def view(order: Order) -> OrderView:
    return OrderView(
        order_id=order.order_id, status=order.status, paid_paise=order.order_amount.value
    )


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with plural:
        yield


app = FastAPI(lifespan=lifespan)


@app.post("/checkout")
async def checkout(form: CardCheckout) -> dict[str, str]:
    """The order, authorized only, and its card payment: the customer goes to ``redirect``."""
    try:
        order = await plural.orders.create(
            merchant_order_reference=form.reference,
            order_amount={"value": form.paise, "currency": "INR"},
            pre_auth=True,
            callback_url=RETURN_URL,
            failure_callback_url=RETURN_URL,
        )
        paying = await plural.payments.create(
            order.order_id,
            payments=[
                {
                    "merchant_payment_reference": uuid.uuid4().hex,
                    "payment_method": "CARD",
                    "payment_amount": order.order_amount,
                    "payment_option": {
                        "card_details": {
                            "name": form.name,
                            "card_number": form.card_number,
                            "cvv": form.cvv,
                            "expiry_month": form.expiry_month,
                            "expiry_year": form.expiry_year,
                        }
                    },
                }
            ],
        )
    except APIError as error:
        raise HTTPException(502, f"Plural refused the payment: {error.code}") from None
    if not paying.challenge_url:
        raise HTTPException(502, f"order {paying.order_id} is {paying.status}")
    return {"order_id": paying.order_id, "redirect": paying.challenge_url}


@app.post("/plural/return")
async def plural_return(request: Request) -> OrderView:
    try:
        callback = plural.verify_callback(await request.body())
    except SignatureError:
        raise HTTPException(400, "not a callback from Plural") from None
    if callback.order_id is None:
        raise HTTPException(400, "a callback without an order_id")
    return view(await plural.orders.get(callback.order_id))


@app.post("/orders/{order_id}/ship")
async def ship(order_id: str) -> OrderView:
    order = await plural.orders.get(order_id)
    if order.status != OrderStatus.AUTHORIZED:
        raise HTTPException(409, f"order {order_id} is {order.status}")
    return view(
        await plural.orders.capture(order_id, merchant_capture_reference=f"{order_id}-ship")
    )


@app.post("/orders/{order_id}/refund")
async def refund(order_id: str, paise: int) -> OrderView:
    refunded = await plural.refunds.create(
        order_id,
        merchant_order_reference=f"{order_id}-refund",
        order_amount={"value": paise, "currency": "INR"},
    )
    return view(refunded)


@app.post("/plural/webhook")
async def plural_webhook(request: Request) -> dict[str, str]:
    try:
        event = plural.verify_webhook(request.headers, await request.body())
    except SignatureError:  # not from Plural
        raise HTTPException(400, "not a webhook from Plural") from None
    except WebhookPayloadError as unread:  # from Plural, a shape this SDK does not read
        unread_bodies.append(unread.body)  # kept to read by hand; acknowledged, not resent
        return {"received": unread.event_id}
    if event.order is not None:
        events.append((event.event_type, event.order.order_id, event.order.status))
    return {"received": event.event_id}
