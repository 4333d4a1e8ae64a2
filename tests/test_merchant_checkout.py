"""FastAPI apps written from the README, on ``AsyncPlural``, run against a served sandbox:
tests/typing/merchant_checkout.py (order, card payment, callback, capture, refund, webhooks)
and the README's "In an async web app". Their types are checked in test_typing.py.

The apps are called in-process through httpx's ASGI transport, inside their lifespan, as
an ASGI server would run them."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import time
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from readme import ROOT, module
from sandbox.sandbox_helpers import Receiver

from plural_ext import sign_webhook
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_WEBHOOK_SECRET,
    Sandbox,
    SandboxServer,
)
from plural_ext.testing import approve as customer_approve

CARD = {
    "name": "Kiran Kumar",
    "card_number": CARD_SUCCESS,
    "cvv": "123",
    "expiry_month": "12",
    "expiry_year": "2030",
}


@pytest.fixture
def sandbox(merchant_env: tuple[SandboxServer, Receiver]) -> tuple[Sandbox, Receiver]:
    server, receiver = merchant_env
    return server.sandbox, receiver


def load(name: str, path: Path | None = None, source: str | None = None) -> ModuleType:
    """The app's module, imported now: it reads the environment when imported."""
    if path is not None:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        return loaded
    loaded = ModuleType(name)
    exec(compile(source or "", "README.md", "exec"), loaded.__dict__)  # noqa: S102 - our README
    return loaded


def approve(url: str) -> bytes:
    """What the customer's browser posts back, once they approved on the sandbox's page."""
    return customer_approve(url).body


@contextlib.asynccontextmanager
async def running(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client of ``app``, started (its lifespan entered) and stopped as a server would."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://shop.test") as shop:
            yield shop


async def _post_form(shop: httpx.AsyncClient, path: str, form: bytes) -> httpx.Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return await shop.post(path, content=form, headers=headers)


async def _checkout(app: Any, box: Sandbox, receiver: Receiver) -> None:
    async with running(app) as shop:
        started = await shop.post("/checkout", json={"reference": "shop-1", "paise": 1100, **CARD})
        assert started.status_code == 200, started.text
        order_id = started.json()["order_id"]

        back = await _post_form(shop, "/plural/return", approve(started.json()["redirect"]))
        assert back.json() == {"order_id": order_id, "status": "AUTHORIZED", "paid_paise": 1100}

        shipped = await shop.post(f"/orders/{order_id}/ship")
        assert shipped.json()["status"] == "PROCESSED"
        assert (await shop.post(f"/orders/{order_id}/ship")).status_code == 409

        refund = await shop.post(f"/orders/{order_id}/refund", params={"paise": 400})
        assert refund.json()["paid_paise"] == 400

        assert box.webhooks.join(timeout=10)
        for headers, body, _ in receiver.received:
            received = await shop.post("/plural/webhook", content=body, headers=headers)
            assert received.status_code == 200
        forged = b"order_id=v1-x&status=PROCESSED"
        assert (await _post_form(shop, "/plural/return", forged)).status_code == 400
        first = receiver.received[0][0]
        assert (await shop.post("/plural/webhook", content=b"{}", headers=first)).status_code == 400
        # From Plural, but no event this SDK reads: acknowledged and kept, not refused.
        unread = b'{"payload": "payload"}'
        stamp = int(time.time())
        signed = {
            "webhook-id": "msg_unread",
            "webhook-timestamp": str(stamp),
            "webhook-signature": sign_webhook(DEFAULT_WEBHOOK_SECRET, "msg_unread", stamp, unread),
        }
        assert (
            await shop.post("/plural/webhook", content=unread, headers=signed)
        ).status_code == 200


def test_a_checkout_from_order_to_refund(sandbox: tuple[Sandbox, Receiver]) -> None:
    app_module = load("merchant_checkout", ROOT / "tests" / "typing" / "merchant_checkout.py")

    asyncio.run(_checkout(app_module.app, *sandbox))

    assert app_module.unread_bodies == [b'{"payload": "payload"}']

    assert [(kind, status) for kind, _, status in app_module.events] == [
        ("ORDER_AUTHORIZED", "AUTHORIZED"),
        ("ORDER_PROCESSED", "PROCESSED"),
        ("REFUND_PROCESSED", "PROCESSED"),  # the refund order itself
    ]


def test_the_readme_async_app(sandbox: tuple[Sandbox, Receiver]) -> None:
    app_module = load("in_an_async_web_app", source=module("In an async web app"))

    async def pay() -> httpx.Response:
        async with running(app_module.app) as shop:
            started = await shop.post("/checkout/readme-1")
            assert started.status_code == 303
            return await _post_form(shop, "/plural/return", approve(started.headers["Location"]))

    assert asyncio.run(pay()).json()["status"] == "PROCESSED"
