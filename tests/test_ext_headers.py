"""Request-ID and Request-Timestamp, which Plural asks for on every call, on every attempt."""

from __future__ import annotations

import asyncio
import datetime
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from answers import order_answer, token_answer

from plural_client.api.orders import create_order, get_order
from plural_client.models import CreateOrderRequest, OrderResponse
from plural_ext import AsyncPlural, Plural
from plural_ext._plugins.headers import new_request_id, timestamp

TOKEN_PATH = "/api/auth/v1/token"
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


class Server:
    """Records the headers of every attempt as received; fails the first ``fail`` API attempts."""

    def __init__(self, fail: int = 0, fail_token: int = 0) -> None:
        self.attempts: list[tuple[str, dict[str, str]]] = []
        self.fail = fail
        self.fail_token = fail_token

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # Headers copied now: a retried request is the same object, changed since.
        self.attempts.append((request.url.path, dict(request.headers)))
        if request.url.path == TOKEN_PATH:
            if self.fail_token:
                self.fail_token -= 1
                return httpx.Response(503, headers={"Retry-After": "0"})
            return httpx.Response(200, json=token_answer())
        if self.fail:
            self.fail -= 1
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200, json=order_answer())

    def api_attempts(self) -> list[dict[str, str]]:
        return [headers for path, headers in self.attempts if path != TOKEN_PATH]

    def token_attempts(self) -> list[dict[str, str]]:
        return [headers for path, headers in self.attempts if path == TOKEN_PATH]


def is_uuid4(value: str) -> bool:
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        return False
    return parsed.version == 4 and str(parsed) == value.lower()


def assert_good_timestamp(value: str) -> datetime.datetime:
    assert TIMESTAMP.match(value), value
    when = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%f%z")
    now = datetime.datetime.now(datetime.UTC)
    assert abs((now - when).total_seconds()) < 60, (value, now)
    return when


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Callable[..., list[Any]]:
    """``run(server, calls, **kwargs)``: each call(client) made in order, sync or async."""

    def runner(server: Server, calls: int = 1, **kwargs: Any) -> list[Any]:
        kwargs.setdefault("entry_points", False)
        kwargs.setdefault("backoff", 0.001)
        if request.param == "sync":
            with Plural("id", "secret", transport=httpx.MockTransport(server), **kwargs) as p:
                return [get_order.sync(client=p.client, order_id="v1-abc") for _ in range(calls)]

        async def main() -> list[Any]:
            async with AsyncPlural(
                "id", "secret", transport=httpx.MockTransport(server), **kwargs
            ) as p:
                return [
                    await get_order.asyncio(client=p.client, order_id="v1-abc")
                    for _ in range(calls)
                ]

        return asyncio.run(main())

    return runner


def test_every_request_carries_request_id_and_timestamp(run: Callable[..., list[Any]]) -> None:
    server = Server()

    [result] = run(server)

    assert isinstance(result, OrderResponse)
    assert len(server.attempts) == 2  # the token request, then get_order
    for _path, headers in server.attempts:
        assert is_uuid4(headers["request-id"]), headers["request-id"]
        assert_good_timestamp(headers["request-timestamp"])


def test_token_request_has_its_own_request_id(run: Callable[..., list[Any]]) -> None:
    server = Server()

    run(server)

    [token] = server.token_attempts()
    [api] = server.api_attempts()
    assert token["request-id"] != api["request-id"]


def test_request_ids_differ_between_calls(run: Callable[..., list[Any]]) -> None:
    server = Server()

    run(server, calls=5)

    ids = [headers["request-id"] for headers in server.api_attempts()]
    assert len(ids) == 5
    assert len(set(ids)) == 5
    assert all(is_uuid4(value) for value in ids)


def test_retried_attempts_carry_both_headers(run: Callable[..., list[Any]]) -> None:
    server = Server(fail=2)

    [result] = run(server)

    assert isinstance(result, OrderResponse)
    attempts = server.api_attempts()
    assert len(attempts) == 3
    times = [assert_good_timestamp(headers["request-timestamp"]) for headers in attempts]
    assert times == sorted(times)  # each attempt stamped when it was sent
    ids = {headers["request-id"] for headers in attempts}
    # One Request-ID per call, kept across its retries, so Plural can follow them all.
    assert len(ids) == 1
    assert is_uuid4(ids.pop())


def test_retried_token_request_carries_both_headers(run: Callable[..., list[Any]]) -> None:
    server = Server(fail_token=1)

    run(server)

    tokens = server.token_attempts()
    assert len(tokens) == 2
    for headers in tokens:
        assert is_uuid4(headers["request-id"])
        assert_good_timestamp(headers["request-timestamp"])


def test_401_refresh_attempt_carries_both_headers() -> None:
    seen: list[dict[str, str]] = []
    tokens = iter(["tok-0", "tok-1"])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer(next(tokens)))
        if request.headers["Authorization"] == "Bearer tok-0":
            return httpx.Response(401, json={"code": "UNAUTHORIZED", "message": "expired"})
        return httpx.Response(200, json=order_answer())

    with Plural("id", "secret", transport=httpx.MockTransport(handler), entry_points=False) as p:
        get_order.sync(client=p.client, order_id="v1-abc")

    assert len(seen) == 4
    for headers in seen:
        assert is_uuid4(headers["request-id"])
        assert_good_timestamp(headers["request-timestamp"])


def test_post_request_gets_the_headers_too(guide_examples: dict[str, Any]) -> None:
    server = Server()
    body = CreateOrderRequest.from_dict(guide_examples["CreateOrderRequest"])

    with Plural("id", "secret", transport=httpx.MockTransport(server), entry_points=False) as p:
        create_order.sync(client=p.client, body=body)

    [api] = server.api_attempts()
    assert is_uuid4(api["request-id"])
    assert_good_timestamp(api["request-timestamp"])


def test_callers_own_request_id_is_kept() -> None:
    server = Server()
    mine = str(uuid.uuid4())

    with Plural("id", "secret", transport=httpx.MockTransport(server), entry_points=False) as p:
        get_order.sync(client=p.client, order_id="v1-abc", request_id=mine)

    [api] = server.api_attempts()
    assert api["request-id"] == mine
    assert_good_timestamp(api["request-timestamp"])


def test_request_ids_are_random_version_4_uuids() -> None:
    ids = [new_request_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for value in ids:
        parsed = uuid.UUID(value)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, value)


def test_timestamp_follows_the_clock_across_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    # The formatted second is reused within a second: a new second must be formatted anew.
    for now, expected in [
        (1720511828.022, "2024-07-09T07:57:08.022Z"),
        (1720511828.9995, "2024-07-09T07:57:08.999Z"),
        (1720511829.0, "2024-07-09T07:57:09.000Z"),
        (1720511828.5, "2024-07-09T07:57:08.500Z"),
    ]:
        monkeypatch.setattr(time, "time", lambda now=now: now)
        assert timestamp() == expected
