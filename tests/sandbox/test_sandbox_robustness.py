"""Inputs that used to make the sandbox answer 500 or change state half-way, in-process and
over HTTP: each is a 400 naming the field before anything is stored, or is handled.

Also: links point at the sandbox's own address whatever the Host, a query parameter the
operation lacks is refused, a path is routed to its most concrete template, and a
multipart body is checked against its schema.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, assert_error, checked_client, data, reference

from plural_ext._spec import operations
from plural_ext.sandbox import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    IN_PROCESS_BASE_URL,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    serve,
)
from plural_ext.sandbox._input import MAX_JSON_DEPTH

TOKEN_REQUEST = {
    "client_id": DEFAULT_CLIENT_ID,
    "client_secret": DEFAULT_CLIENT_SECRET,
    "grant_type": "client_credentials",
}
ORDER_AMOUNT = '"order_amount":{"value":1100,"currency":"INR"}'


@dataclass(frozen=True)
class Way:
    """A logged-in client of a fresh sandbox, in-process or over HTTP, and its base URL."""

    api: Api
    base_url: str

    @property
    def sandbox(self) -> Sandbox:
        return self.api.sandbox

    def post_raw(self, path: str, content: bytes) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        return self.api.client.post(path, content=content, headers=headers)


@pytest.fixture(params=["in-process", "http"])
def way(request: pytest.FixtureRequest, plural_sandbox_config: SandboxConfig) -> Iterator[Way]:
    with Sandbox(plural_sandbox_config) as sandbox:
        if request.param == "in-process":
            transport = SandboxTransport(sandbox)
            with checked_client(transport, transport.base_url) as client:
                yield Way(Api(client, sandbox).login(), transport.base_url)
        else:
            with serve(sandbox) as server, checked_client(None, server.base_url) as client:
                yield Way(Api(client, sandbox).login(), server.base_url)


def _refused(response: httpx.Response, source: str, reason: str) -> None:
    body = assert_error(response, 400, "INVALID_REQUEST")
    assert body["additional_error_details"]["source"] == source
    assert reason in body["additional_error_details"]["reason"]


# --- A lone surrogate ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "source"),
    [
        ('"notes":"order \\ud800"', "notes"),
        ('"notes":"\\udfff"', "notes"),
        (
            '"purchase_details":{"customer":{"first_name":"A\\ud83d"}}',
            "purchase_details.customer.first_name",
        ),
        (
            '"purchase_details":{"merchant_metadata":{"key\\ud800":"v"}}',
            "purchase_details.merchant_metadata.key\\ud800",
        ),
        ('"allowed_payment_methods":["CARD","\\ud800"]', "allowed_payment_methods[1]"),
    ],
)
def test_a_lone_surrogate_is_refused_before_the_order_is_stored(
    way: Way, extra: str, source: str
) -> None:
    ref = reference("surrogate")
    body = f'{{"merchant_order_reference":"{ref}",{ORDER_AMOUNT},{extra}}}'
    _refused(way.post_raw("/api/pay/v1/orders", body.encode()), source, "lone surrogate")
    assert way.sandbox.orders() == []
    assert_error(way.api.client.get(f"/api/pay/v1/orders/reference/{ref}"), 404, "ORDER_NOT_FOUND")


def test_a_surrogate_pair_is_a_character_and_is_kept(way: Way) -> None:
    ref = reference("pair")
    body = f'{{"merchant_order_reference":"{ref}",{ORDER_AMOUNT},"notes":"\\ud83d\\ude00"}}'
    order = data(way.post_raw("/api/pay/v1/orders", body.encode()))
    assert order["notes"] == "\U0001f600"
    assert (
        data(way.api.client.get(f"/api/pay/v1/orders/{order['order_id']}"))["notes"] == "\U0001f600"
    )


def _json_operations() -> list[Any]:
    return [op for op in operations() if op.body_schema is not None]


@pytest.mark.parametrize("operation", _json_operations(), ids=lambda op: op.operation_id)
def test_every_operation_refuses_a_lone_surrogate_in_its_body(api: Api, operation: Any) -> None:
    path = operation.path_template
    for name in operation.path_schemas:
        path = path.replace("{" + name + "}", "x1")
    before = api.sandbox.orders()
    answer = api.client.request(
        operation.method,
        path,
        content=b'{"merchant_order_reference":"\\ud800"}',
        headers={"Content-Type": "application/json"},
    )
    _refused(answer, "merchant_order_reference", "lone surrogate")
    assert answer.json()["additional_error_details"]["step"] == operation.operation_id
    assert api.sandbox.orders() == before


# --- Deep nesting, numbers JSON cannot carry ------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 1000, 200_000])
def test_json_nested_too_deep_is_a_400(way: Way, depth: int) -> None:
    body = '{"merchant_order_reference":"deep",' + ORDER_AMOUNT + ',"notes":'
    body += "[" * depth + "]" * depth + "}"
    _refused(way.post_raw("/api/pay/v1/orders", body.encode()), "body", "nested deeper than 32")
    assert way.sandbox.orders() == []


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_a_number_an_answer_cannot_carry_is_a_400(way: Way, number: str) -> None:
    body = (
        f'{{"merchant_order_reference":"n1","order_amount":{{"value":{number},"currency":"INR"}}}}'
    )
    answer = way.post_raw("/api/pay/v1/orders", body.encode())
    assert_error(answer, 400, "INVALID_REQUEST")
    assert way.sandbox.orders() == []


# --- The URL and the headers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("/api/pay/v1/orders/reference/%FF%FE", "path"),
        ("/api/pay/v1/orders/reference/%ED%A0%80", "path"),  # a surrogate, UTF-8 encoded
        ("/api/settlements/v1/list?start_date=2024-10-01&end_date=%C3", "query"),
    ],
)
def test_a_path_or_query_that_is_not_utf8_is_a_400(way: Way, url: str, source: str) -> None:
    _refused(way.api.client.get(url), source, "is not UTF-8")


def test_an_unknown_query_parameter_is_refused_naming_it(way: Way) -> None:
    answer = way.api.client.get(
        "/api/settlements/v1/list",
        params={"start_date": "2024-10-01", "end_date": "2024-10-09", "per_pg": "10"},
    )
    _refused(answer, "per_pg", "is not a query parameter of list_settlements")
    assert "did you mean 'per_page'?" in answer.json()["message"]


def test_a_header_that_is_not_printable_ascii_is_a_400_without_its_value(api: Api) -> None:
    request_id = "c17ce30f-f88e-4f81-ada1-c3b4909ed235\u00e9"
    answer = api.client.get(
        "/api/pay/v1/orders/reference/none",
        headers={"X-Note": "caf\u00e9".encode("latin-1"), "Request-ID": request_id.encode()},
    )
    _refused(answer, "X-Note", "not printable ASCII")
    assert "caf" not in answer.text
    assert "Request-ID" not in answer.headers  # not echoed: it is not a header value either


# --- Routing and multipart bodies -------------------------------------------------------


def test_a_concrete_path_is_not_a_template_s_parameter(way: Way) -> None:
    # /subscriptions/execute is its own path (POST), not get_subscription("execute").
    answer = way.api.client.get("/ps/api/v1/public/subscriptions/execute")
    assert_error(answer, 405, "METHOD_NOT_ALLOWED")
    assert answer.headers["Allow"] == "POST"
    assert way.api.client.get("/ps/api/v1/public/subscriptions/sub-1").status_code == 200


def test_a_multipart_body_is_checked_against_its_schema(way: Way) -> None:
    path = "/payouts/v3/payments/banks/file"
    csv = b"clientReferenceId,payeeName\nbulk-0001,Kevin Bob\n"
    assert way.api.client.post(path, files={"file": ("payouts.csv", csv)}).status_code == 200
    _refused(way.api.client.post(path), "Content-Type", "must be multipart/form-data")
    _refused(way.api.client.post(path, json={"file": "x"}), "Content-Type", "multipart")
    _refused(way.api.client.post(path, files={"other": ("a.csv", csv)}), "other", "is not a field")
    _refused(
        way.api.client.post(path, data={"note": "x"}, files={"file": ("a.csv", csv)}),
        "note",
        "is not a field",
    )
    no_part = {"Content-Type": "multipart/form-data; boundary=x"}
    _refused(way.api.client.post(path, content=b"--x--\r\n", headers=no_part), "body", "is not")


# --- Callback URLs ------------------------------------------------------------------------


@pytest.mark.parametrize("callback_method", ["POST", "GET"])
@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example/cb\r\nX-Injected: 1",
        "https://shop.example/cb?x=\n",
        "https://shop.example/\x00",
        "https://[::1/cb",
        "https://shop.example:99999/cb",
        "https://sh\u00f6p.example/\u00fc",
        "javascript:alert(1)",
    ],
)
def test_any_callback_url_ends_the_challenge_without_a_500(callback_method: str, url: str) -> None:
    config = SandboxConfig(callback_method=callback_method)  # type: ignore[arg-type]
    with (
        Sandbox(config) as sandbox,
        serve(sandbox) as server,
        checked_client(None, server.base_url) as client,
    ):
        api = Api(client, sandbox).login()
        approved = data(api.create_order(callback_url=url, pre_auth=False))
        pending = data(api.pay(approved["order_id"]))
        answer = api.answer(pending, "approve")
        assert answer.status_code in (200, 303), answer.text
        assert "X-Injected" not in answer.headers
        assert api.get(approved["order_id"])["status"] == "PROCESSED"
        declined = data(api.create_order(failure_callback_url=url))
        pending = data(api.pay(declined["order_id"]))
        assert api.answer(pending, "decline").status_code in (200, 303)
        assert api.get(declined["order_id"])["status"] == "ATTEMPTED"


# --- Links point at the sandbox, never at the Host ----------------------------------------


def _links(api: Api, **headers: str) -> list[str]:
    """The challenge URL, hosted checkout and payment link the sandbox makes, as asked."""
    order = data(api.create_order())
    challenge = data(
        api.client.post(
            f"/api/pay/v1/orders/{order['order_id']}/payments",
            json={"payments": [_card_payment()]},
            headers=headers,
        )
    )["challenge_url"]
    checkout = api.client.post(
        "/api/checkout/v1/orders",
        json={
            "merchant_order_reference": reference("checkout"),
            "order_amount": {"value": 1100, "currency": "INR"},
            "integration_mode": "REDIRECT",
        },
        headers=headers,
    ).json()["redirect_url"]
    link = api.client.post(
        "/api/pay/v1/paymentlink",
        json={
            "amount": {"value": 1100, "currency": "INR"},
            "merchant_payment_link_reference": reference("plink"),
        },
        headers=headers,
    ).json()["payment_link"]
    return [challenge, checkout, link]


def _card_payment() -> dict[str, Any]:
    return {
        "merchant_payment_reference": reference("payment"),
        "payment_method": "CARD",
        "payment_amount": {"value": 1100, "currency": "INR"},
        "payment_option": {
            "card_details": {
                "name": "Anil Reddy",
                "card_number": "4111111111111111",
                "cvv": "272",
                "expiry_month": "04",
                "expiry_year": "2039",
            }
        },
    }


def test_links_over_http_point_at_the_server_whatever_the_host_header() -> None:
    with (
        Sandbox() as sandbox,
        serve(sandbox) as server,
        httpx.Client(base_url=server.base_url, trust_env=False) as client,
    ):
        api = Api(client, sandbox).login()
        for link in _links(api, Host="evil.example:666"):
            assert link.startswith(server.base_url + "/sandbox/"), link
            assert client.get(link).status_code == 200


def test_links_in_process_point_at_the_transport_s_base_url() -> None:
    with Sandbox() as sandbox:
        transport = SandboxTransport(sandbox)
        with httpx.Client(transport=transport, base_url="http://evil.example") as client:
            api = Api(client, sandbox).login()
            for link in _links(api, Host="evil.example"):
                assert link.startswith(IN_PROCESS_BASE_URL + "/sandbox/"), link
                assert client.get(link).status_code == 200
        own = SandboxTransport(sandbox, base_url="http://shop-sandbox.test/")
        assert own.base_url == "http://shop-sandbox.test"
        with httpx.Client(transport=own, base_url=own.base_url) as client:
            for link in _links(Api(client, sandbox).login()):
                assert link.startswith("http://shop-sandbox.test/sandbox/"), link


# --- Async clients ------------------------------------------------------------------------


def test_async_clients_get_the_same_refusals_in_process_and_over_http() -> None:
    deep = b'{"notes":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    surrogate = f'{{"merchant_order_reference":"a1",{ORDER_AMOUNT},"notes":"\\ud800"}}'.encode()

    async def refusals(client: httpx.AsyncClient) -> list[tuple[int, str]]:
        token = (await client.post("/api/auth/v1/token", json=TOKEN_REQUEST)).json()
        client.headers["Authorization"] = f"Bearer {token['access_token']}"
        client.headers["Content-Type"] = "application/json"
        answers = [
            await client.post("/api/pay/v1/orders", content=deep),
            await client.post("/api/pay/v1/orders", content=surrogate),
        ]
        return [(a.status_code, a.json()["additional_error_details"]["source"]) for a in answers]

    expected = [(400, "body"), (400, "notes")]
    with Sandbox() as sandbox:
        transport = SandboxTransport(sandbox)

        async def in_process() -> list[tuple[int, str]]:
            async with httpx.AsyncClient(transport=transport, base_url=transport.base_url) as c:
                return await refusals(c)

        assert asyncio.run(in_process()) == expected
        with serve(sandbox) as server:

            async def over_http() -> list[tuple[int, str]]:
                async with httpx.AsyncClient(base_url=server.base_url, trust_env=False) as c:
                    return await refusals(c)

            assert asyncio.run(over_http()) == expected
        assert sandbox.orders() == []


def test_a_refusal_names_the_surrogate_key_escaped(api: Api) -> None:
    body = f'{{"merchant_order_reference":"k1",{ORDER_AMOUNT},"\\ud800x":1}}'
    answer = api.client.post(
        "/api/pay/v1/orders", content=body.encode(), headers={"Content-Type": "application/json"}
    )
    details = answer.json()["additional_error_details"]
    assert details["source"] == "\\ud800x"
    json.dumps(answer.json(), ensure_ascii=False).encode("utf-8")  # the answer itself encodes
