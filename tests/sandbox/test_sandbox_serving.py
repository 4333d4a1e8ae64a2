"""The sandbox over HTTP, from the command line, through the pytest fixtures, and async."""

from __future__ import annotations

import argparse
import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sandbox_helpers import Api, data

from plural_ext.sandbox import (
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_WEBHOOK_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    serve,
)
from plural_ext.sandbox._cli import add_parser
from plural_ext.sandbox.pytest_plugin import RunningSandbox

TOKEN_REQUEST = {
    "client_id": DEFAULT_CLIENT_ID,
    "client_secret": DEFAULT_CLIENT_SECRET,
    "grant_type": "client_credentials",
}


def test_serve_binds_localhost_and_stops() -> None:
    with Sandbox() as sandbox, serve(sandbox) as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.base_url == server.url
        response = httpx.post(
            server.base_url + "/api/auth/v1/token", json=TOKEN_REQUEST, trust_env=False
        )
        assert response.status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.post(server.base_url + "/api/auth/v1/token", json=TOKEN_REQUEST, trust_env=False)


def test_plugin_fixture_serves_over_http(plural_sandbox: RunningSandbox) -> None:
    assert plural_sandbox.base_url == plural_sandbox.url
    assert plural_sandbox.config is plural_sandbox.sandbox.config
    with httpx.Client(base_url=plural_sandbox.base_url, trust_env=False) as client:
        assert client.post("/api/auth/v1/token", json=TOKEN_REQUEST).status_code == 200


def test_concurrent_clients_get_distinct_orders(plural_sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=plural_sandbox.base_url, trust_env=False) as client:
        api = Api(client, plural_sandbox.sandbox).login()
        with ThreadPoolExecutor(max_workers=8) as pool:
            orders = list(
                pool.map(lambda n: data(api.create_order(ref=f"concurrent-{n}")), range(24))
            )
    assert len({order["order_id"] for order in orders}) == 24
    assert len(plural_sandbox.sandbox.orders()) == 24


def test_async_client_on_the_transport(plural_sandbox_transport: SandboxTransport) -> None:
    async def checkout() -> int:
        async with httpx.AsyncClient(
            transport=plural_sandbox_transport, base_url=plural_sandbox_transport.base_url
        ) as client:
            token = (await client.post("/api/auth/v1/token", json=TOKEN_REQUEST)).json()[
                "access_token"
            ]
            response = await client.get(
                "/api/pay/v1/orders/reference/none", headers={"Authorization": f"Bearer {token}"}
            )
            return response.status_code

    assert asyncio.run(checkout()) == 404


def test_cli_serves_until_stopped(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    parser = argparse.ArgumentParser(prog="plural")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["sandbox", "--port", "0", "--token-ttl", "60", "--token-expiry", "expires_in"]
    )
    caplog.set_level(logging.INFO, logger="plural_ext.sandbox")  # before the CLI sets its own
    stop = threading.Event()
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(args.func(args, stop=stop)), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    out = ""
    while "Ctrl-C" not in out and time.monotonic() < deadline:
        time.sleep(0.02)
        out += capsys.readouterr().out
    base_url = out.split("Plural sandbox at ", 1)[1].split()[0]
    # Everything a merchant needs to point an app at it, and a line per request after.
    assert DEFAULT_CLIENT_ID in out and DEFAULT_CLIENT_SECRET in out
    assert DEFAULT_CALLBACK_SECRET_KEY in out and DEFAULT_WEBHOOK_SECRET in out and "123456" in out
    request_id = "4a7e0c84-5f6d-4d8e-9a43-58c2e0f0b1aa"
    response = httpx.post(
        base_url + "/api/auth/v1/token",
        json=TOKEN_REQUEST,
        headers={"Request-ID": request_id},
        trust_env=False,
    )
    assert response.json()["expires_in"] == 60
    assert f"POST /api/auth/v1/token 200 Request-ID={request_id}" in caplog.messages
    stop.set()
    thread.join(timeout=10)
    assert result == [0]


@pytest.mark.parametrize("bad", ["0", "-5", "soon"])
def test_cli_refuses_a_bad_token_ttl(bad: str) -> None:
    parser = argparse.ArgumentParser(prog="plural")
    add_parser(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit):
        parser.parse_args(["sandbox", "--token-ttl", bad])


@pytest.mark.parametrize(
    "change", [{"token_ttl": 0}, {"callback_secret_key": "not hex"}, {"webhook_attempts": 0}]
)
def test_config_refuses_nonsense(change: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        SandboxConfig(**change)  # type: ignore[arg-type]
