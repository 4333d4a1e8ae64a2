"""A caller's Request-ID, and any header that cannot be sent, refused before the call is sent.

Plural asks for a UUID (the spec's RequestId: ``^[0-9a-fA-F-]{36}$``, "UUID4"; the sandbox
with ``strict_headers`` refuses anything else). A caller's own is kept when it is one, and
refused, as a ``RequestValidationError`` naming ``Request-ID``, when it is not: an id Plural
would refuse, or one httpx cannot even encode (non-ASCII), is the caller's mistake to hear
about at once, not a 400 from Plural or a ``UnicodeEncodeError``.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from answers import order_answer, token_answer

from plural_client.api.orders import get_order
from plural_ext import AsyncPlural, Plural, RequestValidationError
from plural_ext._plugins.headers import check_caller_headers, check_request_id

TOKEN_PATH = "/api/auth/v1/token"


class Server:
    def __init__(self) -> None:
        self.api: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer())
        self.api.append(request)
        return httpx.Response(200, json=order_answer())


Call = Callable[..., Any]


def _sync(server: Server, call: Call) -> Any:
    with Plural("id", "secret", transport=httpx.MockTransport(server), entry_points=False) as p:
        return call(p)


def _async(server: Server, call: Call) -> Any:
    async def main() -> Any:
        async with AsyncPlural(
            "id", "secret", transport=httpx.MockTransport(server), entry_points=False
        ) as p:
            return await call(p)

    return asyncio.run(main())


def by_function(request_id: str) -> tuple[Call, Call]:
    """get_order with the caller's Request-ID, through the generated function."""
    return (
        lambda p: get_order.sync(client=p.client, order_id="v1-abc", request_id=request_id),
        lambda p: get_order.asyncio(client=p.client, order_id="v1-abc", request_id=request_id),
    )


def by_resource(request_id: str) -> tuple[Call, Call]:
    return (
        lambda p: p.orders.get("v1-abc", request_id=request_id),
        lambda p: p.orders.get("v1-abc", request_id=request_id),
    )


def call(mode: str, way: str, request_id: str, server: Server) -> Any:
    sync_call, async_call = (by_function if way == "function" else by_resource)(request_id)
    return _sync(server, sync_call) if mode == "sync" else _async(server, async_call)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
WAYS = pytest.mark.parametrize("way", ["function", "resource"])

ILL_FORMED = [
    pytest.param("order-1001", id="not-a-uuid"),
    pytest.param("5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a6", id="35-chars"),
    pytest.param("5b1e0f2a7c3d4e8f9a6b1c2d3e4f5a6b", id="no-dashes"),
    pytest.param("-" * 36, id="36-dashes"),  # the spec's pattern alone would take it
    pytest.param("{5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a65}", id="braces"),
    pytest.param("5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a65, x", id="two-values"),
    pytest.param("", id="empty"),
    pytest.param("5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a65\n", id="newline"),
    pytest.param("5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a65\x00", id="nul"),
]
NON_ASCII = [
    pytest.param("5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a6é", id="accent"),
    pytest.param("r\u00e9quest-\uff11", id="fullwidth"),
    pytest.param("5b1e0f2a-7c3d-4e8f-9a6b-1c2d3e4f5a65\u2028", id="line-separator"),
]


@MODES
@WAYS
@pytest.mark.parametrize(
    "request_id",
    [str(uuid.uuid4()), str(uuid.uuid4()).upper(), str(uuid.uuid1())],
    ids=["uuid4", "upper-case", "uuid1"],
)
def test_a_callers_uuid_is_sent_as_it_is(mode: str, way: str, request_id: str) -> None:
    server = Server()

    call(mode, way, request_id, server)

    assert [r.headers["Request-ID"] for r in server.api] == [request_id]


@MODES
@WAYS
@pytest.mark.parametrize("request_id", ILL_FORMED)
def test_an_ill_formed_request_id_is_refused_before_the_call_is_sent(
    mode: str, way: str, request_id: str
) -> None:
    server = Server()

    with pytest.raises(RequestValidationError) as caught:
        call(mode, way, request_id, server)

    assert caught.value.field == "Request-ID"
    assert "UUID" in caught.value.rule
    assert server.api == []  # the call: the token request may have gone (it has its own id)


# The non-ASCII ones would fail in httpx's build_request (a UnicodeEncodeError holding the
# value): _Guard.build checks the caller's headers first.
@MODES
@WAYS
@pytest.mark.parametrize("request_id", NON_ASCII)
def test_a_non_ascii_request_id_is_refused_before_the_call_is_sent(
    mode: str, way: str, request_id: str
) -> None:
    server = Server()

    with pytest.raises(RequestValidationError) as caught:
        call(mode, way, request_id, server)

    assert caught.value.field == "Request-ID"
    assert server.api == []


@pytest.mark.parametrize("request_id", [*ILL_FORMED, *NON_ASCII])
def test_the_check_names_request_id_and_never_quotes_it(request_id: str) -> None:
    for headers in (
        {"Request-ID": request_id},
        [("request-id", request_id)],
        httpx.Headers({"Request-ID": request_id.encode("utf-8")}),
    ):
        with pytest.raises(RequestValidationError) as caught:
            check_caller_headers(headers)

        assert caught.value.field == "Request-ID"
        if request_id:
            assert request_id.strip() not in str(caught.value)


def test_the_check_passes_what_can_be_sent() -> None:
    check_caller_headers(None)
    check_caller_headers({"Request-ID": str(uuid.uuid4()), "X-Shop": "store 12"})
    check_request_id(None)  # none given: the headers plugin makes one


def test_the_check_names_any_other_header_that_is_not_ascii() -> None:
    with pytest.raises(RequestValidationError) as caught:
        check_caller_headers({"X-Customer": "Zoë"})

    assert caught.value.field == "X-Customer"
    assert "Zoë" not in str(caught.value)


@MODES
@pytest.mark.parametrize(
    "value", ["a\r\nInjected: 1", "a\nb", "a\x00", " padded", "padded "], ids=repr
)
def test_a_header_that_cannot_be_sent_is_named_before_the_call_is_sent(
    mode: str, value: str
) -> None:
    server = Server()
    headers = {"X-Trace": value}

    with pytest.raises(RequestValidationError) as caught:
        if mode == "sync":
            _sync(server, lambda p: p.http.get("/api/pay/v1/orders/v1-abc", headers=headers))
        else:
            _async(server, lambda p: p.http.get("/api/pay/v1/orders/v1-abc", headers=headers))

    assert caught.value.field == "X-Trace"
    assert server.api == []


def test_the_plugins_own_request_id_is_a_uuid_and_kept_across_retries() -> None:
    seen: list[str] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer())
        seen.append(request.headers["Request-ID"])
        return httpx.Response(503 if len(seen) == 1 else 200, json=order_answer())

    with Plural(
        "id", "secret", transport=httpx.MockTransport(flaky), backoff=0.001, entry_points=False
    ) as p:
        p.orders.get("v1-abc")

    assert len(seen) == 2 and seen[0] == seen[1]
    check_request_id(seen[0])
