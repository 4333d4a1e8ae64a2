"""The hosted checkout: generate_checkout_link makes an order and the page the customer pays it on."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from payment_page_helpers import FAILED_URL, RETURN_URL, Shop, open_shop
from sandbox_helpers import Api, Clock, assert_error, checked_client, data, reference

from plural_client.models import CheckoutLink
from plural_ext import verify_callback
from plural_ext.sandbox import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS_MASTERCARD,
    IN_PROCESS_BASE_URL,
)
from plural_ext.sandbox.pytest_plugin import RunningSandbox


@pytest.fixture
def shop(clock: Clock) -> Iterator[Shop]:
    with open_shop(clock) as opened:
        yield opened


def _checkout(api: Api, ref: str | None = None, **extra: Any) -> httpx.Response:
    body = {
        "merchant_order_reference": ref or reference("checkout"),
        "order_amount": {"value": 250000, "currency": "INR"},
        "integration_mode": "REDIRECT",
        "pre_auth": False,
        "callback_url": RETURN_URL,
        **extra,
    }
    return api.client.post("/api/checkout/v1/orders", json=body)


def _link(api: Api, **extra: Any) -> dict[str, Any]:
    answer = _checkout(api, **extra)
    assert answer.status_code == 200, answer.text
    link: dict[str, Any] = answer.json()
    return link


def _verified(shop: Shop) -> Mapping[str, str]:
    """What the merchant received, its signature checked with the sandbox's key."""
    result = verify_callback(shop.browser.received(), shop.sandbox.config.callback_secret_key)
    return result.fields


def test_checkout_link_makes_an_order_and_answers_the_spec(shop: Shop) -> None:
    ref = reference("checkout")
    purchase = {
        "customer": {"email_id": "kevin.bob@example.com", "first_name": "Kevin"},
        "product": [
            {"product_code": "SKU-1", "product_amount": {"value": 250000, "currency": "INR"}}
        ],
    }
    answer = _checkout(
        shop.api,
        ref,
        notes="2 T-shirts",
        allowed_payment_methods=["CARD", "UPI"],
        purchase_details=purchase,
    )
    assert answer.status_code == 200
    link = answer.json()
    assert set(link) == {"token", "order_id", "redirect_url", "response_code", "response_message"}
    assert link["response_code"] == 200
    assert link["redirect_url"].startswith(f"{IN_PROCESS_BASE_URL}/sandbox/checkout/")
    # The page's address is not the token: the token is masked in logs and cassettes.
    assert link["token"] not in link["redirect_url"]
    assert CheckoutLink.from_dict(link).to_dict() == link
    order = shop.api.get(link["order_id"])
    assert order["status"] == "CREATED"
    assert order["merchant_order_reference"] == ref
    assert order["order_amount"] == {"value": 250000, "currency": "INR"}
    assert order["notes"] == "2 T-shirts"
    assert order["allowed_payment_methods"] == ["CARD", "UPI"]
    assert order["purchase_details"] == purchase
    assert data(shop.api.client.get(f"/api/pay/v1/orders/reference/{ref}")) == order


def test_card_approved_on_the_page_processes_the_order_and_calls_back_signed(shop: Shop) -> None:
    link = _link(shop.api)
    page = shop.browser.client.get(link["redirect_url"])
    assert page.headers["Content-Type"].startswith("text/html")
    assert link["order_id"] in page.text and "INR 2,500.00" in page.text
    assert all(f'value="{method}"' in page.text for method in ("CARD", "UPI", "NETBANKING"))

    callback = shop.browser.pay(link["redirect_url"], card_number="4111 1111 1111 1111")

    assert callback.url == RETURN_URL
    assert _verified(shop) == {"order_id": link["order_id"], "status": "PROCESSED"}
    order = shop.api.get(link["order_id"])
    assert order["status"] == "PROCESSED"
    (payment,) = order["payments"]
    assert payment["payment_method"] == "CARD"
    assert payment["payment_option"]["card_data"]["last4_digit"] == "1111"
    assert payment["payment_amount"] == order["order_amount"]
    assert shop.webhooks() == [("ORDER_PROCESSED", link["order_id"], "PROCESSED")]


def test_pre_auth_checkout_is_authorized_then_captured_through_the_api(shop: Shop) -> None:
    link = _link(shop.api, pre_auth=True)
    shop.browser.pay(link["redirect_url"], card_number=CARD_SUCCESS_MASTERCARD)
    assert _verified(shop)["status"] == "AUTHORIZED"
    order = shop.api.get(link["order_id"])
    assert order["payments"][0]["payment_option"]["card_data"]["network_name"] == "MASTERCARD"
    assert data(shop.api.capture(link["order_id"], 250000))["status"] == "PROCESSED"


@pytest.mark.parametrize(
    ("card", "action", "status", "error_code"),
    [
        (CARD_SUCCESS_MASTERCARD, "decline", "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_DECLINE, "approve", "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_AUTHENTICATION_FAILURE, "approve", "FAILED", "USER_AUTHENTICATION_FAILED"),
    ],
)
def test_declined_payment_goes_back_to_the_failure_url(
    shop: Shop, card: str, action: str, status: str, error_code: str
) -> None:
    link = _link(shop.api, callback_url=FAILED_URL)
    callback = shop.browser.pay(link["redirect_url"], card_number=card, action=action)
    assert callback.url == FAILED_URL
    fields = _verified(shop)
    assert (fields["status"], fields["error_code"]) == (status, error_code)
    order = shop.api.get(link["order_id"])
    assert order["status"] == status
    assert order["payments"][0]["error_detail"]["code"] == error_code


def test_after_a_decline_the_customer_pays_again_on_the_same_page(shop: Shop) -> None:
    link = _link(shop.api)
    shop.browser.pay(link["redirect_url"], action="decline")
    shop.browser.pay(link["redirect_url"], method="UPI")
    order = shop.api.get(link["order_id"])
    assert order["status"] == "PROCESSED"
    assert [p["status"] for p in order["payments"]] == ["FAILED", "PROCESSED"]
    assert [event for event, _, _ in shop.webhooks()] == ["PAYMENT_FAILED", "ORDER_PROCESSED"]


def test_upi_is_paid_when_it_is_the_only_method_allowed(shop: Shop) -> None:
    link = _link(shop.api, allowed_payment_methods=["UPI"])
    page = shop.browser.client.get(link["redirect_url"]).text
    assert 'value="UPI"' in page and 'value="CARD"' not in page and "card_number" not in page
    shop.browser.pay(link["redirect_url"], method="UPI")
    assert _verified(shop)["status"] == "PROCESSED"
    (payment,) = shop.api.get(link["order_id"])["payments"]
    assert payment["payment_method"] == "UPI"
    assert payment["payment_option"] == {"upi_details": {"txn_mode": "INTENT"}}


def test_netbanking_pays_with_the_bank_code_given(shop: Shop) -> None:
    link = _link(shop.api)
    shop.browser.pay(link["redirect_url"], method="NETBANKING", pay_code="NB1234")
    (payment,) = shop.api.get(link["order_id"])["payments"]
    assert payment["payment_method"] == "NETBANKING"
    assert payment["payment_option"]["netbanking_data"]["pay_code"] == "NB1234"


def test_a_paid_checkout_takes_no_more_payments(shop: Shop) -> None:
    link = _link(shop.api)
    shop.browser.pay(link["redirect_url"])
    again = shop.browser.client.get(link["redirect_url"])
    assert again.status_code == 409
    assert "PROCESSED" in again.text and 'id="approve"' not in again.text
    posted = shop.browser.submit(link["redirect_url"], method="UPI", action="approve")
    assert posted.status_code == 409
    assert len(shop.api.get(link["order_id"])["payments"]) == 1


@pytest.mark.parametrize(
    ("form", "error"),
    [
        ({"method": "CARD", "card_number": "4111", "action": "approve"}, "12 to 19 digits"),
        ({"method": "CARD", "card_number": "4111x111111111111", "action": "approve"}, "digits"),
        ({"method": "WALLET", "action": "approve"}, "Choose one of: Card."),
        ({"method": "UPI", "action": "approve"}, "Choose one of: Card."),
        ({"method": "CARD", "card_number": "4000000000000002", "action": "maybe"}, "Pay or"),
    ],
)
def test_a_wrong_form_shows_the_page_again_and_keeps_no_card_number(
    shop: Shop, form: dict[str, str], error: str
) -> None:
    link = _link(shop.api, allowed_payment_methods=["CARD"])
    page = shop.browser.submit(link["redirect_url"], **form)
    assert page.status_code == 400
    assert error in page.text and 'id="approve"' in page.text
    number = form.get("card_number")
    # Not echoed back into the form (a short test number may well turn up inside an order
    # id made of the clock's digits: the field's value is what must not hold it).
    assert number is None or f'value="{number}"' not in page.text
    assert number is None or len(number) < 12 or number not in page.text
    assert shop.api.get(link["order_id"])["status"] == "CREATED"


def test_netbanking_needs_a_pay_code(shop: Shop) -> None:
    link = _link(shop.api)
    page = shop.browser.submit(
        link["redirect_url"], method="NETBANKING", pay_code=" ", action="approve"
    )
    assert page.status_code == 400 and "pay code" in page.text


def test_the_card_number_is_kept_nowhere(shop: Shop) -> None:
    link = _link(shop.api)
    shop.browser.pay(link["redirect_url"], card_number=CARD_SUCCESS_MASTERCARD)
    seen = [shop.browser.client.get(link["redirect_url"]).text, str(shop.sandbox.orders())]
    seen += [shop.browser.received()]
    assert not any(CARD_SUCCESS_MASTERCARD in text for text in seen)


def test_same_reference_answers_the_same_order_and_page(shop: Shop) -> None:
    ref = reference("checkout")
    first = _link(shop.api, ref=ref)
    again = _link(shop.api, ref=ref, order_amount={"value": 999, "currency": "INR"})
    assert again == first
    assert len(shop.sandbox.orders()) == 1
    assert shop.api.get(first["order_id"])["order_amount"]["value"] == 250000


def test_reference_of_an_api_order_gets_a_page_for_that_order(shop: Shop) -> None:
    order = data(shop.api.create_order(pre_auth=False))
    link = _link(shop.api, ref=order["merchant_order_reference"])
    assert link["order_id"] == order["order_id"]
    shop.browser.pay(link["redirect_url"], method="UPI")
    assert shop.api.get(order["order_id"])["status"] == "PROCESSED"


def test_reference_of_a_refund_is_refused(shop: Shop) -> None:
    paid = shop.api.paid_order(pre_auth=False)
    refund = data(shop.api.refund(paid["order_id"], 500))
    answer = _checkout(shop.api, ref=refund["merchant_order_reference"])
    assert_error(answer, 400, "DUPLICATE_REQUEST")


def test_unknown_page_and_other_methods(shop: Shop) -> None:
    link = _link(shop.api)
    unknown = link["redirect_url"].rsplit("/", 1)[0] + "/not-a-token"
    assert shop.browser.client.get(unknown).status_code == 404
    put = shop.browser.client.put(link["redirect_url"])
    assert put.status_code == 405 and put.headers["Allow"] == "GET, POST"


def test_checkout_needs_a_token_and_a_valid_body(api: Api) -> None:
    body = {"merchant_order_reference": "x", "order_amount": {"value": 1, "currency": "INR"}}
    assert_error(api.client.post("/api/checkout/v1/orders", json=body), 400, "INVALID_REQUEST")
    del api.client.headers["Authorization"]
    assert_error(_checkout(api), 401, "UNAUTHORIZED")


def test_page_is_served_where_the_client_reached_the_sandbox(
    plural_sandbox: RunningSandbox,
) -> None:
    with checked_client(None, plural_sandbox.base_url) as client:
        link = _link(Api(client, plural_sandbox.sandbox).login())
    assert link["redirect_url"].startswith(plural_sandbox.base_url + "/sandbox/checkout/")
    with httpx.Client(trust_env=False) as browser:
        page = browser.get(link["redirect_url"])
    assert page.status_code == 200 and 'id="approve"' in page.text
