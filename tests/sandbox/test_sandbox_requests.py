"""Requests the spec does not allow: invalid bodies, unknown paths, wrong methods."""

from __future__ import annotations

import argparse
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, Clock, assert_error, checked_client, data

from plural_client.api.orders import create_order
from plural_client.models import CreateOrderRequest, OrderResponse
from plural_ext import Plural
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
)
from plural_ext.sandbox._cli import add_parser


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


# --- Request-ID and Request-Timestamp ------------------------------------------------------

REQUEST_ID = "c17ce30f-f88e-4f81-ada1-c3b4909ed235"
REQUEST_TIMESTAMP = "2024-07-09T07:57:08.022Z"
# A credential pasted into the wrong header: it must not be printed back.
MISPLACED_TOKEN = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig"


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "plural_ext.sandbox" and record.levelno == logging.WARNING
    ]


def test_well_formed_headers_log_nothing(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="plural_ext.sandbox")
    order = data(api.create_order())
    caplog.clear()
    response = api.client.get(
        f"/api/pay/v1/orders/{order['order_id']}",
        headers={"Request-ID": REQUEST_ID.upper(), "Request-Timestamp": REQUEST_TIMESTAMP},
    )
    assert response.status_code == 200
    assert _warnings(caplog) == []


def test_the_sdk_client_sends_headers_the_sandbox_accepts(
    plural_sandbox_transport: SandboxTransport, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="plural_ext.sandbox")
    with Plural(
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        base_url=plural_sandbox_transport.base_url,
        transport=plural_sandbox_transport,
        entry_points=False,
    ) as plural:
        reference = "headers-sdk-1"
        body = CreateOrderRequest.from_dict(
            {
                "merchant_order_reference": reference,
                "order_amount": {"value": 1100, "currency": "INR"},
            }
        )
        assert isinstance(create_order.sync(client=plural.client, body=body), OrderResponse)
    assert _warnings(caplog) == []


def test_missing_headers_are_logged_one_line_each_and_the_call_goes_on(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="plural_ext.sandbox")
    order = data(api.create_order())
    caplog.clear()
    response = api.client.get(f"/api/pay/v1/orders/{order['order_id']}")
    assert response.status_code == 200
    assert _warnings(caplog) == [
        "plural sandbox: get_order: the Request-ID header is missing",
        "plural sandbox: get_order: the Request-Timestamp header is missing",
    ]


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Request-ID", "not-a-uuid"),
        ("Request-ID", "c17ce30ff88e4f81ada1c3b4909ed235"),
        ("Request-ID", "{c17ce30f-f88e-4f81-ada1-c3b4909ed235}"),
        ("Request-ID", "c17ce30f-f88e-4f81-ada1-c3b4909ed23g"),
        ("Request-ID", f"{REQUEST_ID}, {REQUEST_ID}"),
        ("Request-ID", MISPLACED_TOKEN),
        ("Request-ID", " "),
        ("Request-Timestamp", "2024-07-09T07:57:08Z"),
        ("Request-Timestamp", "2024-07-09T07:57:08.0221Z"),
        ("Request-Timestamp", "2024-07-09T07:57:08.022+00:00"),
        ("Request-Timestamp", "2024-07-09 07:57:08.022Z"),
        ("Request-Timestamp", "2024-13-09T07:57:08.022Z"),
        ("Request-Timestamp", "2024-02-30T07:57:08.022Z"),
        ("Request-Timestamp", "1720511828022"),
        ("Request-Timestamp", MISPLACED_TOKEN),
    ],
)
def test_an_ill_formed_header_is_logged_without_its_value(
    api: Api, caplog: pytest.LogCaptureFixture, header: str, value: str
) -> None:
    caplog.set_level(logging.WARNING, logger="plural_ext.sandbox")
    headers = {"Request-ID": REQUEST_ID, "Request-Timestamp": REQUEST_TIMESTAMP, header: value}
    order = data(api.create_order())
    caplog.clear()
    response = api.client.get(f"/api/pay/v1/orders/{order['order_id']}", headers=headers)
    assert response.status_code == 200
    [line] = _warnings(caplog)
    assert line.startswith(f"plural sandbox: get_order: the {header} header is ")
    assert "missing" not in line
    if value.strip():
        assert value.strip() not in caplog.text
    assert "eyJ" not in caplog.text


def _strict_api(clock: Clock) -> Iterator[Api]:
    config = SandboxConfig(now=clock, strict_headers=True)
    with (
        Sandbox(config) as sandbox,
        checked_client(SandboxTransport(sandbox), SandboxTransport.base_url) as client,
    ):
        client.headers.update({"Request-ID": REQUEST_ID, "Request-Timestamp": REQUEST_TIMESTAMP})
        yield Api(client, sandbox).login()


@pytest.fixture
def strict(clock: Clock) -> Iterator[Api]:
    yield from _strict_api(clock)


def test_strict_headers_accept_well_formed_ones(strict: Api) -> None:
    order = data(strict.create_order())
    assert strict.get(order["order_id"])["order_id"] == order["order_id"]


@pytest.mark.parametrize(
    ("header", "value", "reason"),
    [
        ("Request-ID", None, "is missing"),
        ("Request-ID", "42", "is not a UUID"),
        ("Request-Timestamp", None, "is missing"),
        ("Request-Timestamp", "2024-07-09T07:57:08Z", "is not ISO-8601 UTC with milliseconds"),
    ],
)
def test_strict_headers_refuse_a_bad_one_with_400_naming_it(
    strict: Api, header: str, value: str | None, reason: str
) -> None:
    if value is None:
        del strict.client.headers[header]
    else:
        strict.client.headers[header] = value
    body = {
        "merchant_order_reference": "strict-1",
        "order_amount": {"value": 1100, "currency": "INR"},
    }
    error = assert_error(
        strict.client.post("/api/pay/v1/orders", json=body), 400, "INVALID_REQUEST"
    )
    assert header in error["message"] and reason in error["message"]
    details = error["additional_error_details"]
    assert details["source"] == header
    assert details["step"] == "create_order"
    assert details["reason"].startswith(reason)
    if value is not None:
        assert value not in str(error)
    # Refused before anything happened; the token call is refused alike.
    assert strict.sandbox.orders() == []
    token = strict.client.post(
        "/api/auth/v1/token",
        json={
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
            "grant_type": "client_credentials",
        },
    )
    assert (
        assert_error(token, 400, "INVALID_REQUEST")["additional_error_details"]["source"] == header
    )


def test_pages_for_the_customer_are_not_api_calls(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="plural_ext.sandbox")
    order = data(api.create_order())
    pending = data(api.pay(order["order_id"]))
    caplog.clear()
    with httpx.Client(transport=api.client._transport, base_url=api.client.base_url) as browser:
        assert browser.get(pending["challenge_url"]).status_code == 200
    assert _warnings(caplog) == []


def test_plural_sandbox_strict_headers_flag(capsys: pytest.CaptureFixture[str]) -> None:
    """``plural sandbox --strict-headers --callback-method GET`` serves a sandbox set so."""
    parser = argparse.ArgumentParser(prog="plural")
    add_parser(parser.add_subparsers(dest="command"))
    argv = ["sandbox", "--port", "0", "--strict-headers", "--callback-method", "GET"]
    args = parser.parse_args(argv)
    stop = threading.Event()
    thread = threading.Thread(target=lambda: args.func(args, stop=stop), daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        out = ""
        while "Ctrl-C" not in out and time.monotonic() < deadline:
            time.sleep(0.02)
            out += capsys.readouterr().out
        assert "a 303 redirect" in out
        base_url = out.split("Plural sandbox at ", 1)[1].split()[0]
        token = {
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
            "grant_type": "client_credentials",
        }
        url = base_url + "/api/auth/v1/token"
        refused = httpx.post(url, json=token, trust_env=False)
        assert refused.status_code == 400
        assert refused.json()["additional_error_details"]["source"] == "Request-ID"
        headers = {"Request-ID": REQUEST_ID, "Request-Timestamp": REQUEST_TIMESTAMP}
        accepted = httpx.post(url, json=token, headers=headers, trust_env=False)
        assert set(accepted.json()) == {"access_token", "expires_at"}
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
