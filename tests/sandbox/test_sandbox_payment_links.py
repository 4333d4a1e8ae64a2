"""Payment links: created with an order, paid on their page, cancelled, expired by the clock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from payment_page_helpers import FAILED_URL, RETURN_URL, Shop, open_shop
from sandbox_helpers import Api, Clock, assert_error, data, reference

from plural_client.models import PaymentLink
from plural_ext import verify_callback
from plural_ext.sandbox import CARD_DECLINE, IN_PROCESS_BASE_URL
from plural_ext.sandbox._ids import iso_timestamp

HOUR = 3600.0


@pytest.fixture
def shop(clock: Clock) -> Iterator[Shop]:
    with open_shop(clock) as opened:
        yield opened


def _create(api: Api, ref: str | None = None, **extra: Any) -> httpx.Response:
    body = {
        "amount": {"value": 250000, "currency": "INR"},
        "merchant_payment_link_reference": ref or reference("plink"),
        "description": "Invoice 2024-000123",
        "callback_url": RETURN_URL,
        "failure_callback_url": FAILED_URL,
        **extra,
    }
    return api.client.post("/api/pay/v1/paymentlink", json=body)


def _link(api: Api, **extra: Any) -> dict[str, Any]:
    answer = _create(api, **extra)
    assert answer.status_code == 200, answer.text
    link: dict[str, Any] = answer.json()
    return link


def _get(api: Api, link: dict[str, Any]) -> dict[str, Any]:
    answer = api.client.get(f"/api/pay/v1/paymentlink/{link['payment_link_id']}")
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def _cancel(api: Api, link: dict[str, Any]) -> httpx.Response:
    return api.client.put(f"/api/pay/v1/paymentlink/{link['payment_link_id']}/cancel")


def _notify(api: Api, link: dict[str, Any]) -> httpx.Response:
    return api.client.patch(f"/api/pay/v1/paymentlink/{link['payment_link_id']}/notify")


def test_create_makes_a_link_and_its_order(shop: Shop, clock: Clock) -> None:
    customer = {"email_id": "kevin.bob@example.com", "mobile_number": "9876543210"}
    link = _link(
        shop.api,
        expire_by=iso_timestamp(clock() + 24 * HOUR),
        allowed_payment_methods=["CARD", "UPI"],
        pre_auth="false",
        customer=customer,
        merchant_metadata={"invoice": "2024-000123"},
    )
    assert link["status"] == "CREATED"
    assert link["payment_link"] == f"{IN_PROCESS_BASE_URL}/sandbox/link/{link['payment_link_id']}"
    assert link["amount"] == link["amount_due"] == {"value": 250000, "currency": "INR"}
    assert link["description"] == "Invoice 2024-000123"
    assert link["expire_by"] == iso_timestamp(clock() + 24 * HOUR)
    assert link["allowed_payment_methods"] == ["CARD", "UPI"]
    assert (link["pre_auth"], link["is_mcc_transaction"]) == (False, False)
    assert link["failure_callback_url"] == FAILED_URL
    assert link["customer"] == customer
    assert link["created_at"] == link["updated_at"] == iso_timestamp(clock())
    assert PaymentLink.from_dict(link).to_dict() == link
    order = shop.api.get(link["order_id"])
    assert order["status"] == "CREATED"
    assert order["order_amount"] == link["amount"]
    assert order["allowed_payment_methods"] == ["CARD", "UPI"]
    assert (order["callback_url"], order["failure_callback_url"]) == (RETURN_URL, FAILED_URL)
    assert order["purchase_details"] == {"merchant_metadata": {"invoice": "2024-000123"}}


def test_get_by_id_and_by_reference_answer_the_link(shop: Shop) -> None:
    ref = reference("plink")
    link = _link(shop.api, ref=ref)
    assert _get(shop.api, link) == link
    by_reference = shop.api.client.get(f"/api/pay/v1/paymentlink/ref/{ref}")
    assert by_reference.status_code == 200 and by_reference.json() == link


def test_link_without_options_answers_only_what_it_has(shop: Shop) -> None:
    body = {"amount": {"value": 100, "currency": "INR"}, "merchant_payment_link_reference": "bare"}
    answer = shop.api.client.post("/api/pay/v1/paymentlink", json=body)
    link = answer.json()
    assert link["status"] == "CREATED"
    assert not {"expire_by", "allowed_payment_methods", "failure_callback_url"} & set(link)
    assert PaymentLink.from_dict(link).to_dict() == link


def test_paying_on_the_page_processes_the_link(shop: Shop, clock: Clock) -> None:
    link = _link(shop.api)
    page = shop.browser.client.get(link["payment_link"])
    assert "Invoice 2024-000123" in page.text and "INR 2,500.00" in page.text
    clock.advance(60)

    callback = shop.browser.pay(link["payment_link"])

    assert callback.url == RETURN_URL
    result = verify_callback(shop.browser.received(), shop.sandbox.config.callback_secret_key)
    assert (result.order_id, result.status) == (link["order_id"], "PROCESSED")
    paid = _get(shop.api, link)
    assert paid["status"] == "PROCESSED"
    assert paid["amount_due"] == {"value": 0, "currency": "INR"}
    assert paid["updated_at"] == iso_timestamp(clock())
    assert shop.api.get(link["order_id"])["status"] == "PROCESSED"
    assert shop.webhooks() == [("ORDER_PROCESSED", link["order_id"], "PROCESSED")]


def test_a_paid_link_takes_no_payment_and_cannot_be_cancelled(shop: Shop) -> None:
    link = _link(shop.api)
    shop.browser.pay(link["payment_link"], method="UPI")
    page = shop.browser.client.get(link["payment_link"])
    assert page.status_code == 409 and "has been paid" in page.text
    assert 'id="approve"' not in page.text
    body = assert_error(_cancel(shop.api, link), 400, "INVALID_REQUEST")
    assert body["additional_error_details"]["reason"] == "status PROCESSED"
    assert _get(shop.api, link)["status"] == "PROCESSED"


def test_pre_auth_link_is_processed_once_authorized(shop: Shop) -> None:
    link = _link(shop.api, pre_auth="true")
    assert link["pre_auth"] is True
    shop.browser.pay(link["payment_link"])
    assert shop.api.get(link["order_id"])["status"] == "AUTHORIZED"
    assert _get(shop.api, link)["status"] == "PROCESSED"


def test_a_declined_payment_leaves_the_link_open(shop: Shop) -> None:
    link = _link(shop.api)
    callback = shop.browser.pay(link["payment_link"], card_number=CARD_DECLINE)
    assert callback.url == FAILED_URL
    assert _get(shop.api, link)["status"] == "CREATED"
    assert shop.api.get(link["order_id"])["status"] == "ATTEMPTED"
    shop.browser.pay(link["payment_link"], method="NETBANKING")
    assert _get(shop.api, link)["status"] == "PROCESSED"


def test_page_offers_only_the_links_methods(shop: Shop) -> None:
    link = _link(shop.api, allowed_payment_methods=["NETBANKING"])
    page = shop.browser.client.get(link["payment_link"]).text
    assert 'value="NETBANKING"' in page and 'value="CARD"' not in page
    refused = shop.browser.submit(
        link["payment_link"], method="CARD", card_number="4111111111111111", action="approve"
    )
    assert refused.status_code == 400
    assert _get(shop.api, link)["status"] == "CREATED"


def test_cancel_closes_the_link(shop: Shop, clock: Clock) -> None:
    link = _link(shop.api)
    clock.advance(60)
    cancelled = _cancel(shop.api, link)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "CANCELLED"
    assert cancelled.json()["updated_at"] == iso_timestamp(clock())
    assert _get(shop.api, link) == cancelled.json()
    page = shop.browser.client.get(link["payment_link"])
    assert page.status_code == 409 and "cancelled" in page.text
    posted = shop.browser.submit(link["payment_link"], method="UPI", action="approve")
    assert posted.status_code == 409
    assert shop.api.get(link["order_id"])["payments"] == []
    assert_error(_cancel(shop.api, link), 400, "INVALID_REQUEST")
    assert_error(_notify(shop.api, link), 400, "INVALID_REQUEST")


def test_link_expires_by_the_sandbox_clock(shop: Shop, clock: Clock) -> None:
    expire_by = clock() + 600
    link = _link(shop.api, expire_by=iso_timestamp(expire_by))
    clock.advance(599)
    assert _get(shop.api, link)["status"] == "CREATED"
    clock.advance(2)
    expired = _get(shop.api, link)
    assert expired["status"] == "EXPIRED"
    assert expired["updated_at"] == iso_timestamp(expire_by)
    page = shop.browser.client.get(link["payment_link"])
    assert page.status_code == 409 and "expired" in page.text
    body = assert_error(_cancel(shop.api, link), 400, "INVALID_REQUEST")
    assert body["additional_error_details"]["reason"] == "status EXPIRED"


@pytest.mark.parametrize(
    ("offset", "reason"),
    [(-60.0, "must be in the future"), (181 * 24 * HOUR, "at most 180 days ahead")],
)
def test_expiry_out_of_range_is_refused(api: Api, clock: Clock, offset: float, reason: str) -> None:
    body = assert_error(
        _create(api, expire_by=iso_timestamp(clock() + offset)), 400, "INVALID_REQUEST"
    )
    assert body["additional_error_details"]["source"] == "expire_by"
    assert reason in body["message"]


def test_expiry_in_another_zone_is_read_as_that_moment(api: Api, clock: Clock) -> None:
    utc = iso_timestamp(clock() + 2 * HOUR)
    india = _link(api, expire_by=utc.replace("Z", "+00:00"))["expire_by"]
    assert india == utc


def test_same_reference_answers_the_existing_link(shop: Shop) -> None:
    ref = reference("plink")
    first = _link(shop.api, ref=ref)
    again = _link(shop.api, ref=ref, amount={"value": 999, "currency": "INR"})
    assert again == first
    assert len(shop.sandbox.orders()) == 1


def test_notify_answers_the_link_and_changes_nothing(shop: Shop) -> None:
    link = _link(shop.api)
    notified = _notify(shop.api, link)
    assert notified.status_code == 200 and notified.json() == link
    assert shop.webhooks() == []


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/pay/v1/paymentlink/pl-unknown"),
        ("GET", "/api/pay/v1/paymentlink/ref/no-such-ref"),
        ("PUT", "/api/pay/v1/paymentlink/pl-unknown/cancel"),
        ("PATCH", "/api/pay/v1/paymentlink/pl-unknown/notify"),
    ],
)
def test_unknown_links_are_404(api: Api, method: str, path: str) -> None:
    assert_error(api.client.request(method, path), 404, "NOT_FOUND")


def test_unknown_link_page_is_404(shop: Shop) -> None:
    page = shop.browser.client.get(f"{IN_PROCESS_BASE_URL}/sandbox/link/pl-unknown")
    assert page.status_code == 404
    assert page.headers["Content-Type"].startswith("text/html")


def test_a_link_order_is_an_order_like_any_other(shop: Shop) -> None:
    link = _link(shop.api, pre_auth="true")
    shop.browser.pay(link["payment_link"])
    captured = data(shop.api.capture(link["order_id"], 250000))
    assert captured["status"] == "PROCESSED"
    assert _get(shop.api, link)["status"] == "PROCESSED"
    assert [event for event, _, _ in shop.webhooks()] == ["ORDER_AUTHORIZED", "ORDER_PROCESSED"]
