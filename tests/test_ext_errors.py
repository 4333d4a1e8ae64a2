"""Typed errors: whatever Plural (or a proxy in front of it) answers, a PluralError comes out."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from answers import ORDER_ID, order_answer, payment, token_answer

from plural_client.api.orders import cancel_order, capture_order, create_order, get_order
from plural_client.api.payments import create_payment
from plural_client.models import (
    CaptureRequest,
    CreateOrderRequest,
    CreatePaymentRequest,
    OrderResponse,
    OrderStatus,
    PaymentStatus,
)
from plural_ext import (
    APIError,
    AsyncPlural,
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    Plural,
    PluralError,
    RateLimitError,
    ServerError,
    TransportError,
)

TOKEN_PATH = "/api/auth/v1/token"
HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    b"</h1></center><hr><center>nginx/1.25.3</center></body></html>"
)


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


Answer = Callable[[httpx.Request], httpx.Response]


class Server:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.api: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer())
        self.api.append(request)
        return self.answer(request)


def as_bytes(body: dict[str, Any]) -> bytes:
    return json.dumps(body).encode()


def answer(
    status: int, content: bytes, content_type: str = "application/json", **headers: str
) -> Answer:
    return lambda request: httpx.Response(
        status, content=content, headers={"Content-Type": content_type, **headers}
    )


@pytest.fixture(params=["sync", "async"])
def get(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """``get(answer, **kwargs)``: one get_order against a server giving ``answer``."""

    def run(reply: Answer, **kwargs: Any) -> Any:
        server = Server(reply)
        kwargs.setdefault("entry_points", False)
        kwargs.setdefault("max_attempts", 1)
        if request.param == "sync":
            with Plural("id", "secret", transport=httpx.MockTransport(server), **kwargs) as p:
                return get_order.sync(client=p.client, order_id="v1-abc")

        async def main() -> Any:
            async with AsyncPlural(
                "id", "secret", transport=httpx.MockTransport(server), **kwargs
            ) as p:
                return await get_order.asyncio(client=p.client, order_id="v1-abc")

        return asyncio.run(main())

    return run


# --- Plural's documented error body --------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (409, InvalidRequestError),
        (422, InvalidRequestError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_documented_error_body_gives_typed_error(
    get: Callable[..., Any], status: int, kind: type[APIError]
) -> None:
    sent: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Request-ID"])
        return httpx.Response(
            status,
            json={
                "code": "ORDER_NOT_FOUND",
                "message": "Order not found for the given order id",
                "additional_error_details": {"source": "orders", "step": "lookup"},
            },
        )

    with pytest.raises(kind) as caught:
        get(reply)

    error = caught.value
    assert type(error) is kind
    assert error.status_code == status
    assert error.code == "ORDER_NOT_FOUND"
    assert error.message == "Order not found for the given order id"
    assert error.request_id == sent[-1]  # the Request-ID sent, for Plural's support
    assert error.details == {"source": "orders", "step": "lookup"}
    assert "ORDER_NOT_FOUND" in str(error)
    assert sent[-1] in str(error)


def test_request_id_echoed_by_plural_is_preferred(get: Callable[..., Any]) -> None:
    reply = answer(
        404, b'{"code": "ORDER_NOT_FOUND", "message": "no"}', **{"Request-ID": "plural-side-id"}
    )

    with pytest.raises(NotFoundError) as caught:
        get(reply)

    assert caught.value.request_id == "plural-side-id"


def test_html_502_from_a_proxy_is_a_server_error(get: Callable[..., Any]) -> None:
    with pytest.raises(ServerError) as caught:
        get(answer(502, HTML_502, "text/html"))

    error = caught.value
    assert error.status_code == 502
    assert error.code is None
    assert "<html" not in error.message
    assert "nginx" not in str(error)
    assert "text/html" in error.message
    assert error.__cause__ is None or not isinstance(error.__cause__, json.JSONDecodeError)


@pytest.mark.parametrize(("status", "kind"), [(499, InvalidRequestError), (520, ServerError)])
def test_undocumented_statuses_are_typed(
    get: Callable[..., Any], status: int, kind: type[APIError]
) -> None:
    with pytest.raises(kind) as caught:
        get(answer(status, b""))

    assert caught.value.status_code == status
    assert caught.value.code is None
    assert str(status) in caught.value.message


def test_error_with_non_string_fields_keeps_the_status(get: Callable[..., Any]) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        get(answer(400, b'{"code": 17, "message": ["a", "b"]}'))

    assert caught.value.status_code == 400
    assert caught.value.code is None
    assert "400" in caught.value.message


# --- success bodies that do not parse --------------------------------------------------------


def test_truncated_json_is_invalid_response(get: Callable[..., Any]) -> None:
    with pytest.raises(InvalidResponseError) as caught:
        get(answer(200, b'{"data": {"order_id": "v1-abc", "stat'))

    assert caught.value.status_code == 200
    assert caught.value.request_id


def test_html_with_200_is_invalid_response(get: Callable[..., Any]) -> None:
    with pytest.raises(InvalidResponseError) as caught:
        get(answer(200, b"<html><body>Maintenance</body></html>", "text/html"))

    assert "Maintenance" not in str(caught.value)
    assert "text/html" in str(caught.value)


def test_wrong_shape_is_invalid_response(get: Callable[..., Any]) -> None:
    with pytest.raises(InvalidResponseError) as caught:
        get(answer(200, as_bytes(order_answer(payments="oops"))))

    assert caught.value.status_code == 200
    assert "oops" not in str(caught.value)


def test_missing_field_is_invalid_response_naming_it(get: Callable[..., Any]) -> None:
    body = order_answer(order_amount={"value": 4321})

    with pytest.raises(InvalidResponseError) as caught:
        get(answer(200, as_bytes(body)))

    # The path of the missing field is told; the values are not.
    assert "(data.order_amount.currency: is required)" in str(caught.value)
    assert "4321" not in str(caught.value)


def test_order_without_its_id_is_invalid_response_naming_order_id() -> None:
    # Plural always sends an order's id: an answer without one is not an order.
    body = order_answer()
    del body["data"]["order_id"]
    server = Server(answer(200, as_bytes(body)))

    with (
        Plural("id", "secret", transport=httpx.MockTransport(server), entry_points=False) as p,
        pytest.raises(InvalidResponseError) as caught,
    ):
        get_order.sync(client=p.client, order_id=ORDER_ID)

    assert caught.value.status_code == 200
    assert "(data.order_id: is required)" in str(caught.value)
    assert "112345" not in str(caught.value)  # the field is named, the answer's values are not
    assert len(server.api) == 1  # a 200 that does not parse is not sent again


def test_unknown_status_and_extra_fields_parse_and_are_kept(get: Callable[..., Any]) -> None:
    body = {
        **order_answer(
            status="ON_HOLD",
            risk_score=12,
            payments=[payment(status="UNDER_REVIEW", wallet_brand="X")],
        ),
        "meta": {"version": 4},
    }

    result = get(answer(200, as_bytes(body)))

    assert isinstance(result, OrderResponse)
    assert result.data.status == "ON_HOLD"
    assert isinstance(result.data.status, OrderStatus)
    assert not result.data.status.is_known
    assert result.data["risk_score"] == 12
    assert result["meta"] == {"version": 4}
    kept = result.data.payments[0]
    assert isinstance(kept.status, PaymentStatus)
    assert kept.status == "UNDER_REVIEW"
    assert kept["wallet_brand"] == "X"
    assert result.to_dict() == body


def test_transport_failure_is_transport_error(get: Callable[..., Any]) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    sent: list[str] = []

    def reply_and_note(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Request-ID"])
        return reply(request)

    with pytest.raises(TransportError) as caught:
        get(reply_and_note)

    error = caught.value
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert (error.method, error.path) == ("GET", "/api/pay/v1/orders/v1-abc")
    assert error.request_id == sent[-1]  # to quote to Plural's support
    assert not hasattr(error, "request")  # its token and body stay out of the error


def test_timeout_is_transport_error(get: Callable[..., Any]) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    with pytest.raises(TransportError):
        get(reply)


# --- nothing but PluralError escapes ---------------------------------------------------------

# Bodies no model can be read from: each must end in InvalidResponseError (or, with an
# error status, the APIError of that status), never in KeyError, AttributeError,
# JSONDecodeError, TypeError or ValueError from inside the client.
BAD_BODIES = [
    b"",
    b"[" * 100_000 + b"]" * 100_000,  # json.loads raises RecursionError, no ValueError
    b"null",
    b'"a string"',
    b"42",
    b"NaN",
    b"{",
    b'{"data": {"order_id": "v1-abc"',
    b"\xff\xfe\x00garbage",
    b"<html>oops</html>",
    b'{"data": "x"}',
    b'{"data": 5}',
    # A whole order with one field wrong, so that field is what fails to read.
    as_bytes(order_answer(order_amount="x")),
    as_bytes(order_answer(order_amount={})),
    as_bytes(order_answer(order_amount={"value": 1100})),
    as_bytes(order_answer(payments=[1])),
    as_bytes(order_answer(payments="oops")),
    as_bytes(order_answer(payments=[payment(payment_amount=[])])),
    as_bytes(order_answer(payments=[payment(payment_option={"card_data": 3})])),
    as_bytes(order_answer(payments=[payment(capture_data=[{"created_at": "yesterday"}])])),
    as_bytes(order_answer(status=5)),
    as_bytes(order_answer(type=None)),
    as_bytes(order_answer(created_at="not a date")),
    as_bytes(order_answer(created_at=5)),
    as_bytes(order_answer(allowed_payment_methods=[5])),
]

# Bodies of the wrong shape that the generated models read without complaint today.
WRONG_SHAPES = [
    pytest.param(b"[]", id="list-for-object"),
    pytest.param(b'{"data": []}', id="list-for-order"),
    pytest.param(as_bytes(order_answer(allowed_payment_methods="CARD")), id="string-for-list"),
    pytest.param(as_bytes(order_answer(purchase_details={"customer": []})), id="list-for-customer"),
]


def _calls(guide: dict[str, Any]) -> list[tuple[str, Callable[[Any], Any]]]:
    order = CreateOrderRequest.from_dict(guide["CreateOrderRequest"])
    payment = CreatePaymentRequest.from_dict(guide["CreatePaymentRequest"])
    capture = CaptureRequest.from_dict(guide["CaptureRequest"])
    return [
        ("get_order", lambda c: get_order.sync(client=c, order_id="v1-abc")),
        ("create_order", lambda c: create_order.sync(client=c, body=order)),
        ("create_payment", lambda c: create_payment.sync(client=c, order_id="v1-a", body=payment)),
        ("capture_order", lambda c: capture_order.sync(client=c, order_id="v1-a", body=capture)),
        ("cancel_order", lambda c: cancel_order.sync(client=c, order_id="v1-a")),
    ]


@pytest.mark.parametrize("status", [200, 400, 401, 404, 429, 500, 502])
@pytest.mark.parametrize("body", BAD_BODIES, ids=range(len(BAD_BODIES)))
def test_bad_bodies_raise_only_plural_errors(
    guide_examples: dict[str, Any], status: int, body: bytes
) -> None:
    server = Server(answer(status, body))
    with Plural(
        "id", "secret", transport=httpx.MockTransport(server), max_attempts=1, entry_points=False
    ) as plural:
        for _name, make_call in _calls(guide_examples):
            # Anything else (KeyError, AttributeError, JSONDecodeError, ValueError) fails here.
            with pytest.raises(PluralError) as caught:
                make_call(plural.client)
            if status >= 400:
                assert isinstance(caught.value, APIError)
                assert caught.value.status_code == status
            else:
                assert isinstance(caught.value, InvalidResponseError)


@pytest.mark.parametrize("body", BAD_BODIES, ids=range(len(BAD_BODIES)))
def test_bad_bodies_raise_only_plural_errors_async(body: bytes) -> None:
    server = Server(answer(200, body))

    async def main() -> None:
        async with AsyncPlural(
            "id",
            "secret",
            transport=httpx.MockTransport(server),
            max_attempts=1,
            entry_points=False,
        ) as plural:
            with pytest.raises(InvalidResponseError):
                await get_order.asyncio(client=plural.client, order_id="v1-abc")

    asyncio.run(main())


@pytest.mark.parametrize("body", WRONG_SHAPES)
def test_wrong_shapes_are_refused_by_the_generated_models(body: bytes) -> None:
    server = Server(answer(200, body))
    with (
        Plural("id", "secret", transport=httpx.MockTransport(server), entry_points=False) as p,
        pytest.raises(InvalidResponseError),
    ):
        get_order.sync(client=p.client, order_id="v1-abc")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"null",
        b"[]",
        b'"s"',
        b"5",
        b"{",
        b"<html>login</html>",
        b'{"access_token": 5}',
        b'{"access_token": ""}',
        b'{"access_token": null, "expires_in": 3600}',
        b'{"access_token": "a", "expires_at": "garbage"}',
        b'{"access_token": "a", "expires_at": 5}',
    ],
)
def test_bad_token_bodies_raise_invalid_response(body: bytes) -> None:
    api: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, content=body)
        api.append(request)
        return httpx.Response(200, json=order_answer())

    with (
        Plural("id", "secret", transport=httpx.MockTransport(handler), entry_points=False) as p,
        pytest.raises(InvalidResponseError),
    ):
        get_order.sync(client=p.client, order_id="v1-abc")

    assert api == []  # no call goes out without a token


@pytest.mark.parametrize("status", [400, 403, 404, 429, 500, 502, 520])
def test_token_endpoint_errors_are_typed(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=HTML_502, headers={"Content-Type": "text/html"})

    with (
        Plural(
            "id",
            "secret",
            transport=httpx.MockTransport(handler),
            max_attempts=1,
            entry_points=False,
        ) as p,
        pytest.raises(APIError) as caught,
    ):
        get_order.sync(client=p.client, order_id="v1-abc")

    assert caught.value.status_code == status
    assert "nginx" not in str(caught.value)
