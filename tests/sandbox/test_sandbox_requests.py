"""Requests the spec does not allow: invalid bodies, unknown paths, wrong methods."""

from __future__ import annotations

from typing import Any

import pytest
from sandbox_helpers import Api, assert_error, data

from plural_ext.sandbox import CARD_SUCCESS


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"order_amount": {"value": 99, "currency": "INR"}}, "order_amount.value"),
        ({"order_amount": {"value": 1100}}, "order_amount.currency"),
        ({"merchant_order_reference": "has spaces"}, "merchant_order_reference"),
        ({"surprise": True}, ""),
    ],
    ids=["amount below minimum", "currency missing", "reference pattern", "unknown field"],
)
def test_invalid_body_is_400_naming_the_field(api: Api, change: dict[str, Any], field: str) -> None:
    body = {
        "merchant_order_reference": "order-1",
        "order_amount": {"value": 1100, "currency": "INR"},
        **change,
    }
    error = assert_error(api.client.post("/api/pay/v1/orders", json=body), 400, "INVALID_REQUEST")
    details = error["additional_error_details"]
    assert details["step"] == "create_order"
    assert details["reason"]
    if field:
        assert details["source"] == field
        assert field in error["message"]
    assert api.sandbox.orders() == []


def test_invalid_card_number_is_refused_without_echoing_it(api: Api) -> None:
    order = data(api.create_order())
    bad_number = "41111111111111x1"
    error = assert_error(api.pay(order["order_id"], bad_number), 400, "INVALID_REQUEST")
    assert error["additional_error_details"]["source"].endswith("card_details.card_number")
    assert bad_number not in str(error)
    assert CARD_SUCCESS not in str(error)


def test_body_that_is_not_json_is_400(api: Api) -> None:
    response = api.client.post(
        "/api/pay/v1/orders", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert_error(response, 400, "INVALID_REQUEST")


def test_invalid_path_parameter_is_400(api: Api) -> None:
    body = assert_error(api.client.get("/api/pay/v1/orders/bad.id"), 400, "INVALID_REQUEST")
    assert body["additional_error_details"]["source"] == "order_id"


@pytest.mark.parametrize("path", ["/api/pay/v1/nothing", "/pay/v2/orders", "/"])
def test_unknown_path_is_404(api: Api, path: str) -> None:
    assert_error(api.client.get(path), 404, "NOT_FOUND")


def test_path_outside_the_api_is_404(api: Api) -> None:
    assert_error(api.client.get("http://sandbox.plural.test/pay/v1/orders"), 404, "NOT_FOUND")


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", "/api/pay/v1/orders", "POST"),
        ("DELETE", "/api/pay/v1/orders/v1-0000000000-aa-abcdef", "GET"),
        ("POST", "/api/pay/v1/orders/v1-0000000000-aa-abcdef/capture", "PUT"),
        ("GET", "/api/auth/v1/token", "POST"),
    ],
)
def test_wrong_method_is_405_with_allow(api: Api, method: str, path: str, allowed: str) -> None:
    response = api.client.request(method, path)
    assert_error(response, 405, "METHOD_NOT_ALLOWED")
    assert response.headers["Allow"] == allowed
