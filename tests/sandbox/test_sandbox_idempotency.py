"""A merchant reference names one resource: repeating it returns that resource, never a second."""

from __future__ import annotations

from sandbox_helpers import Api, assert_error, data


def test_duplicate_order_reference_returns_the_existing_order(api: Api) -> None:
    first = data(api.create_order(ref="shop-1"))
    again = data(api.create_order(ref="shop-1", value=9999))
    assert again == first
    assert len(api.sandbox.orders()) == 1


def test_duplicate_payment_reference_returns_the_order_unchanged(api: Api) -> None:
    order = data(api.create_order())
    first = data(api.pay(order["order_id"], ref="pay-1"))
    again = data(api.pay(order["order_id"], ref="pay-1"))
    assert again == first
    assert len(again["payments"]) == 1
    assert api.answer(first, "approve").status_code == 200
    assert data(api.pay(order["order_id"], ref="pay-1"))["status"] == "AUTHORIZED"


def test_duplicate_capture_reference_returns_the_captured_order(api: Api) -> None:
    order = api.paid_order()
    first = data(api.capture(order["order_id"], 1100, ref="cap-1"))
    again = data(api.capture(order["order_id"], 500, ref="cap-1"))
    assert again == first
    assert len(again["payments"][0]["capture_data"]) == 1


def test_duplicate_refund_reference_returns_the_existing_refund(api: Api) -> None:
    order = api.paid_order(pre_auth=False)
    first = data(api.refund(order["order_id"], 300, ref="refund-1"))
    again = data(api.refund(order["order_id"], 300, ref="refund-1"))
    assert again == first
    parent = api.get(order["order_id"])
    assert parent["status"] == "PARTIALLY_REFUNDED"
    assert len(parent["refunds"]) == 1
    assert data(api.client.get("/api/pay/v1/orders/reference/refund-1")) == first


def test_reference_of_another_order_is_refused(api: Api) -> None:
    one, other = api.paid_order(), data(api.create_order())
    paid_ref = one["payments"][0]["merchant_payment_reference"]
    assert_error(api.pay(other["order_id"], ref=paid_ref), 400, "DUPLICATE_REQUEST")
    data(api.capture(one["order_id"], 1100, ref="cap-x"))
    second = api.paid_order()
    assert_error(api.capture(second["order_id"], 1100, ref="cap-x"), 400, "DUPLICATE_REQUEST")
    data(api.capture(second["order_id"], 1100))
    assert_error(
        api.refund(second["order_id"], ref=one["merchant_order_reference"]),
        400,
        "DUPLICATE_REQUEST",
    )
