"""Plural's official Python SDK (pinelabs-python, installed for the tests only) against the served sandbox.

A merchant who already uses the official SDK can point it at the sandbox: the seamless
card checkout (token, order, payment, challenge, capture, refund) and a payment link's
life go through, and every answer parses in the official SDK's own pydantic models. The
sandbox's answers are held to Plural's definitions by Plural's own reading of them, not
only by ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pinelabs = pytest.importorskip("pinelabs", reason="pinelabs-python is a test dependency")
from pinelabs import PinelabsApi  # noqa: E402
from pinelabs.types import (  # noqa: E402
    Amount,
    OrderResponse,
    PaymentLinkResponse,
    PaymentRequestItem,
    PaymentRequestItemPaymentOption,
    PaymentRequestItemPaymentOptionCardDetails,
    RefundResponse,
)

from plural_ext.sandbox import (  # noqa: E402
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    serve,
)

INR_1100 = Amount(value=1100, currency="INR")


@pytest.fixture
def official() -> Iterator[tuple[PinelabsApi, str]]:
    with Sandbox() as sandbox, serve(sandbox) as server:
        token: list[str] = []
        # The official SDK fetches no token itself: it is handed one, or a callable.
        client = PinelabsApi(base_url=server.url, token=lambda: token[0] if token else "none")
        issued = client.authentication.generate_token(
            client_id=DEFAULT_CLIENT_ID,
            client_secret=DEFAULT_CLIENT_SECRET,
            grant_type="client_credentials",
        )
        assert issued.access_token and issued.expires_at is not None
        token.append(issued.access_token)
        yield client, server.url


def _approve(challenge_url: str) -> None:
    """The customer approves on the challenge page, as a browser posts its form."""
    with httpx.Client(trust_env=False) as browser:
        assert browser.get(challenge_url).status_code == 200
        answer = browser.post(challenge_url, data={"action": "approve"})
        assert answer.status_code in (200, 303), answer.text


def _card_payment(reference: str) -> PaymentRequestItem:
    return PaymentRequestItem(
        merchant_payment_reference=reference,
        payment_method="CARD",
        payment_amount=INR_1100,
        payment_option=PaymentRequestItemPaymentOption(
            card_details=PaymentRequestItemPaymentOptionCardDetails(
                name="Kevin Bob",
                card_number=CARD_SUCCESS,
                cvv="123",
                expiry_month="12",
                expiry_year="2030",
            )
        ),
    )


def test_seamless_checkout_capture_and_refund(official: tuple[PinelabsApi, str]) -> None:
    client, _ = official
    created = client.orders.create_order(
        merchant_order_reference="official-sdk-1",
        order_amount=INR_1100,
        pre_auth=True,
        callback_url="https://shop.example.com/return",
    )
    assert isinstance(created, OrderResponse) and created.data is not None
    order_id = created.data.order_id
    assert order_id and created.data.status == "CREATED"

    pending = client.card_payments.create_payment(order_id, payments=[_card_payment("pay-1")])
    assert pending.data is not None and pending.data.status == "PENDING"
    assert pending.data.challenge_url
    _approve(pending.data.challenge_url)

    authorized = client.orders.get_order_by_id(order_id)
    assert authorized.data is not None and authorized.data.status == "AUTHORIZED"
    by_reference = client.orders.get_order_by_merchant_reference("official-sdk-1")
    assert by_reference.data is not None and by_reference.data.order_id == order_id

    captured = client.orders.capture_order(order_id, merchant_capture_reference="cap-1")
    assert captured.data is not None and captured.data.status == "PROCESSED"

    refund = client.refunds.create_refund(
        order_id,
        merchant_order_reference="refund-1",
        order_amount={"value": 500, "currency": "INR"},
    )
    assert isinstance(refund, RefundResponse) and refund.data is not None
    assert refund.data.type == "REFUND" and refund.data.status == "PROCESSED"

    refunded = client.orders.get_order_by_id(order_id)
    assert refunded.data is not None and refunded.data.status == "PARTIALLY_REFUNDED"


def test_payment_link_life(official: tuple[PinelabsApi, str]) -> None:
    client, _ = official
    created = client.payment_links.create_payment_link(
        amount=INR_1100,
        merchant_payment_link_reference="official-link-1",
        description="Invoice 1",
        callback_url="https://shop.example.com/return",
    )
    assert isinstance(created, PaymentLinkResponse)
    assert created.payment_link_id and created.payment_link
    assert created.amount is not None and created.amount.value == 1100

    read = client.payment_links.get_payment_link_by_id(created.payment_link_id)
    assert read.merchant_payment_link_reference == "official-link-1"
    by_reference = client.payment_links.get_payment_link_by_merchant_reference("official-link-1")
    assert by_reference.payment_link_id == created.payment_link_id
    notified = client.payment_links.resend_payment_link_notification(created.payment_link_id)
    assert notified.payment_link_id == created.payment_link_id

    cancelled = client.payment_links.cancel_payment_link(created.payment_link_id)
    assert cancelled.status == "CANCELLED"


def test_every_answer_parsed_in_the_official_models(official: tuple[PinelabsApi, str]) -> None:
    # The official SDK raises its ParsingError on an answer its models refuse; a 4xx is an
    # ApiError. Neither may come from a well-formed call.
    client, _ = official
    answers: list[Any] = [
        client.orders.create_order(
            merchant_order_reference="official-sdk-2", order_amount=INR_1100
        ),
        client.orders.get_order_by_merchant_reference("official-sdk-2"),
    ]
    assert all(answer.data is not None for answer in answers)
