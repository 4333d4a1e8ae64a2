"""The README's "Accept a payment", run as written against a served sandbox: each function
it defines, driven as a merchant's server would, with the customer's steps taken on the
sandbox's pages. Its types are checked in test_typing.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from readme import WALKTHROUGH, module
from sandbox.sandbox_helpers import Receiver

from plural_client.models import Order
from plural_ext import SignatureError
from plural_ext.sandbox import (
    CARD_SUCCESS,
    SandboxServer,
    upi_app_url,
)
from plural_ext.testing import approve

CARD = {
    "name": "Kiran Kumar",
    "card_number": CARD_SUCCESS,
    "cvv": "123",
    "expiry_month": "12",
    "expiry_year": "2030",
}


class Shop:
    """The walkthrough's module, run, and what its customer does on the sandbox's pages."""

    def __init__(self, names: dict[str, Any], server: SandboxServer, receiver: Receiver) -> None:
        self.names, self.sandbox, self.receiver = names, server.sandbox, receiver
        self.base_url = server.base_url

    def __getattr__(self, name: str) -> Any:
        return self.names[name]

    def customer_approves(self, url: str) -> bytes:
        """The form the customer's browser posts back to callback_url, as it posts it."""
        return approve(url).body

    def webhooks(self) -> list[tuple[dict[str, str], bytes]]:
        assert self.sandbox.webhooks.join(timeout=10)
        return [(headers, body) for headers, body, _ in self.receiver.received]


@pytest.fixture
def shop(merchant_env: tuple[SandboxServer, Receiver]) -> Iterator[Shop]:
    names: dict[str, Any] = {"__name__": "accept_a_payment"}
    exec(compile(module(WALKTHROUGH), "README.md", "exec"), names)  # noqa: S102 - our README
    with names["plural"]:
        yield Shop(names, *merchant_env)


def test_a_card_checkout_from_order_to_refund(shop: Shop) -> None:
    order = shop.new_order("wt-card-1", 1100, pre_auth=True)
    back = shop.customer_approves(shop.pay_by_card(order, CARD))
    authorized = shop.on_return(back)
    assert (authorized.order_id, authorized.status) == (order.order_id, "AUTHORIZED")

    captured = shop.fulfil(authorized, shipped=True)
    assert captured.status == "PROCESSED"
    assert shop.fulfil(captured, shipped=True) is captured  # nothing left to capture

    refund = shop.refund(captured, 500)
    assert (refund.type_, refund.parent_order_id) == ("REFUND", order.order_id)
    assert shop.plural.orders.get(order.order_id).status == "PARTIALLY_REFUNDED"

    received = [shop.on_webhook(headers, body) for headers, body in shop.webhooks()]
    assert [(event.order_id, event.status) for event in received if event is not None][:2] == [
        (order.order_id, "AUTHORIZED"),
        (order.order_id, "PROCESSED"),
    ]


def test_an_uncaptured_order_is_cancelled(shop: Shop) -> None:
    order = shop.new_order("wt-card-2", 1100, pre_auth=True)
    authorized = shop.on_return(shop.customer_approves(shop.pay_by_card(order, CARD)))

    assert shop.fulfil(authorized, shipped=False).status == "CANCELLED"


def test_a_forged_callback_or_webhook_is_refused(shop: Shop) -> None:
    order = shop.new_order("wt-forged", 1100)
    back = shop.customer_approves(shop.pay_by_card(order, CARD))

    with pytest.raises(SignatureError):
        shop.on_return(back.replace(b"PROCESSED", b"AUTHORIZED"))
    headers, body = shop.webhooks()[0]
    with pytest.raises(SignatureError):
        shop.on_webhook(headers, body.replace(b"PROCESSED", b"FAILED"))


def test_upi_intent(shop: Shop) -> None:
    order = shop.new_order("wt-upi-i", 1100)
    link = shop.pay_by_upi_intent(order)
    assert link.startswith("upi://pay?")

    # The customer's UPI app opens the link; the sandbox's page stands in for it.
    paid = shop.on_return(shop.customer_approves(upi_app_url(link, shop.base_url)))
    assert paid.status == "PROCESSED"


def test_upi_collect_netbanking(shop: Shop) -> None:
    collect = shop.pay_by_upi_collect(shop.new_order("wt-upi-c", 1100), "kiran@okhdfcbank")
    assert collect.status == "PENDING"
    assert shop.customer_step(collect)  # the sandbox's stand-in for the customer's UPI app
    shop.customer_approves(shop.customer_step(collect))
    assert shop.plural.orders.get(collect.order_id).status == "PROCESSED"

    netbanking = shop.new_order("wt-nb", 1100)
    paid = shop.on_return(shop.customer_approves(shop.pay_by_netbanking(netbanking, "NB1493")))
    assert paid.status == "PROCESSED"


def test_hosted_checkout_and_payment_links(shop: Shop) -> None:
    paid = shop.on_return(shop.customer_approves(shop.hosted_checkout("wt-hosted", 2500)))
    assert (paid.status, paid.order_amount.value) == ("PROCESSED", 2500)

    link = shop.payment_link("wt-link", 2500, "kiran@example.com")
    assert link.status == "CREATED" and link.payment_link.startswith("http")
    paid = shop.on_return(shop.customer_approves(link.payment_link))
    assert paid.order_id == link.order_id
    assert shop.plural.payment_links.get(link.payment_link_id).status == "PROCESSED"


def test_native_otp(shop: Shop) -> None:
    asked: list[float] = []

    def ask_otp() -> str:
        asked.append(time.monotonic())
        return "123456"  # the sandbox's OTP

    paid = shop.pay_by_card_with_otp(shop.new_order("wt-otp", 1100), CARD, ask_otp)

    assert paid.status == "PROCESSED" and len(asked) == 1


def test_saved_cards(shop: Shop) -> None:
    first = shop.new_order("wt-save", 1100)
    paid = shop.on_return(shop.customer_approves(shop.pay_by_card(first, CARD)))

    token = shop.save_card("9876543210", paid)
    customer_id = token.customer_id
    (saved,) = shop.saved_cards(customer_id)
    assert saved.token_id == token.token_id and saved.status == "ACTIVE"

    again = shop.new_order("wt-saved-1", 1100)
    repaid = shop.on_return(shop.customer_approves(shop.pay_by_saved_card(again, saved, "123")))
    assert repaid.status == "PROCESSED"


def test_the_raw_response_names_the_request(shop: Shop) -> None:
    order = shop.new_order("wt-raw", 1100)
    read, request_id = shop.order_with_request_id(order.order_id)

    assert isinstance(read, Order) and read.order_id == order.order_id
    assert request_id and len(request_id) == 36
