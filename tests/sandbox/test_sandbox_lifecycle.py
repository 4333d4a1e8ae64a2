"""Every transition of an order's life cycle, and the refusal of every other."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from sandbox_helpers import Api, assert_error, data, reference

from plural_ext.sandbox import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS,
    CARD_SUCCESS_MASTERCARD,
)

ORDER_ID = re.compile(r"v1-\d{10}-aa-[A-Za-z0-9]{6}")
PAYMENT_ID = re.compile(r"v1-\d{10}-aa-[A-Za-z0-9]{6}-cc-[A-Za-z0-9]")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def test_create_order_is_created_with_plural_ids_and_timestamps(api: Api) -> None:
    order = data(api.create_order(value=2500))
    assert ORDER_ID.fullmatch(order["order_id"])
    assert order["type"] == "CHARGE"
    assert order["status"] == "CREATED"
    assert order["order_amount"] == {"value": 2500, "currency": "INR"}
    assert order["payments"] == []
    assert TIMESTAMP.fullmatch(order["created_at"]) and TIMESTAMP.fullmatch(order["updated_at"])


def test_create_order_answers_like_the_guide(api: Api, guide_examples: dict[str, Any]) -> None:
    order = data(api.client.post("/api/pay/v1/orders", json=guide_examples["CreateOrderRequest"]))
    expected = guide_examples["CreateOrderResponse"]["data"]
    varying = {"order_id", "merchant_id", "created_at", "updated_at"}
    assert list(order) == list(expected)
    assert {k: v for k, v in order.items() if k not in varying} == {
        k: v for k, v in expected.items() if k not in varying
    }


def _common_order(mine: list[str], theirs: list[str]) -> list[str]:
    return [key for key in mine if key in theirs]


@pytest.mark.parametrize("example", ["CreatePaymentResponse", "CaptureResponse", "CancelResponse"])
def test_later_answers_have_the_guides_fields_in_its_order(
    api: Api, guide_examples: dict[str, Any], example: str
) -> None:
    order = data(api.create_order())
    answer = data(api.pay(order["order_id"]))
    if example != "CreatePaymentResponse":
        assert api.answer(answer, "approve").status_code == 200
        step = (
            api.capture(order["order_id"], 1100)
            if example == "CaptureResponse"
            else api.cancel(order["order_id"])
        )
        answer = data(step)
    expected = guide_examples[example]["data"]
    for mine, theirs in [(answer, expected), (answer["payments"][0], expected["payments"][0])]:
        missing = set(theirs) - set(mine) - {"notes", "purchase_details", "allowed_payment_methods"}
        assert not missing
        assert _common_order(list(mine), list(theirs)) == _common_order(list(theirs), list(mine))
        assert mine["status"] == theirs["status"]


def test_payment_makes_the_order_pending_with_a_challenge(api: Api) -> None:
    order = data(api.create_order())
    pending = data(api.pay(order["order_id"]))
    assert pending["status"] == "PENDING"
    assert pending["challenge_url"].startswith("http://sandbox.plural.test/sandbox/challenge/")
    (payment,) = pending["payments"]
    assert PAYMENT_ID.fullmatch(payment["id"])
    assert payment["status"] == "PENDING"
    assert payment["payment_option"]["card_data"]["network_name"] == "VISA"
    assert payment["payment_option"]["card_data"]["last4_digit"] == "1111"


@pytest.mark.parametrize(
    ("pre_auth", "card", "status"),
    [
        (True, CARD_SUCCESS, "AUTHORIZED"),
        (False, CARD_SUCCESS, "PROCESSED"),
        (False, CARD_SUCCESS_MASTERCARD, "PROCESSED"),
    ],
)
def test_approved_payment(api: Api, pre_auth: bool, card: str, status: str) -> None:
    order = api.paid_order(card, pre_auth=pre_auth)
    assert order["status"] == status
    (payment,) = order["payments"]
    assert payment["status"] == status
    assert set(payment["acquirer_data"]) == {"approval_code", "acquirer_reference", "rrn"}
    assert "error_detail" not in payment


@pytest.mark.parametrize(
    ("card", "action", "status", "code"),
    [
        (CARD_DECLINE, "approve", "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_SUCCESS, "decline", "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_AUTHENTICATION_FAILURE, "approve", "FAILED", "USER_AUTHENTICATION_FAILED"),
    ],
)
def test_failed_payment(api: Api, card: str, action: str, status: str, code: str) -> None:
    order = api.paid_order(card, action)
    assert order["status"] == status
    (payment,) = order["payments"]
    assert payment["status"] == "FAILED"
    assert payment["error_detail"]["code"] == code
    assert "acquirer_data" not in payment


def test_attempted_order_can_be_paid_again(api: Api) -> None:
    order = api.paid_order(CARD_DECLINE)
    retry = data(api.pay(order["order_id"]))
    assert retry["status"] == "PENDING"
    assert retry["challenge_url"] != order["challenge_url"]
    assert api.answer(retry, "approve").status_code == 200
    paid = api.get(order["order_id"])
    assert paid["status"] == "AUTHORIZED"
    assert [p["status"] for p in paid["payments"]] == ["FAILED", "AUTHORIZED"]


@pytest.mark.parametrize(
    ("method", "option"),
    [
        ("UPI", {"upi_details": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin@upi"}}}),
        ("NETBANKING", {"netbanking_details": {"pay_code": "NB1493"}}),
        (
            "CARD",
            {
                "card_token_details": {
                    "token": "tok",
                    "token_txn_type": "ALT_TOKEN",
                    "expiry_month": "04",
                    "expiry_year": "2029",
                    "last4_digit": "4242",
                }
            },
        ),
        ("CREDIT_EMI", None),  # a card paying in instalments
        (
            "CARDLESS_EMI",
            {
                "cardless_details": {
                    "pan_number": "ABCDE1234F",
                    "registered_mobile_number": "9876543210",
                }
            },
        ),
        (
            "POINTS",
            {
                "points_card_details": {
                    "card_last4": "1111",
                    "card_number": CARD_SUCCESS,
                    "registered_mobile_number": "9876543210",
                }
            },
        ),
        ("BNPL", {"bnpl_details": {"mobile": "9876543210", "bnpl_pay_code": "LAZYPAY"}}),
    ],
)
def test_other_payment_methods_succeed(
    api: Api, method: str, option: dict[str, Any] | None
) -> None:
    order = data(api.create_order(pre_auth=False))
    pending = data(api.pay(order["order_id"], option=option, method=method))
    assert api.answer(pending, "approve").status_code == 200
    paid = api.get(order["order_id"])
    assert paid["status"] == "PROCESSED"
    assert paid["payments"][0]["payment_method"] == method


def test_wallet_payment_needs_no_payment_option(api: Api) -> None:
    # The customer picks the wallet on Plural's page: Plural's models make payment_option optional.
    order = data(api.create_order(pre_auth=False))
    payment = {
        "merchant_payment_reference": reference("wallet"),
        "payment_method": "WALLET",
        "payment_amount": {"value": 1100, "currency": "INR"},
    }
    pending = data(
        api.client.post(
            f"/api/pay/v1/orders/{order['order_id']}/payments", json={"payments": [payment]}
        )
    )
    assert api.answer(pending, "approve").status_code == 200
    assert api.get(order["order_id"])["status"] == "PROCESSED"


def test_payment_option_is_required_where_the_method_needs_one(api: Api) -> None:
    order = data(api.create_order(pre_auth=False))
    payment = {
        "merchant_payment_reference": reference("upi"),
        "payment_method": "UPI",
        "payment_amount": {"value": 1100, "currency": "INR"},
    }
    response = api.client.post(
        f"/api/pay/v1/orders/{order['order_id']}/payments", json={"payments": [payment]}
    )
    assert_error(response, 422, "INVALID_REQUEST")
    assert response.json()["additional_error_details"]["source"] == "payments[0].payment_option"


@pytest.mark.parametrize("value", [1100, 400])
def test_capture_processes_an_authorized_order(api: Api, value: int) -> None:
    order = api.paid_order()
    captured = data(api.capture(order["order_id"], value, ref="cap-1"))
    assert captured["status"] == "PROCESSED"
    (payment,) = captured["payments"]
    assert payment["status"] == "PROCESSED"
    (capture,) = payment["capture_data"]
    assert capture["merchant_capture_reference"] == "cap-1"
    assert capture["capture_amount"] == {"value": value, "currency": "INR"}
    assert TIMESTAMP.fullmatch(capture["created_at"])


def test_capture_without_an_amount_captures_the_whole_authorization(api: Api) -> None:
    # Plural's pre-auth guide: capture_amount is optional.
    order = api.paid_order()
    body = {"merchant_capture_reference": reference("capture")}
    captured = data(api.client.put(f"/api/pay/v1/orders/{order['order_id']}/capture", json=body))
    assert captured["status"] == "PROCESSED"
    (capture,) = captured["payments"][0]["capture_data"]
    assert capture["capture_amount"] == {"value": 1100, "currency": "INR"}


def test_cancel_cancels_an_authorized_order(api: Api) -> None:
    order = api.paid_order()
    cancelled = data(api.cancel(order["order_id"]))
    assert cancelled["status"] == "CANCELLED"
    assert cancelled["payments"][0]["status"] == "CANCELLED"


def test_full_refund_without_an_amount(api: Api) -> None:
    order = api.paid_order(pre_auth=False)
    refund = data(api.refund(order["order_id"]))
    assert ORDER_ID.fullmatch(refund["order_id"]) and refund["order_id"] != order["order_id"]
    assert refund["type"] == "REFUND"
    assert refund["status"] == "PROCESSED"
    assert refund["parent_order_id"] == order["order_id"]
    assert refund["order_amount"] == {"value": 1100, "currency": "INR"}
    assert api.get(refund["order_id"]) == refund
    parent = api.get(order["order_id"])
    assert parent["status"] == "FULLY_REFUNDED"
    # The parent's refunds are refund orders, each with its payment naming the refunded one.
    assert parent["refunds"] == [refund]
    (refunded,) = parent["payments"]
    (refund_payment,) = refund["payments"]
    assert refund_payment["parent_payment_id"] == refunded["id"]
    assert refund_payment["payment_amount"] == {"value": 1100, "currency": "INR"}
    assert refund_payment["status"] == "PROCESSED"


def test_partial_refunds_until_the_captured_amount(api: Api) -> None:
    order = api.paid_order()
    data(api.capture(order["order_id"], 1000))
    data(api.refund(order["order_id"], 300))
    assert api.get(order["order_id"])["status"] == "PARTIALLY_REFUNDED"
    data(api.refund(order["order_id"], 600))
    assert api.get(order["order_id"])["status"] == "PARTIALLY_REFUNDED"
    assert_error(api.refund(order["order_id"], 200), 422, "INVALID_REQUEST")
    last = data(api.refund(order["order_id"]))
    assert last["order_amount"]["value"] == 100
    assert api.get(order["order_id"])["status"] == "FULLY_REFUNDED"


def _created(api: Api) -> str:
    return str(data(api.create_order())["order_id"])


def _authorized(api: Api) -> str:
    return str(api.paid_order()["order_id"])


def _captured(api: Api) -> str:
    order_id = _authorized(api)
    data(api.capture(order_id, 1100))
    return order_id


def _processed_without_pre_auth(api: Api) -> str:
    return str(api.paid_order(pre_auth=False)["order_id"])


def _pending(api: Api) -> str:
    order_id = _created(api)
    data(api.pay(order_id))
    return order_id


def _failed(api: Api) -> str:
    return str(api.paid_order(CARD_AUTHENTICATION_FAILURE)["order_id"])


def _cancelled(api: Api) -> str:
    order_id = _authorized(api)
    data(api.cancel(order_id))
    return order_id


def _fully_refunded(api: Api) -> str:
    order_id = _processed_without_pre_auth(api)
    data(api.refund(order_id))
    return order_id


def _a_refund(api: Api) -> str:
    return str(data(api.refund(_processed_without_pre_auth(api)))["order_id"])


Setup = Callable[[Api], str]
Step = Callable[[Api, str], Any]

REFUSED: list[tuple[str, Setup, Step, int, str]] = [
    (
        "capture of a CREATED order",
        _created,
        lambda a, o: a.capture(o, 1100),
        400,
        "INVALID_REQUEST",
    ),
    (
        "capture of a PENDING order",
        _pending,
        lambda a, o: a.capture(o, 1100),
        400,
        "INVALID_REQUEST",
    ),
    ("second capture", _captured, lambda a, o: a.capture(o, 1100), 400, "INVALID_REQUEST"),
    (
        "capture above the authorized amount",
        _authorized,
        lambda a, o: a.capture(o, 1101),
        422,
        "INVALID_REQUEST",
    ),
    (
        "capture of a cancelled order",
        _cancelled,
        lambda a, o: a.capture(o, 1100),
        400,
        "INVALID_REQUEST",
    ),
    (
        "capture without pre_auth",
        _processed_without_pre_auth,
        lambda a, o: a.capture(o, 1100),
        422,
        "INVALID_REQUEST",
    ),
    ("cancel after capture", _captured, lambda a, o: a.cancel(o), 400, "INVALID_REQUEST"),
    ("cancel of a CREATED order", _created, lambda a, o: a.cancel(o), 400, "INVALID_REQUEST"),
    ("second cancel", _cancelled, lambda a, o: a.cancel(o), 400, "INVALID_REQUEST"),
    (
        "cancel without pre_auth",
        _processed_without_pre_auth,
        lambda a, o: a.cancel(o),
        422,
        "INVALID_REQUEST",
    ),
    (
        "refund above the paid amount",
        _processed_without_pre_auth,
        lambda a, o: a.refund(o, 1101),
        422,
        "INVALID_REQUEST",
    ),
    (
        "refund above the captured amount",
        lambda a: _capture_part(a, 500),
        lambda a, o: a.refund(o, 501),
        422,
        "INVALID_REQUEST",
    ),
    ("refund of a CREATED order", _created, lambda a, o: a.refund(o), 400, "INVALID_REQUEST"),
    (
        "refund of an AUTHORIZED order",
        _authorized,
        lambda a, o: a.refund(o),
        400,
        "INVALID_REQUEST",
    ),
    ("refund of a FAILED order", _failed, lambda a, o: a.refund(o), 400, "INVALID_REQUEST"),
    (
        "refund of a fully refunded order",
        _fully_refunded,
        lambda a, o: a.refund(o, 100),
        400,
        "INVALID_REQUEST",
    ),
    ("refund of a refund", _a_refund, lambda a, o: a.refund(o), 422, "INVALID_REQUEST"),
    ("payment of a PENDING order", _pending, lambda a, o: a.pay(o), 400, "INVALID_REQUEST"),
    (
        "payment of an AUTHORIZED order",
        _authorized,
        lambda a, o: a.pay(o),
        400,
        "INVALID_REQUEST",
    ),
    ("payment of a FAILED order", _failed, lambda a, o: a.pay(o), 400, "INVALID_REQUEST"),
    (
        "payment of another amount",
        _created,
        lambda a, o: a.pay(o, value=1000),
        422,
        "INVALID_REQUEST",
    ),
    (
        "payment by a method the order does not allow",
        lambda a: str(data(a.create_order(allowed_payment_methods=["UPI"]))["order_id"]),
        lambda a, o: a.pay(o),
        422,
        "INVALID_REQUEST",
    ),
    (
        "card details for a UPI payment",
        _created,
        lambda a, o: a.pay(o, method="UPI"),
        422,
        "INVALID_REQUEST",
    ),
]


def _capture_part(api: Api, value: int) -> str:
    order_id = _authorized(api)
    data(api.capture(order_id, value))
    return order_id


@pytest.mark.parametrize(
    ("setup", "step", "status", "code"),
    [pytest.param(*case[1:], id=case[0]) for case in REFUSED],
)
def test_refused_transition_changes_nothing(
    api: Api, setup: Setup, step: Step, status: int, code: str
) -> None:
    order_id = setup(api)
    before = api.get(order_id)
    body = assert_error(step(api, order_id), status, code)
    assert set(body["additional_error_details"]) == {"source", "step", "reason"}
    assert api.get(order_id) == before


@pytest.mark.parametrize(
    "step",
    [
        lambda a: a.client.get("/api/pay/v1/orders/v1-0000000000-aa-nosuch"),
        lambda a: a.client.get("/api/pay/v1/orders/reference/no-such-reference"),
        lambda a: a.pay("v1-0000000000-aa-nosuch"),
        lambda a: a.capture("v1-0000000000-aa-nosuch", 100),
        lambda a: a.cancel("v1-0000000000-aa-nosuch"),
        lambda a: a.refund("v1-0000000000-aa-nosuch"),
    ],
    ids=["get", "get by reference", "pay", "capture", "cancel", "refund"],
)
def test_unknown_order_is_not_found(api: Api, step: Callable[[Api], Any]) -> None:
    assert_error(step(api), 404, "ORDER_NOT_FOUND")


def test_get_by_reference(api: Api) -> None:
    order = data(api.create_order(ref="shop-order-77"))
    assert data(api.client.get("/api/pay/v1/orders/reference/shop-order-77")) == order
