"""A key the spec does not know is refused by name, with the name it may have meant.

A misspelt ``callbak_url`` used to be dropped in silence and the order created without a
callback. Request models (the spec's closed schemas) and the SDK's validation now refuse it,
before anything is sent; a field this version does not know yet goes through ``extra_body``.
Response models keep the fields they do not know, as before.
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from answers import order_answer, token_answer

import plural_client.errors
import plural_ext
from plural_client.api.orders import create_order, get_order
from plural_client.api.payments import create_payment
from plural_client.models import CreateOrderRequest, CreatePaymentRequest, OrderResponse
from plural_ext import AsyncPlural, Plural, RequestValidationError

TOKEN_PATH = "/api/auth/v1/token"
ORDERS = "/api/pay/v1/orders"
PAYMENTS = "/api/pay/v1/orders/v1-abc/payments"
CARD = "payments[0].payment_option.card_details"


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


class Recorder:
    """A Plural that records every request and answers with ``answer``."""

    def __init__(self, answer: dict[str, Any] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or order_answer()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer())
        return httpx.Response(200, json=self.answer)

    def sent(self) -> list[Any]:
        """The JSON bodies of the API requests (the token request left out)."""
        return [json.loads(r.content) for r in self.requests if r.url.path != TOKEN_PATH]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def plural(recorder: Recorder) -> Any:
    with Plural("id", "secret", transport=httpx.MockTransport(recorder), entry_points=False) as p:
        yield p


@pytest.fixture
def order(guide_examples: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(guide_examples["CreateOrderRequest"])


@pytest.fixture
def payment(guide_examples: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(guide_examples["CreatePaymentRequest"])


def refusals(
    plural: Plural, model: Callable[[dict[str, Any]], object], path: str, body: dict[str, Any]
) -> list[RequestValidationError]:
    """The errors of both layers for one body: the model's from_dict, and raw JSON sent."""
    errors = []
    with pytest.raises(RequestValidationError) as built:
        model(body)
    errors.append(built.value)
    with pytest.raises(RequestValidationError) as sent:
        plural.http.post(path, json=body)
    errors.append(sent.value)
    return errors


# --- keys the spec does not know ---------------------------------------------------------------


def test_misspelt_top_level_key_is_refused_with_the_name_meant(
    plural: Plural, recorder: Recorder, order: dict[str, Any]
) -> None:
    order["callbak_url"] = "https://merchant.test/return"

    errors = refusals(plural, CreateOrderRequest.from_dict, ORDERS, order)

    for error in errors:
        assert error.field == "callbak_url"
        assert error.rule == "is not a field of CreateOrderRequest (did you mean 'callback_url'?)"
    assert errors[1].operation == "create_order"
    assert str(errors[1]) == (
        "create_order: callbak_url: is not a field of CreateOrderRequest"
        " (did you mean 'callback_url'?)"
    )
    assert recorder.requests == []  # nothing sent, not even the token request


def test_misspelt_nested_key_is_refused_by_its_whole_path(
    plural: Plural, recorder: Recorder, payment: dict[str, Any]
) -> None:
    second = copy.deepcopy(payment["payments"][0])
    second["merchant_payment_reference"] = "second-payment"
    second["payment_option"]["card_details"]["cvvv"] = second["payment_option"]["card_details"].pop(
        "cvv"
    )
    payment["payments"].append(second)

    errors = refusals(plural, CreatePaymentRequest.from_dict, PAYMENTS, payment)

    for error in errors:
        # The second payment's: the index is the item's, not the first one.
        assert error.field == "payments[1].payment_option.card_details.cvvv"
        assert error.rule == "is not a field of CardDetails (did you mean 'cvv'?)"
        assert "4111" not in str(error)  # the card number stays out of the message
    assert recorder.requests == []


def test_key_like_no_field_is_refused_without_a_guess(
    plural: Plural, recorder: Recorder, order: dict[str, Any]
) -> None:
    order["zzz"] = 1

    for error in refusals(plural, CreateOrderRequest.from_dict, ORDERS, order):
        assert (error.field, error.rule) == ("zzz", "is not a field of CreateOrderRequest")
    assert recorder.requests == []


def test_misspelt_required_key_is_told_as_written(
    plural: Plural, recorder: Recorder, order: dict[str, Any]
) -> None:
    # "merchant_order_reference is required" would send the reader looking for a key they wrote.
    order["merchant_order_refrence"] = order.pop("merchant_order_reference")

    for error in refusals(plural, CreateOrderRequest.from_dict, ORDERS, order):
        assert error.field == "merchant_order_refrence"
        assert "did you mean 'merchant_order_reference'?" in error.rule
    assert recorder.requests == []


# --- missing keys ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("remove", "field"),
    [
        pytest.param(lambda b: b.pop("order_amount"), "order_amount", id="top-level"),
        pytest.param(
            lambda b: b["order_amount"].pop("currency"), "order_amount.currency", id="nested"
        ),
    ],
)
def test_missing_required_key_is_refused_by_name(
    plural: Plural,
    recorder: Recorder,
    order: dict[str, Any],
    remove: Callable[[dict[str, Any]], object],
    field: str,
) -> None:
    remove(order)

    for error in refusals(plural, CreateOrderRequest.from_dict, ORDERS, order):
        assert (error.field, error.rule) == (field, "is required")
    assert recorder.requests == []


# --- one error class for both layers ----------------------------------------------------------


def test_one_except_catches_the_models_and_the_validations_errors(
    order: dict[str, Any],
) -> None:
    order["callbak_url"] = "https://merchant.test/return"

    assert plural_ext.RequestValidationError is plural_client.errors.RequestValidationError
    with pytest.raises(plural_ext.RequestValidationError):
        CreateOrderRequest.from_dict(order)
    with pytest.raises(plural_ext.PluralError):
        CreateOrderRequest.from_dict(order)
    with pytest.raises(ValueError, match="callbak_url"):
        CreateOrderRequest.from_dict(order)


def test_validation_error_survives_pickling() -> None:
    # Errors cross process boundaries (multiprocessing, task queues) by pickle.
    error = RequestValidationError(
        f"{CARD}.cvvv", "is not a field of CardDetails", "create_payment"
    )

    copied = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes pickled just above

    assert type(copied) is RequestValidationError
    assert (copied.field, copied.rule, copied.operation) == (
        error.field,
        error.rule,
        "create_payment",
    )
    assert str(copied) == str(error)


# --- extra_body: fields this version does not know yet ------------------------------------------


def test_extra_body_sends_a_field_the_spec_does_not_know(
    plural: Plural, recorder: Recorder, order: dict[str, Any]
) -> None:
    body = CreateOrderRequest.from_dict(order)
    extra = {"risk_profile": {"tier": "LOW"}, "channel": "APP"}

    result = create_order.sync(client=plural.client, body=body, extra_body=extra)

    assert isinstance(result, OrderResponse)
    assert recorder.sent() == [{**order, **extra}]


def test_extra_body_in_asyncio(order: dict[str, Any]) -> None:
    recorder = Recorder()
    body = CreateOrderRequest.from_dict(order)

    async def main() -> Any:
        async with AsyncPlural(
            "id", "secret", transport=httpx.MockTransport(recorder), entry_points=False
        ) as p:
            return await create_order.asyncio_detailed(
                client=p.client, body=body, extra_body={"channel": "APP"}
            )

    response = asyncio.run(main())

    assert response.status_code == 200
    assert recorder.sent() == [{**order, "channel": "APP"}]


def test_extra_body_key_that_is_a_field_replaces_it_and_is_checked(
    plural: Plural, recorder: Recorder, guide_examples: dict[str, Any]
) -> None:
    # The extra value wins, as the caller said it last; a field the spec knows keeps its rules.
    body = CreatePaymentRequest.from_dict(guide_examples["CreatePaymentRequest"])
    payments = copy.deepcopy(guide_examples["CreatePaymentRequest"]["payments"])
    payments[0]["merchant_payment_reference"] = "from-extra-body"

    create_payment.sync(
        client=plural.client, order_id="v1-abc", body=body, extra_body={"payments": payments}
    )
    assert recorder.sent() == [{"payments": payments}]

    payments[0]["payment_amount"]["value"] = 5
    with pytest.raises(RequestValidationError) as caught:
        create_payment.sync(
            client=plural.client, order_id="v1-abc", body=body, extra_body={"payments": payments}
        )
    assert caught.value.field == "payments[0].payment_amount.value"
    assert "minimum 100" in caught.value.rule
    assert len(recorder.sent()) == 1  # the refused one was not sent


def test_extra_body_exempts_only_its_own_keys(
    plural: Plural, recorder: Recorder, order: dict[str, Any]
) -> None:
    # Raw JSON naming other keys than it carries: the unnamed unknown key is still refused.
    order["callbak_url"] = "https://merchant.test/return"

    with pytest.raises(RequestValidationError) as caught:
        plural.http.post(
            ORDERS, json=order, extensions={"plural_extra_body": frozenset({"channel"})}
        )

    assert caught.value.field == "callbak_url"
    assert recorder.requests == []


# --- responses keep what they do not know -------------------------------------------------------


def test_response_models_keep_fields_they_do_not_know() -> None:
    answer = {
        **order_answer(risk_score=12, order_amount={"value": 100, "currency": "INR", "fx": 1}),
        "meta": {"version": 4},
    }
    with Plural(
        "id", "secret", transport=httpx.MockTransport(Recorder(answer)), entry_points=False
    ) as p:
        result = get_order.sync(client=p.client, order_id="v1-abc")

    assert isinstance(result, OrderResponse)
    assert result["meta"] == {"version": 4}
    assert result.data["risk_score"] == 12
    assert result.data.order_amount["fx"] == 1
    assert result.to_dict() == answer


def test_a_misspelt_key_in_a_shape_responses_share_is_refused_before_sending() -> None:
    # Customer is open (a response may carry fields Plural added); in a request the typo
    # would be sent and ignored, the customer's email lost.
    sent: list[httpx.Request] = []
    body = {
        "merchant_order_reference": "order-typo",
        "order_amount": {"value": 1100, "currency": "INR"},
        "purchase_details": {"customer": {"emial_id": "kevin.bob@example.com"}},
    }
    with Plural(
        "id", "secret", transport=httpx.MockTransport(sent.append), entry_points=False
    ) as plural:
        order = CreateOrderRequest.from_dict(body)  # kept, as the open model keeps it...
        with pytest.raises(RequestValidationError) as caught:  # ...and refused before sending
            create_order.sync(client=plural.client, body=order)
        with pytest.raises(RequestValidationError) as raw:
            plural.http.post("/api/pay/v1/orders", json=body)

    for error in (caught.value, raw.value):
        assert error.field == "purchase_details.customer.emial_id"
        assert "did you mean 'email_id'" in error.rule
    assert sent == []
