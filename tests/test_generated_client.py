"""The generated client parses Plural's documented responses into typed models.

Each sample of the integration guide is served through an in-memory
``httpx.MockTransport``, parsed by the generated endpoint function, and must
come back field for field from ``to_dict()``.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from answers import order_answer, payment

from plural_client import AuthenticatedClient, Client
from plural_client.api.auth import generate_token
from plural_client.api.orders import cancel_order, capture_order, create_order, get_order
from plural_client.api.payments import create_payment
from plural_client.errors import InvalidResponseError, PluralError
from plural_client.models import (
    CaptureRequest,
    CreateOrderRequest,
    CreatePaymentRequest,
    Order,
    OrderResponse,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
    TokenRequest,
    TokenResponse,
)
from plural_client.types import UNSET

BASE_URL = "https://pluraluat.v2.pinepg.in"


def serve(body: Any, seen: list[httpx.Request], status: int = 200) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return httpx.MockTransport(handler)


def authenticated(transport: httpx.MockTransport) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL, token="t0k3n", httpx_args={"transport": transport}
    )


def test_token_sample_parses_and_round_trips(guide_examples: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    client = Client(
        base_url=BASE_URL, httpx_args={"transport": serve(guide_examples["TokenResponse"], seen)}
    )
    body = TokenRequest.from_dict(guide_examples["TokenRequest"])

    token = generate_token.sync(client=client, body=body)

    assert isinstance(token, TokenResponse)
    assert token.expires_in == 3600
    assert token.to_dict() == guide_examples["TokenResponse"]
    assert seen[0].url == f"{BASE_URL}/api/auth/v1/token"
    assert json.loads(seen[0].content) == guide_examples["TokenRequest"]
    assert "Authorization" not in seen[0].headers


def test_token_with_expires_at_parses() -> None:
    seen: list[httpx.Request] = []
    body = {"access_token": "abc", "expires_at": "2024-07-09T08:57:08.022Z"}
    client = Client(base_url=BASE_URL, httpx_args={"transport": serve(body, seen)})

    token = generate_token.sync(
        client=client,
        body=TokenRequest.from_dict(
            {"client_id": "id", "client_secret": "s", "grant_type": "client_credentials"}
        ),
    )

    assert isinstance(token, TokenResponse)
    assert token.expires_at == datetime.datetime(2024, 7, 9, 8, 57, 8, 22000, tzinfo=datetime.UTC)


Call = Callable[[AuthenticatedClient, dict[str, Any]], Any]

ORDER_CALLS: dict[str, tuple[str, str | None, Call, str, str]] = {
    # response example: (request example, call, method, path)
    "CreateOrderResponse": (
        "CreateOrderResponse",
        "CreateOrderRequest",
        lambda c, b: create_order.sync(client=c, body=CreateOrderRequest.from_dict(b)),
        "POST",
        "/api/pay/v1/orders",
    ),
    "CreatePaymentResponse": (
        "CreatePaymentResponse",
        "CreatePaymentRequest",
        lambda c, b: create_payment.sync(
            client=c, order_id="v1-4405071524-aa-qlAtAf", body=CreatePaymentRequest.from_dict(b)
        ),
        "POST",
        "/api/pay/v1/orders/v1-4405071524-aa-qlAtAf/payments",
    ),
    "CaptureResponse": (
        "CaptureResponse",
        "CaptureRequest",
        lambda c, b: capture_order.sync(
            client=c, order_id="v1-5757575757-aa-hU1rUd", body=CaptureRequest.from_dict(b)
        ),
        "PUT",
        "/api/pay/v1/orders/v1-5757575757-aa-hU1rUd/capture",
    ),
    "CancelResponse": (
        "CancelResponse",
        None,
        lambda c, b: cancel_order.sync(client=c, order_id="v1-5757575757-aa-hU1rUd"),
        "PUT",
        "/api/pay/v1/orders/v1-5757575757-aa-hU1rUd/cancel",
    ),
}


@pytest.mark.parametrize("name", sorted(ORDER_CALLS))
def test_documented_order_responses_parse_field_for_field(
    name: str, guide_examples: dict[str, Any]
) -> None:
    response_name, request_name, call, method, path = ORDER_CALLS[name]
    documented = guide_examples[response_name]
    request_body = guide_examples[request_name] if request_name else {}
    seen: list[httpx.Request] = []

    result = call(authenticated(serve(documented, seen)), request_body)

    assert isinstance(result, OrderResponse)
    assert isinstance(result.data, Order)
    assert isinstance(result.data.status, OrderStatus)
    assert result.to_dict() == documented
    assert seen[0].method == method
    assert seen[0].url.path == path
    assert seen[0].headers["Authorization"] == "Bearer t0k3n"
    if request_name:
        assert json.loads(seen[0].content) == request_body


def test_typed_fields_of_the_payment_sample(guide_examples: dict[str, Any]) -> None:
    order = OrderResponse.from_dict(guide_examples["CreatePaymentResponse"]).data
    assert isinstance(order, Order)
    payment = order.payments[0]  # type: ignore[index]
    assert order.status is OrderStatus.PENDING
    assert payment.status is PaymentStatus.PENDING
    assert payment.payment_method is PaymentMethod.CARD
    assert payment.payment_amount.value == 1100  # type: ignore[union-attr]
    assert payment.created_at == datetime.datetime(
        2024, 7, 11, 7, 53, 43, 358000, tzinfo=datetime.UTC
    )
    assert order.challenge_url.startswith("https://api.pluralpay.in/web/auth/landing/")  # type: ignore[union-attr]


def test_unknown_statuses_and_fields_parse_and_are_kept(guide_examples: dict[str, Any]) -> None:
    future = copy.deepcopy(guide_examples["CaptureResponse"])
    future["data"]["status"] = "PARTIALLY_CAPTURED"
    future["data"]["type"] = "SPLIT"
    future["data"]["risk_score"] = {"value": 7, "band": "LOW"}
    future["data"]["payments"][0]["status"] = "ON_HOLD"
    future["data"]["payments"][0]["payment_method"] = "BNPL"
    future["data"]["payments"][0]["settlement"] = {"utr": "UTR123"}
    future["data"]["allowed_payment_methods"].append("CRYPTO")
    future["meta"] = {"page": 1}
    seen: list[httpx.Request] = []

    result = get_order.sync(
        client=authenticated(serve(future, seen)), order_id="v1-5757575757-aa-hU1rUd"
    )

    assert isinstance(result, OrderResponse)
    order = result.data
    assert isinstance(order, Order)
    assert order.status == "PARTIALLY_CAPTURED"
    assert isinstance(order.status, OrderStatus)
    assert not order.status.is_known
    assert OrderStatus.PROCESSED.is_known
    assert order.payments[0].status == "ON_HOLD"  # type: ignore[index]
    assert order["risk_score"] == {"value": 7, "band": "LOW"}
    assert result["meta"] == {"page": 1}
    assert result.to_dict() == future


def test_unknown_enum_value_equals_itself_and_not_a_known_member() -> None:
    assert OrderStatus("PARTIALLY_CAPTURED") == OrderStatus("PARTIALLY_CAPTURED")
    assert OrderStatus("PARTIALLY_CAPTURED") != OrderStatus.PROCESSED
    assert str(OrderStatus("PARTIALLY_CAPTURED")) == "PARTIALLY_CAPTURED"
    assert OrderStatus("PROCESSED") is OrderStatus.PROCESSED


@pytest.mark.parametrize(
    ("status", "body"),
    [
        pytest.param(200, b'{"data": {"order_id": "v1-', id="truncated-json"),
        pytest.param(200, b"<html>Bad gateway</html>", id="html-200"),
        pytest.param(
            200, json.dumps(order_answer(payments="oops")).encode(), id="string-for-array"
        ),
        pytest.param(520, b"<html>origin error</html>", id="status-no-rfc-names"),
    ],
)
def test_generated_client_alone_raises_a_typed_error_on_unreadable_responses(
    status: int, body: bytes
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body)

    client = authenticated(httpx.MockTransport(handler))

    with pytest.raises(PluralError) as caught:
        get_order.sync(client=client, order_id="v1-abc")

    assert isinstance(caught.value, InvalidResponseError)
    assert caught.value.status_code == status
    assert b"<html>" not in str(caught.value).encode()


def test_model_reprs_never_show_card_numbers_cvvs_or_secrets(
    guide_examples: dict[str, Any],
) -> None:
    payment = CreatePaymentRequest.from_dict(guide_examples["CreatePaymentRequest"])
    credentials = TokenRequest.from_dict(guide_examples["TokenRequest"])
    token = TokenResponse.from_dict(guide_examples["TokenResponse"])

    shown = " ".join(repr(model) for model in (payment, credentials, token))

    assert "4111111111111111" not in shown
    assert "411111******1111" in shown  # what PCI DSS allows to be shown
    assert "'272'" not in shown  # the CVV
    assert guide_examples["TokenRequest"]["client_secret"] not in shown
    assert guide_examples["TokenResponse"]["access_token"] not in shown
    assert "cvv='***'" in shown and "access_token='***'" in shown
    # The values themselves are untouched: only the repr masks them.
    card = payment.payments[0].payment_option.card_details  # type: ignore[union-attr]
    assert card.card_number == "4111111111111111" and card.cvv == "272"
    assert payment.to_dict() == guide_examples["CreatePaymentRequest"]


def test_unknown_secret_fields_are_masked_in_reprs_too(guide_examples: dict[str, Any]) -> None:
    future = copy.deepcopy(guide_examples["CreateOrderResponse"])
    future["data"]["order_token"] = "kept-but-not-secret-by-name"
    future["data"]["access_token"] = "tok-PLANTED-in-an-unknown-field"
    future["data"]["card_number"] = "5555555555554444"

    order = OrderResponse.from_dict(future).data
    shown = repr(order)

    assert "tok-PLANTED-in-an-unknown-field" not in shown
    assert "5555555555554444" not in shown and "555555******4444" in shown
    assert order["access_token"] == "tok-PLANTED-in-an-unknown-field"  # kept, only not shown


# --- scalars Plural sends as strings -------------------------------------------------------


def _order_with(guide_examples: dict[str, Any], **fields: Any) -> dict[str, Any]:
    body = copy.deepcopy(guide_examples["CreateOrderResponse"])
    body["data"].update(fields)
    return body


def test_unambiguous_strings_are_read_as_the_scalars_they_write(
    guide_examples: dict[str, Any],
) -> None:
    # A REFUND_FAILED webhook carries "pre_auth": "false"; a typed bool must not hold it (it is truthy).
    body = _order_with(guide_examples, pre_auth="false", part_payment="true")
    body["data"]["payment_retries_remaining"] = "2"
    body["data"]["payments"] = [payment(payment_amount={"value": "1100", "currency": "INR"})]

    order = get_order.sync(client=authenticated(serve(body, [])), order_id="v1-abc")

    assert isinstance(order, OrderResponse) and isinstance(order.data, Order)
    assert order.data.pre_auth is False and order.data.part_payment is True
    assert order.data.payment_retries_remaining == 2
    assert order.data.payments and order.data.payments[0].payment_amount.value == 1100  # type: ignore[union-attr]


def test_null_scalars_read_as_absent(guide_examples: dict[str, Any]) -> None:
    order = get_order.sync(
        client=authenticated(serve(_order_with(guide_examples, pre_auth=None), [])),
        order_id="v1-abc",
    )

    assert isinstance(order, OrderResponse) and isinstance(order.data, Order)
    assert order.data.pre_auth is UNSET


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [
        ("pre_auth", "no", "a boolean"),
        ("pre_auth", 0, "a boolean"),
        ("payment_retries_remaining", "2.5", "an integer"),
    ],
)
def test_ambiguous_scalars_are_an_invalid_response_naming_the_field(
    guide_examples: dict[str, Any], field: str, value: object, kind: str
) -> None:
    with pytest.raises(InvalidResponseError) as caught:
        get_order.sync(
            client=authenticated(serve(_order_with(guide_examples, **{field: value}), [])),
            order_id="v1-abc",
        )

    assert f"{field} must be {kind}" in str(caught.value)
    if isinstance(value, str):
        assert repr(value) not in str(caught.value)  # the field is named, its value never told
