"""Webhooks: one per state change, signed, delivered in order, retried after a failure."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, Clock, Receiver, checked_client, data, webhook_bodies

from plural_ext._webhooks import verify_webhook
from plural_ext.sandbox import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
)


def _api(config: SandboxConfig) -> Iterator[Api]:
    with (
        Sandbox(config) as sandbox,
        checked_client(SandboxTransport(sandbox), SandboxTransport.base_url) as client,
    ):
        yield Api(client, sandbox).login()


@pytest.fixture
def hooked(receiver: Receiver, clock: Clock) -> Iterator[Api]:
    """A sandbox sending its webhooks to ``receiver``."""
    yield from _api(SandboxConfig(now=clock, webhook_url=receiver.url, webhook_backoff=0.01))


def _verified(receiver: Receiver, api: Api, clock: Clock) -> list[dict[str, Any]]:
    assert api.sandbox.webhooks.join(timeout=10)
    events = []
    for headers, body, status in receiver.received:
        if status == 200:
            event = verify_webhook(headers, body, api.sandbox.config.webhook_secret, now=clock())
            assert event.order is not None
            events.append({"event_type": event.event_type, **event.data})
    return events


def test_each_state_change_is_sent_signed_and_in_order(
    hooked: Api, receiver: Receiver, clock: Clock
) -> None:
    order = hooked.paid_order()
    data(hooked.capture(order["order_id"], 1100))
    refund = data(hooked.refund(order["order_id"], 500))
    events = _verified(receiver, hooked, clock)
    assert [e["event_type"] for e in events] == [
        "ORDER_AUTHORIZED",
        "ORDER_PROCESSED",
        "REFUND_PROCESSED",
    ]
    assert [e["status"] for e in events] == ["AUTHORIZED", "PROCESSED", "PROCESSED"]
    assert events[2]["order_id"] == refund["order_id"]
    assert events[2]["parent_order_id"] == order["order_id"]
    assert webhook_bodies(receiver)[1]["data"]["payments"][0]["capture_data"]


@pytest.mark.parametrize(
    ("card", "pre_auth", "cancel", "expected"),
    [
        (CARD_DECLINE, True, False, ["PAYMENT_FAILED"]),
        (CARD_AUTHENTICATION_FAILURE, True, False, ["ORDER_FAILED"]),
        (CARD_SUCCESS, False, False, ["ORDER_PROCESSED"]),
        (CARD_SUCCESS, True, True, ["ORDER_AUTHORIZED", "ORDER_CANCELLED"]),
    ],
)
def test_event_types(
    hooked: Api,
    receiver: Receiver,
    clock: Clock,
    card: str,
    pre_auth: bool,
    cancel: bool,
    expected: list[str],
) -> None:
    order = hooked.paid_order(card, pre_auth=pre_auth)
    if cancel:
        data(hooked.cancel(order["order_id"]))
    assert [e["event_type"] for e in _verified(receiver, hooked, clock)] == expected


def test_retried_after_a_500(
    hooked: Api, receiver: Receiver, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="plural_ext.sandbox.webhooks")
    receiver.statuses = [500]
    hooked.paid_order()
    assert [e["event_type"] for e in _verified(receiver, hooked, clock)] == ["ORDER_AUTHORIZED"]
    first, second = receiver.received
    assert first[2] == 500 and second[2] == 200
    assert first[0]["webhook-id"] == second[0]["webhook-id"]
    (delivery,) = hooked.sandbox.webhooks.deliveries()
    assert delivery.delivered
    assert [a.status_code for a in delivery.attempts] == [500, 200]
    # A line per try, for a merchant watching plural sandbox.
    tries = [message for message in caplog.messages if message.startswith("webhook ")]
    assert tries == [
        f"webhook ORDER_AUTHORIZED {delivery.msg_id} to {receiver.url}: 500, next try in 0.01 s",
        f"webhook ORDER_AUTHORIZED {delivery.msg_id} to {receiver.url}: 200, delivered",
    ]


def test_given_up_after_three_attempts(hooked: Api, receiver: Receiver) -> None:
    receiver.statuses = [500, 503, 500, 200]
    hooked.paid_order()
    assert hooked.sandbox.webhooks.join(timeout=10)
    (delivery,) = hooked.sandbox.webhooks.deliveries()
    assert not delivery.delivered
    assert [a.status_code for a in delivery.attempts] == [500, 503, 500]
    assert len(receiver.received) == 3


def test_connection_errors_are_retried_and_logged(clock: Clock) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    config = SandboxConfig(now=clock, webhook_url=f"http://127.0.0.1:{port}/", webhook_backoff=0.01)
    for api in _api(config):
        api.paid_order()
        assert api.sandbox.webhooks.join(timeout=10)
        (delivery,) = api.sandbox.webhooks.deliveries()
        assert not delivery.delivered
        assert [a.error for a in delivery.attempts] == ["ConnectError"] * 3


def test_delivery_does_not_hold_up_the_api(clock: Clock) -> None:
    release = threading.Event()

    def slow_receiver(request: httpx.Request) -> httpx.Response:
        release.wait(timeout=10)
        return httpx.Response(200)

    config = SandboxConfig(now=clock, webhook_url="http://hooks.test/")
    with Sandbox(config, webhook_transport=httpx.MockTransport(slow_receiver)) as sandbox:
        transport = SandboxTransport(sandbox)
        with checked_client(transport, transport.base_url) as client:
            order = Api(client, sandbox).login().paid_order()
        assert order["status"] == "AUTHORIZED"
        assert not sandbox.webhooks.join(timeout=0.05)
        release.set()
        assert sandbox.webhooks.join(timeout=10)
        assert sandbox.webhooks.deliveries()[0].delivered


def test_without_a_webhook_url_nothing_is_sent(api: Api) -> None:
    api.paid_order()
    assert api.sandbox.webhooks.join(timeout=1)
    assert api.sandbox.webhooks.deliveries() == []


def test_a_upi_payment_is_upi_details_in_answers_and_upi_data_in_webhooks(
    hooked: Api, receiver: Receiver, clock: Clock
) -> None:
    order = data(hooked.create_order(pre_auth=False))
    option = {"upi_details": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin@upi"}}}
    pending = data(hooked.pay(order["order_id"], option=option, method="UPI"))
    assert "upi_details" in pending["payments"][0]["payment_option"]
    hooked.answer(pending, "approve")

    (event,) = _verified(receiver, hooked, clock)
    assert event["payments"][0]["payment_option"] == {
        "upi_data": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin@upi"}}
    }
    answered = hooked.get(order["order_id"])["payments"][0]["payment_option"]
    assert "upi_details" in answered and "upi_data" not in answered
