"""Token auth of ``Plural`` / ``AsyncPlural``: one token for everyone, reused, refreshed.

Every test serves Plural from an in-memory ``httpx.MockTransport`` (a fake Plural, or the
sandbox in both its token shapes); nothing leaves the process.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import time
from collections.abc import Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import httpx
import pytest
from answers import ORDER_ID, order_answer, token_answer

import plural_ext
from plural_client.api.orders import create_order, get_order
from plural_client.models import CreateOrderRequest, OrderResponse
from plural_ext import AsyncPlural, AuthenticationError, ClientCredentialsAuth, Plural
from plural_ext.sandbox import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    IN_PROCESS_BASE_URL,
    Sandbox,
    SandboxConfig,
)

BASE_URL = "https://pluraluat.v2.pinepg.in/api"
TOKEN_PATH = "/api/auth/v1/token"
ORDER = order_answer()


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Server:
    """A fake Plural: numbered tokens, and API calls that answer ``respond``."""

    def __init__(
        self,
        *,
        expires_in: int = 3600,
        token_body: Callable[[int], dict[str, Any]] | None = None,
        rejected: Callable[[str], bool] = lambda token: False,
        token_status: int = 200,
    ) -> None:
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        # As received: a retried request is the same object, its headers changed since.
        self.api_authorizations: list[str | None] = []
        self.expires_in = expires_in
        self.token_body = token_body
        self.rejected = rejected
        self.token_status = token_status
        self._lock = threading.Lock()

    def token_response(self) -> httpx.Response:
        with self._lock:
            number = len(self.token_requests) - 1
        if self.token_status != 200:
            return httpx.Response(
                self.token_status, json={"code": "UNAUTHORIZED", "message": "bad credentials"}
            )
        body = (
            self.token_body(number)
            if self.token_body
            else token_answer(f"tok-{number}", self.expires_in)
        )
        return httpx.Response(200, json=body)

    def api_response(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if self.rejected(token):
            return httpx.Response(401, json={"code": "UNAUTHORIZED", "message": "token expired"})
        return httpx.Response(200, json=ORDER)

    def record(self, request: httpx.Request) -> bool:
        """Record the request; True when it is a token request."""
        with self._lock:
            if request.url.path == TOKEN_PATH:
                self.token_requests.append(request)
                return True
            self.api_requests.append(request)
            self.api_authorizations.append(request.headers.get("Authorization"))
            return False

    def sync_handler(self, token_delay: float = 0.0) -> Callable[[httpx.Request], httpx.Response]:
        def handler(request: httpx.Request) -> httpx.Response:
            if self.record(request):
                if token_delay:
                    time.sleep(token_delay)
                return self.token_response()
            return self.api_response(request)

        return handler

    def async_handler(self, token_delay: float = 0.0) -> Callable[[httpx.Request], Any]:
        async def handler(request: httpx.Request) -> httpx.Response:
            if self.record(request):
                if token_delay:
                    await asyncio.sleep(token_delay)
                return self.token_response()
            await asyncio.sleep(0)
            return self.api_response(request)

        return handler

    def tokens_used(self) -> list[str | None]:
        return self.api_authorizations


def make_sync(server: Server, token_delay: float = 0.0, **kwargs: Any) -> Plural:
    kwargs.setdefault("entry_points", False)
    return Plural(
        "client-id",
        "client-secret",
        transport=httpx.MockTransport(server.sync_handler(token_delay)),
        **kwargs,
    )


def make_async(server: Server, token_delay: float = 0.0, **kwargs: Any) -> AsyncPlural:
    kwargs.setdefault("entry_points", False)
    return AsyncPlural(
        "client-id",
        "client-secret",
        transport=httpx.MockTransport(server.async_handler(token_delay)),
        **kwargs,
    )


def get_sync(plural: Plural) -> Any:
    return get_order.sync(client=plural.client, order_id=ORDER_ID)


async def get_async(plural: AsyncPlural) -> Any:
    return await get_order.asyncio(client=plural.client, order_id=ORDER_ID)


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Generator[Callable[..., Any], None, None]:
    """``call(server, n=1, **client_kwargs)``: n get_order calls on one client, sync or async."""

    def run(server: Server, n: int = 1, **kwargs: Any) -> list[Any]:
        if request.param == "sync":
            with make_sync(server, **kwargs) as plural:
                return [get_sync(plural) for _ in range(n)]

        async def main() -> list[Any]:
            async with make_async(server, **kwargs) as plural:
                return [await get_async(plural) for _ in range(n)]

        return asyncio.run(main())

    yield run


# --- one token for many concurrent callers ---------------------------------------------


def test_200_concurrent_tasks_share_one_token_request() -> None:
    server = Server()

    async def main() -> list[Any]:
        async with make_async(server, token_delay=0.05) as plural:
            return await asyncio.wait_for(
                asyncio.gather(*(get_async(plural) for _ in range(200))), timeout=20
            )

    results = asyncio.run(main())

    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 200
    assert all(isinstance(result, OrderResponse) for result in results)
    assert set(server.tokens_used()) == {"Bearer tok-0"}


def test_16_threads_share_one_token_request() -> None:
    server = Server()
    with make_sync(server, token_delay=0.05) as plural, ThreadPoolExecutor(16) as pool:
        barrier = threading.Barrier(16, timeout=10)

        def work(_: int) -> Any:
            barrier.wait()  # all 16 ask at the same moment, none finds a cached token
            return get_sync(plural)

        results = list(pool.map(work, range(16), timeout=20))

    assert len(server.token_requests) == 1
    assert len(server.api_requests) == 16
    assert all(isinstance(result, OrderResponse) for result in results)
    assert set(server.tokens_used()) == {"Bearer tok-0"}


# --- reuse and expiry --------------------------------------------------------------------


def test_token_reused_until_shortly_before_expiry_then_refreshed_sync() -> None:
    server, clock = Server(expires_in=3600), FakeClock()
    with make_sync(server, clock=clock) as plural:
        get_sync(plural)
        clock.now += 3000
        get_sync(plural)
        assert len(server.token_requests) == 1  # still good: reused
        clock.now += 590  # 10 s before expiry: too close, renewed before use
        get_sync(plural)
        get_sync(plural)

    assert len(server.token_requests) == 2
    assert server.tokens_used() == ["Bearer tok-0", "Bearer tok-0", "Bearer tok-1", "Bearer tok-1"]


def test_token_reused_until_shortly_before_expiry_then_refreshed_async() -> None:
    server, clock = Server(expires_in=3600), FakeClock()

    async def main() -> None:
        async with make_async(server, clock=clock) as plural:
            await get_async(plural)
            clock.now += 3000
            await get_async(plural)
            assert len(server.token_requests) == 1
            clock.now += 590
            await get_async(plural)

    asyncio.run(main())

    assert len(server.token_requests) == 2
    assert server.tokens_used() == ["Bearer tok-0", "Bearer tok-0", "Bearer tok-1"]


def test_expires_at_token_response_is_honoured(call: Callable[..., Any]) -> None:
    clock = FakeClock()

    def token_body(number: int) -> dict[str, Any]:
        expires = datetime.datetime.fromtimestamp(clock.now + 3600, tz=datetime.UTC)
        return {
            "access_token": f"tok-{number}",
            "expires_at": expires.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }

    server = Server(token_body=token_body)

    assert all(isinstance(r, OrderResponse) for r in call(server, n=3, clock=clock))
    assert len(server.token_requests) == 1
    assert server.tokens_used() == ["Bearer tok-0"] * 3


def test_expires_at_token_is_renewed_before_it_expires() -> None:
    clock = FakeClock()

    def token_body(number: int) -> dict[str, Any]:
        expires = datetime.datetime.fromtimestamp(clock.now + 3600, tz=datetime.UTC)
        return {"access_token": f"tok-{number}", "expires_at": expires.isoformat()}

    server = Server(token_body=token_body)
    with make_sync(server, clock=clock) as plural:
        get_sync(plural)
        clock.now += 3599
        get_sync(plural)

    assert server.tokens_used() == ["Bearer tok-0", "Bearer tok-1"]


# --- 401 handling ------------------------------------------------------------------------


def test_401_refreshes_once_and_succeeds(call: Callable[..., Any]) -> None:
    server = Server(rejected=lambda token: token == "tok-0")  # revoked early, once

    [result] = call(server)

    assert isinstance(result, OrderResponse)
    assert result.data.order_id == ORDER_ID
    assert len(server.token_requests) == 2
    assert server.tokens_used() == ["Bearer tok-0", "Bearer tok-1"]


def test_refreshed_token_is_kept_for_later_calls(call: Callable[..., Any]) -> None:
    server = Server(rejected=lambda token: token == "tok-0")

    call(server, n=3)

    assert len(server.token_requests) == 2
    assert server.tokens_used() == ["Bearer tok-0", "Bearer tok-1", "Bearer tok-1", "Bearer tok-1"]


def test_persistent_401_raises_after_exactly_one_refresh(call: Callable[..., Any]) -> None:
    server = Server(rejected=lambda token: True)

    started = time.monotonic()
    with pytest.raises(AuthenticationError) as caught:
        call(server)

    assert caught.value.status_code == 401
    assert caught.value.code == "UNAUTHORIZED"
    assert len(server.token_requests) == 2
    assert len(server.api_requests) == 2
    assert time.monotonic() - started < 5


def test_bad_credentials_raise_authentication_error(call: Callable[..., Any]) -> None:
    server = Server(token_status=401)

    with pytest.raises(AuthenticationError) as caught:
        call(server)

    assert caught.value.status_code == 401
    assert caught.value.message == "bad credentials"
    assert len(server.token_requests) == 1  # a refused secret is not tried again
    assert server.api_requests == []  # no API call goes out without a token


def test_token_request_carries_the_client_credentials(call: Callable[..., Any]) -> None:
    server = Server()

    call(server)

    [token_request] = server.token_requests
    assert token_request.method == "POST"
    assert str(token_request.url) == f"{BASE_URL}/auth/v1/token"
    assert "Authorization" not in token_request.headers
    assert json.loads(token_request.content) == {
        "client_id": "client-id",
        "client_secret": "client-secret",
        "grant_type": "client_credentials",
    }


# --- replacing the token source ----------------------------------------------------------


class StaticBearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


class StaticTokenPlugin:
    def __init__(self) -> None:
        self.settings_seen: list[plural_ext.Settings] = []

    @plural_ext.hookimpl(tryfirst=True)
    def plural_token_auth(self, settings: plural_ext.Settings) -> httpx.Auth:
        self.settings_seen.append(settings)
        return StaticBearer("static-from-vault")


def test_plugin_replaces_token_auth(call: Callable[..., Any]) -> None:
    server = Server()
    plugin = StaticTokenPlugin()

    [result] = call(server, plugins=[plugin])

    assert isinstance(result, OrderResponse)
    assert server.token_requests == []
    assert server.tokens_used() == ["Bearer static-from-vault"]
    assert [s.client_id for s in plugin.settings_seen] == ["client-id"]


class RecordingCache:
    """A shared cache, as a Redis-backed one would be: it outlives any one client."""

    def __init__(self, token: str | None = None, expires_at: float = 0.0) -> None:
        self.token = token
        self.expires_at = expires_at
        self.puts: list[tuple[str, float]] = []
        self.clock = FakeClock()

    def get(self) -> str | None:
        return self.token if self.token and self.clock() < self.expires_at - 60 else None

    def put(self, token: str, expires_at: float) -> None:
        self.puts.append((token, expires_at))
        self.token, self.expires_at = token, expires_at


class CachePlugin:
    def __init__(self, cache: RecordingCache) -> None:
        self.cache = cache

    @plural_ext.hookimpl(tryfirst=True)
    def plural_token_auth(self, settings: plural_ext.Settings) -> httpx.Auth:
        return ClientCredentialsAuth(settings, token_cache=self.cache)


def test_custom_token_cache_is_filled_and_shared_between_clients(
    call: Callable[..., Any],
) -> None:
    server, cache = Server(expires_in=3600), RecordingCache()
    clock = cache.clock

    call(server, plugins=[CachePlugin(cache)], clock=clock)
    call(server, plugins=[CachePlugin(cache)], clock=clock)  # a second client, same cache

    assert len(server.token_requests) == 1
    assert cache.puts == [("tok-0", clock.now + 3600)]
    assert server.tokens_used() == ["Bearer tok-0", "Bearer tok-0"]


def test_custom_token_cache_with_a_token_makes_no_token_request(
    call: Callable[..., Any],
) -> None:
    server = Server()
    cache = RecordingCache("tok-from-cache", expires_at=FakeClock()() + 3600)

    call(server, plugins=[CachePlugin(cache)])

    assert server.token_requests == []
    assert server.tokens_used() == ["Bearer tok-from-cache"]
    assert cache.puts == []


def test_client_credentials_auth_needs_credentials() -> None:
    settings = plural_ext.Settings(base_url=BASE_URL, client_id="id", client_secret=None)
    with pytest.raises(ValueError, match="client_secret"):
        ClientCredentialsAuth(settings)


# --- against the sandbox: both readings of a token's lifetime ----------------------------

# At 3539 s a 3600 s token has 61 s left: reused. At 3541 s, 59 s: renewed before use.
SANDBOX_MOMENTS = [0.0, 3000.0, 3539.0, 3541.0, 3599.0]


def sandbox_order_body(reference: str) -> CreateOrderRequest:
    return CreateOrderRequest.from_dict(
        {"merchant_order_reference": reference, "order_amount": {"value": 1100, "currency": "INR"}}
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("token_expiry", ["expires_at", "expires_in"])
def test_sandbox_token_is_cached_until_shortly_before_it_expires_then_renewed(
    token_expiry: Literal["expires_at", "expires_in"], mode: str
) -> None:
    """Client and sandbox on one clock: the token is renewed before the sandbox would refuse it."""
    clock = FakeClock()
    started = clock.now
    seen: list[tuple[str, str]] = []

    with Sandbox(SandboxConfig(now=clock, token_expiry=token_expiry)) as sandbox:

        def handle(request: httpx.Request) -> httpx.Response:
            response = sandbox.handle(request)
            if request.url.path == TOKEN_PATH:
                assert set(response.json()) == {"access_token", token_expiry}
            seen.append((request.url.path, request.headers.get("Authorization", "")))
            return response

        client = {
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
            "base_url": IN_PROCESS_BASE_URL,
            "transport": httpx.MockTransport(handle),
            "clock": clock,
            "entry_points": False,
        }
        statuses: list[str] = []
        if mode == "sync":
            with Plural(**client) as plural:
                for number, moment in enumerate(SANDBOX_MOMENTS):
                    clock.now = started + moment
                    body = sandbox_order_body(f"token-{number}")
                    statuses.append(create_order.sync(client=plural.client, body=body).data.status)
        else:

            async def main() -> None:
                async with AsyncPlural(**client) as plural:
                    for number, moment in enumerate(SANDBOX_MOMENTS):
                        clock.now = started + moment
                        body = sandbox_order_body(f"token-{number}")
                        order = await create_order.asyncio(client=plural.client, body=body)
                        statuses.append(order.data.status)

            asyncio.run(main())

        assert statuses == ["CREATED"] * len(SANDBOX_MOMENTS)
        assert [path for path, _ in seen].count(TOKEN_PATH) == 2
        used = [authorization for path, authorization in seen if path != TOKEN_PATH]
        first, second = used[0], used[3]
        assert used == [first, first, first, second, second] and first != second
        # The sandbox's clock agrees: at 3600 s the first token is refused, the second is not.
        clock.now = started + 3600
        order_id = sandbox.orders()[0]["order_id"]
        url = f"{IN_PROCESS_BASE_URL}/api/pay/v1/orders/{order_id}"
        refused = sandbox.handle(httpx.Request("GET", url, headers={"Authorization": first}))
        accepted = sandbox.handle(httpx.Request("GET", url, headers={"Authorization": second}))
        assert (refused.status_code, accepted.status_code) == (401, 200)
