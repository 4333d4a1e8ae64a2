"""Requests that break the spec's rules are refused before anything is sent, token included."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from answers import order_answer, token_answer

from plural_client.api.orders import (
    cancel_order,
    capture_order,
    create_order,
    get_order,
    get_order_by_reference,
)
from plural_client.api.payments import create_payment
from plural_client.api.refunds import create_refund
from plural_client.models import (
    CaptureRequest,
    CreateOrderRequest,
    CreatePaymentRequest,
    OrderResponse,
    RefundRequest,
)
from plural_ext import AsyncPlural, Plural, RequestValidationError

CARD = "4111111111111111"
AMOUNT = "order_amount.value"
CARD_FIELD = "payments[0].payment_option.card_details"


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/api/auth/v1/token"):
            return httpx.Response(200, json=token_answer())
        return httpx.Response(200, json=order_answer())


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def plural(recorder: Recorder) -> Any:
    with Plural("id", "secret", transport=httpx.MockTransport(recorder), entry_points=False) as p:
        yield p


def changed(example: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    body = copy.deepcopy(example)
    change(body)
    return body


def set_amount(value: object) -> Callable[[dict[str, Any]], None]:
    return lambda body: body["order_amount"].__setitem__("value", value)


def set_reference(value: str) -> Callable[[dict[str, Any]], None]:
    return lambda body: body.__setitem__("merchant_order_reference", value)


def set_card(name: str, value: str) -> Callable[[dict[str, Any]], None]:
    return lambda body: body["payments"][0]["payment_option"]["card_details"].__setitem__(
        name, value
    )


ORDER_CASES = [
    pytest.param(set_amount(99), AMOUNT, "minimum 100", id="amount-99"),
    pytest.param(set_amount(100000001), AMOUNT, "maximum 100000000", id="amount-too-big"),
    pytest.param(set_reference("order 1"), "merchant_order_reference", "pattern", id="ref-space"),
    pytest.param(set_reference("a" * 51), "merchant_order_reference", "maxLength 50", id="ref-51"),
    pytest.param(set_reference(""), "merchant_order_reference", "minLength 1", id="ref-empty"),
    pytest.param(
        lambda body: body["order_amount"].__setitem__("currency", "inr"),
        "order_amount.currency",
        "pattern",
        id="currency-lowercase",
    ),
    pytest.param(
        lambda body: body.__setitem__("allowed_payment_methods", ["CASH"]),
        "allowed_payment_methods[0]",
        "CARD",
        id="unknown-payment-method",
    ),
]


@pytest.mark.parametrize(("change", "field", "rule"), ORDER_CASES)
def test_bad_order_is_refused_before_sending(
    plural: Plural,
    recorder: Recorder,
    guide_examples: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    field: str,
    rule: str,
) -> None:
    body = CreateOrderRequest.from_dict(changed(guide_examples["CreateOrderRequest"], change))

    with pytest.raises(RequestValidationError) as caught:
        create_order.sync(client=plural.client, body=body)

    assert caught.value.field == field
    assert rule in caught.value.rule
    assert caught.value.operation == "create_order"
    assert field in str(caught.value)
    assert recorder.requests == []  # nothing sent, not even the token request


def test_amount_of_another_type_is_read_or_refused_by_name(guide_examples: dict[str, Any]) -> None:
    # Amount is a shape of requests and responses alike, and Plural writes numbers as strings
    # at times: an unambiguous string is read as the integer it writes, anything else refused.
    example = guide_examples["CreateOrderRequest"]
    body = CreateOrderRequest.from_dict(changed(example, set_amount("1100")))
    assert body.order_amount.value == 1100

    with pytest.raises(TypeError, match="value must be an integer, not float"):
        CreateOrderRequest.from_dict(changed(example, set_amount(100.5)))


PAYMENT_CASES = [
    pytest.param("card_number", "4111 1111 1111 1111", "pattern", id="card-spaces"),
    pytest.param("card_number", "41111111111", "pattern", id="card-11-digits"),
    pytest.param("card_number", "4111abcd11111111", "pattern", id="card-letters"),
    pytest.param("card_number", "41111111111111111111", "pattern", id="card-20-digits"),
    pytest.param("expiry_month", "13", "pattern", id="month-13"),
    pytest.param("expiry_month", "4", "pattern", id="month-one-digit"),
    pytest.param("expiry_year", "29", "pattern", id="year-two-digits"),
    pytest.param("cvv", "12", "pattern", id="cvv-two-digits"),
]


@pytest.mark.parametrize(("name", "value", "rule"), PAYMENT_CASES)
def test_bad_card_is_refused_before_sending(
    plural: Plural,
    recorder: Recorder,
    guide_examples: dict[str, Any],
    name: str,
    value: str,
    rule: str,
) -> None:
    body = CreatePaymentRequest.from_dict(
        changed(guide_examples["CreatePaymentRequest"], set_card(name, value))
    )

    with pytest.raises(RequestValidationError) as caught:
        create_payment.sync(client=plural.client, order_id="v1-abc", body=body)

    error = caught.value
    assert error.field == f"{CARD_FIELD}.{name}"
    assert rule in error.rule
    assert recorder.requests == []
    # The message names the field and the rule, never the card's data.
    for text in (str(error), repr(error), error.rule, error.field):
        assert value not in text
        assert CARD not in text
        assert "4111 1111" not in text


def test_missing_card_number_is_refused_by_name(
    plural: Plural, recorder: Recorder, guide_examples: Any
) -> None:
    body = changed(
        guide_examples["CreatePaymentRequest"],
        lambda b: b["payments"][0]["payment_option"]["card_details"].pop("card_number"),
    )

    # The generated model refuses to be built without a card number, naming it by its path...
    with pytest.raises(RequestValidationError) as built:
        CreatePaymentRequest.from_dict(body)
    # ...and a request made on the httpx client directly is checked like a generated one.
    with pytest.raises(RequestValidationError) as caught:
        plural.http.post("/api/pay/v1/orders/v1-abc/payments", json=body)

    for error in (built.value, caught.value):
        assert error.field == f"{CARD_FIELD}.card_number"
        assert error.rule == "is required"
    assert recorder.requests == []


@pytest.mark.parametrize("omitted", ["cvv", "expiry_month", "expiry_year"])
def test_card_fields_saved_card_flows_omit_are_optional(
    plural: Plural, recorder: Recorder, guide_examples: Any, omitted: str
) -> None:
    # Plural's models require only the card number: saved-card and token flows leave these out.
    body = changed(
        guide_examples["CreatePaymentRequest"],
        lambda b: b["payments"][0]["payment_option"]["card_details"].pop(omitted),
    )

    create_payment.sync(
        client=plural.client, order_id="v1-abc", body=CreatePaymentRequest.from_dict(body)
    )

    sent = json.loads(recorder.requests[-1].content)
    assert omitted not in sent["payments"][0]["payment_option"]["card_details"]


def test_unknown_field_is_refused(plural: Plural, recorder: Recorder, guide_examples: Any) -> None:
    body = changed(guide_examples["CreateOrderRequest"], lambda b: b.__setitem__("amount", 1100))

    with pytest.raises(RequestValidationError):
        plural.http.post("/api/pay/v1/orders", json=body)

    assert recorder.requests == []


@pytest.mark.parametrize(
    "order_id",
    [
        pytest.param("", id="empty"),
        pytest.param("v1 abc", id="space"),
        pytest.param("v1/abc", id="slash"),
        pytest.param("../../auth/v1/token", id="traversal"),
        pytest.param("x/capture", id="other-operation"),
        pytest.param("%41bc", id="percent-encoded"),
        pytest.param("a" * 51, id="too-long"),
        pytest.param("v1-abc?x=1", id="query"),
        pytest.param("v1-äbc", id="non-ascii"),
    ],
)
def test_bad_order_id_is_refused_before_sending(
    plural: Plural, recorder: Recorder, guide_examples: Any, order_id: str
) -> None:
    capture = CaptureRequest.from_dict(guide_examples["CaptureRequest"])
    calls: list[Callable[[], Any]] = [
        lambda: get_order.sync(client=plural.client, order_id=order_id),
        lambda: cancel_order.sync(client=plural.client, order_id=order_id),
        lambda: capture_order.sync(client=plural.client, order_id=order_id, body=capture),
    ]
    for make_call in calls:
        with pytest.raises(RequestValidationError) as caught:
            make_call()
        assert caught.value.field == "order_id"

    assert recorder.requests == []


def test_a_refused_request_sent_again_is_refused_again(plural: Plural, recorder: Recorder) -> None:
    # A request built elsewhere is checked when sent; one refused must not pass the second time.
    request = httpx.Request("GET", plural.settings.base_url + "/api/pay/v1/orders/not valid")
    for _ in range(2):
        with pytest.raises(RequestValidationError) as caught:
            plural.http.send(request)
        assert caught.value.field == "order_id"

    assert recorder.requests == []


def test_bad_reference_path_param_is_refused(plural: Plural, recorder: Recorder) -> None:
    with pytest.raises(RequestValidationError) as caught:
        get_order_by_reference.sync(client=plural.client, merchant_order_reference="my order")

    assert caught.value.field == "merchant_order_reference"
    assert recorder.requests == []


def test_refund_amount_is_checked(plural: Plural, recorder: Recorder) -> None:
    body = RefundRequest.from_dict(
        {"merchant_order_reference": "refund-1", "order_amount": {"value": 50, "currency": "INR"}}
    )

    with pytest.raises(RequestValidationError) as caught:
        create_refund.sync(client=plural.client, order_id="v1-abc", body=body)

    assert caught.value.field == AMOUNT
    assert "minimum 100" in caught.value.rule
    assert recorder.requests == []


def test_validation_error_is_a_value_error(plural: Plural, guide_examples: Any) -> None:
    body = CreateOrderRequest.from_dict(
        changed(guide_examples["CreateOrderRequest"], set_amount(99))
    )

    with pytest.raises(ValueError, match=r"order_amount\.value"):
        create_order.sync(client=plural.client, body=body)


def test_async_client_refuses_before_sending(guide_examples: dict[str, Any]) -> None:
    recorder = Recorder()
    body = CreateOrderRequest.from_dict(
        changed(guide_examples["CreateOrderRequest"], set_amount(99))
    )
    payment = CreatePaymentRequest.from_dict(
        changed(guide_examples["CreatePaymentRequest"], set_card("expiry_month", "13"))
    )

    async def main() -> list[RequestValidationError]:
        errors = []
        async with AsyncPlural(
            "id", "secret", transport=httpx.MockTransport(recorder), entry_points=False
        ) as p:
            for call in (
                create_order.asyncio(client=p.client, body=body),
                create_payment.asyncio(client=p.client, order_id="v1-abc", body=payment),
                get_order.asyncio(client=p.client, order_id="v1/abc"),
            ):
                with pytest.raises(RequestValidationError) as caught:
                    await call
                errors.append(caught.value)
        return errors

    errors = asyncio.run(main())

    assert [(e.field, e.operation) for e in errors] == [
        (AMOUNT, "create_order"),
        (f"{CARD_FIELD}.expiry_month", "create_payment"),
        ("order_id", "get_order"),
    ]
    assert recorder.requests == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_valid_guide_requests_pass(guide_examples: dict[str, Any], mode: str) -> None:
    recorder = Recorder()
    order = CreateOrderRequest.from_dict(guide_examples["CreateOrderRequest"])
    payment = CreatePaymentRequest.from_dict(guide_examples["CreatePaymentRequest"])
    capture = CaptureRequest.from_dict(guide_examples["CaptureRequest"])
    refund = RefundRequest.from_dict({"merchant_order_reference": "refund-1"})

    if mode == "sync":
        with Plural(
            "id", "secret", transport=httpx.MockTransport(recorder), entry_points=False
        ) as p:
            results = [
                create_order.sync(client=p.client, body=order),
                create_payment.sync(
                    client=p.client, order_id="v1-4405071524-aa-qlAtAf", body=payment
                ),
                capture_order.sync(
                    client=p.client, order_id="v1-5757575757-aa-hU1rUd", body=capture
                ),
                cancel_order.sync(client=p.client, order_id="v1-5757575757-aa-hU1rUd"),
                get_order.sync(client=p.client, order_id="v1-4405071524-aa-qlAtAf"),
                get_order_by_reference.sync(client=p.client, merchant_order_reference="112345"),
                create_refund.sync(client=p.client, order_id="v1-abc", body=refund),
            ]
    else:

        async def main() -> list[Any]:
            async with AsyncPlural(
                "id", "secret", transport=httpx.MockTransport(recorder), entry_points=False
            ) as p:
                return [
                    await create_order.asyncio(client=p.client, body=order),
                    await create_payment.asyncio(
                        client=p.client, order_id="v1-4405071524-aa-qlAtAf", body=payment
                    ),
                    await capture_order.asyncio(
                        client=p.client, order_id="v1-5757575757-aa-hU1rUd", body=capture
                    ),
                ]

        results = asyncio.run(main())

    assert all(isinstance(result, OrderResponse) for result in results)
    api = [r for r in recorder.requests if not r.url.path.endswith("/api/auth/v1/token")]
    assert len(api) == len(results)
    assert json.loads(api[0].content) == guide_examples["CreateOrderRequest"]
    assert json.loads(api[1].content) == guide_examples["CreatePaymentRequest"]


# --- query parameters ------------------------------------------------------------------------


def test_query_parameters_are_checked_before_sending(plural: Plural, recorder: Recorder) -> None:
    from plural_client.api.customers import find_customer

    with pytest.raises(RequestValidationError) as caught:
        find_customer.sync(
            client=plural.client,
            country_code="91",
            mobile_number="98765 43210",
            merchant_customer_reference="cust-1",
        )

    assert caught.value.field == "mobile_number"
    assert caught.value.operation == "find_customer"
    assert "98765" not in str(caught.value)  # the rule is named, never the value
    assert recorder.requests == []


def test_missing_required_query_parameter_is_refused(plural: Plural, recorder: Recorder) -> None:
    with pytest.raises(RequestValidationError) as caught:
        plural.http.get(
            "/api/v1/customer", params={"country_code": "91", "mobile_number": "9876543210"}
        )

    assert (caught.value.field, caught.value.rule) == ("merchant_customer_reference", "is required")
    assert recorder.requests == []


def test_typed_query_parameters_are_read_as_their_type(plural: Plural, recorder: Recorder) -> None:
    # The query string is text: "2" is the integer a page number must be, "two" is not.
    from plural_client.api.plans import list_plans

    list_plans.sync(client=plural.client, page=2, size=10)
    assert recorder.requests[-1].url.params["page"] == "2"

    with pytest.raises(RequestValidationError) as caught:
        plural.http.get("/ps/api/v1/public/plans", params={"page": "two"})
    assert caught.value.field == "page" and "integer" in caught.value.rule
