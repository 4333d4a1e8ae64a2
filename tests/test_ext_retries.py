"""Retries: 429, 5xx and dropped connections are sent again, within bounds, body unchanged."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from answers import ORDER_ID, order_answer, token_answer

from plural_client.api.orders import create_order, get_order
from plural_client.models import CreateOrderRequest, OrderResponse
from plural_ext import APIError, AsyncPlural, Plural, RateLimitError, ServerError, TransportError

TOKEN_PATH = "/api/auth/v1/token"
ORDER = order_answer()
# A bound, not a speed test: every test here sleeps for milliseconds only.
BOUND = 5.0

Outcome = httpx.Response | Exception


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


class Server:
    """Answers the API attempts from a script of outcomes; the last one repeats."""

    def __init__(self, *script: Callable[[], Outcome]) -> None:
        self.script = list(script)
        self.api: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer())
        self.api.append(request)
        self.bodies.append(request.content)
        step = self.script[min(len(self.api), len(self.script)) - 1]()
        if isinstance(step, Exception):
            raise step
        return step


def ok() -> Outcome:
    return httpx.Response(200, json=ORDER)


def status(code: int, **headers: str) -> Callable[[], Outcome]:
    return lambda: httpx.Response(
        code, json={"code": "TRY_LATER", "message": "busy"}, headers=headers
    )


def raises(kind: type[httpx.TransportError]) -> Callable[[], Outcome]:
    return lambda: kind("connection reset by peer")


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(mode: str, server: Server, **kwargs: Any) -> Any:
    """One get_order, sync or async, on a fresh client."""
    kwargs.setdefault("entry_points", False)
    kwargs.setdefault("backoff", 0.01)
    if mode == "sync":
        with Plural("id", "secret", transport=httpx.MockTransport(server), **kwargs) as p:
            return get_order.sync(client=p.client, order_id=ORDER_ID)

    async def main() -> Any:
        async with AsyncPlural(
            "id", "secret", transport=httpx.MockTransport(server), **kwargs
        ) as p:
            return await asyncio.wait_for(
                get_order.asyncio(client=p.client, order_id=ORDER_ID), timeout=BOUND * 2
            )

    return asyncio.run(main())


@pytest.fixture
def timed() -> Iterator[None]:
    started = time.monotonic()
    yield
    assert time.monotonic() - started < BOUND


@pytest.mark.usefixtures("timed")
@pytest.mark.parametrize(
    "first",
    [
        pytest.param(status(503, **{"Retry-After": "0"}), id="503-retry-after-0"),
        pytest.param(status(503), id="503"),
        pytest.param(status(502), id="502"),
        pytest.param(status(429), id="429"),
        pytest.param(status(429, **{"Retry-After": "0"}), id="429-retry-after-0"),
        pytest.param(status(408), id="408"),
        pytest.param(raises(httpx.ConnectError), id="connect-error"),
        pytest.param(raises(httpx.ReadError), id="read-error"),
        pytest.param(raises(httpx.RemoteProtocolError), id="remote-protocol-error"),
        pytest.param(raises(httpx.ReadTimeout), id="read-timeout"),
    ],
)
def test_one_failure_then_success(mode: str, first: Callable[[], Outcome]) -> None:
    server = Server(first, ok)

    result = call(mode, server)

    assert isinstance(result, OrderResponse)
    assert result.data.order_id == ORDER_ID
    assert len(server.api) == 2


@pytest.mark.usefixtures("timed")
def test_persistent_503_raises_server_error_after_max_attempts(mode: str) -> None:
    server = Server(status(503, **{"Retry-After": "0"}))

    with pytest.raises(ServerError) as caught:
        call(mode, server, max_attempts=3)

    assert caught.value.status_code == 503
    assert caught.value.code == "TRY_LATER"
    assert len(server.api) == 3


@pytest.mark.usefixtures("timed")
def test_persistent_connection_failure_raises_transport_error(mode: str) -> None:
    server = Server(raises(httpx.ConnectError))

    with pytest.raises(TransportError) as caught:
        call(mode, server, max_attempts=3)

    assert "ConnectError" in str(caught.value)
    assert len(server.api) == 3


@pytest.mark.usefixtures("timed")
def test_retry_after_beyond_max_retry_after_is_not_waited_for(mode: str) -> None:
    server = Server(status(429, **{"Retry-After": "120"}), ok)

    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        call(mode, server, max_retry_after=1.0)

    assert time.monotonic() - started < 1.0  # raised at once, not after 120 s, nor 1 s
    assert caught.value.status_code == 429
    assert len(server.api) == 1


@pytest.mark.usefixtures("timed")
def test_retry_after_is_honoured(mode: str) -> None:
    server = Server(status(503, **{"Retry-After": "0.3"}), ok)

    started = time.monotonic()
    result = call(mode, server, backoff=0.0)

    assert isinstance(result, OrderResponse)
    assert time.monotonic() - started >= 0.25


@pytest.mark.usefixtures("timed")
@pytest.mark.parametrize("code", [400, 404, 409, 422])
def test_client_errors_are_not_retried(mode: str, code: int) -> None:
    server = Server(status(code), ok)

    with pytest.raises(APIError) as caught:
        call(mode, server)

    assert caught.value.status_code == code
    assert len(server.api) == 1


@pytest.mark.usefixtures("timed")
def test_blocking_retries_raises_the_first_503(mode: str) -> None:
    server = Server(status(503, **{"Retry-After": "0"}), ok)

    with pytest.raises(ServerError):
        call(mode, server, disable_plugins=["retries"])

    assert len(server.api) == 1


@pytest.mark.usefixtures("timed")
def test_blocking_retries_by_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLURAL_DISABLE_PLUGINS", "retries")
    server = Server(raises(httpx.ConnectError), ok)

    with pytest.raises(TransportError):
        call(mode, server)

    assert len(server.api) == 1


@pytest.mark.usefixtures("timed")
@pytest.mark.parametrize(
    "first",
    [status(503), status(429), raises(httpx.ReadError)],
    ids=["503", "429", "read-error"],
)
def test_retried_post_sends_the_same_body(
    mode: str, first: Callable[[], Outcome], guide_examples: dict[str, Any]
) -> None:
    server = Server(first, first, ok)
    body = CreateOrderRequest.from_dict(guide_examples["CreateOrderRequest"])

    if mode == "sync":
        with Plural(
            "id", "secret", transport=httpx.MockTransport(server), backoff=0.01, entry_points=False
        ) as p:
            result = create_order.sync(client=p.client, body=body)
    else:

        async def main() -> Any:
            async with AsyncPlural(
                "id",
                "secret",
                transport=httpx.MockTransport(server),
                backoff=0.01,
                entry_points=False,
            ) as p:
                return await create_order.asyncio(client=p.client, body=body)

        result = asyncio.run(main())

    assert isinstance(result, OrderResponse)
    assert len(server.bodies) == 3
    assert server.bodies[0] == server.bodies[1] == server.bodies[2]  # byte for byte
    references = {json.loads(content)["merchant_order_reference"] for content in server.bodies}
    assert references == {"112345"}  # Plural's idempotency key: no second order
    assert json.loads(server.bodies[0]) == guide_examples["CreateOrderRequest"]


def test_async_retries_never_block_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    def blocking_sleep(seconds: float) -> None:
        raise AssertionError(f"time.sleep({seconds}) called in async code")

    monkeypatch.setattr(time, "sleep", blocking_sleep)
    server = Server(status(503), raises(httpx.ConnectError), status(429), ok)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.001)
            ticks += 1

    async def main() -> Any:
        task = asyncio.create_task(ticker())
        try:
            async with AsyncPlural(
                "id",
                "secret",
                transport=httpx.MockTransport(server),
                backoff=0.05,
                entry_points=False,
            ) as p:
                return await asyncio.wait_for(
                    get_order.asyncio(client=p.client, order_id=ORDER_ID), timeout=BOUND
                )
        finally:
            task.cancel()

    result = asyncio.run(main())

    assert isinstance(result, OrderResponse)
    assert len(server.api) == 4
    assert ticks > 10  # the loop ran other tasks while the retries waited


def test_sync_retries_wait_with_time_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    server = Server(status(503), status(503), ok)

    result = call("sync", server, backoff=1.0, max_attempts=4)

    assert isinstance(result, OrderResponse)
    # Exponential backoff with jitter: 1 s then 2 s, each times 0.5 to 1.
    assert len(slept) == 2
    assert 0.5 <= slept[0] <= 1.0
    assert 1.0 <= slept[1] <= 2.0
