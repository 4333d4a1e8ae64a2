"""The sandbox over HTTPS, as Plural's hosts speak it, with certificate verification on.

- the whole seamless card checkout (order, payment, the challenge page, the callback,
  capture) over ``https://127.0.0.1:PORT``, sync and async, the client trusting the
  sandbox's CA through ``verify=``, so the client's real TLS path runs;
- a client that does not trust the CA fails with a TransportError naming the failed
  verification; one that speaks plain HTTP is dropped, and the server goes on serving;
- the CA file (and nothing secret) is on disk while the server runs, and gone after;
- ``plural sandbox --tls`` prints the https base URL and the CA to trust;
- the ``plural_sandbox_tls`` fixture option, and ``verify``'s refusals.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import plural_ext
from plural_client.models import OrderStatus, PaymentRequestParams
from plural_ext import AsyncPlural, Plural, TransportError
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxServer,
    SandboxTLS,
    serve,
)
from plural_ext.sandbox._cli import add_parser
from plural_ext.sandbox.pytest_plugin import RunningSandbox
from plural_ext.testing import approve

RETURN_URL = "https://shop.example/plural/return"
AMOUNT = {"value": 1100, "currency": "INR"}


@pytest.fixture
def https_sandbox() -> Iterator[SandboxServer]:
    with Sandbox() as sandbox, serve(sandbox, tls=True) as server:
        yield server


def credentials(server: SandboxServer) -> dict[str, Any]:
    """A merchant's client on the sandbox, trusting its CA (and only it), verification on."""
    return {
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "base_url": server.base_url,
        "callback_secret_key": DEFAULT_CALLBACK_SECRET_KEY,
        "verify": server.ca_file,
    }


def order(reference: str) -> dict[str, Any]:
    return {
        "merchant_order_reference": reference,
        "order_amount": AMOUNT,
        "pre_auth": True,
        "callback_url": RETURN_URL,
    }


def card_payment(reference: str) -> list[PaymentRequestParams]:
    return [
        {
            "merchant_payment_reference": f"{reference}-pay",
            "payment_method": "CARD",
            "payment_amount": {"value": 1100, "currency": "INR"},
            "payment_option": {
                "card_details": {
                    "name": "Kevin Bob",
                    "card_number": CARD_SUCCESS,
                    "cvv": "123",
                    "expiry_month": "12",
                    "expiry_year": "2030",
                }
            },
        }
    ]


def customer_approves(server: SandboxServer, challenge_url: object) -> bytes:
    """The customer's browser, trusting the sandbox's CA, on the challenge page: the page
    and its form are https, and approving gives the callback body the browser posts."""
    assert isinstance(challenge_url, str) and challenge_url.startswith(server.base_url + "/")
    assert server.tls is not None
    browser = httpx.HTTPTransport(verify=server.tls.client_context())
    with httpx.Client(transport=browser, trust_env=False) as client:
        page = client.get(challenge_url)
    assert page.status_code == 200 and page.url.scheme == "https"
    form_action = re.search(r'<form[^>]*action="([^"]*)"', page.text)
    assert form_action is not None
    assert str(page.url.join(form_action[1])).startswith(server.base_url + "/")
    assert "http://" not in page.text  # no link of the page falls back to plain HTTP
    callback = approve(challenge_url, transport=browser)
    assert callback.url == RETURN_URL
    return callback.body


def test_a_card_checkout_over_https_with_verification_on(https_sandbox: SandboxServer) -> None:
    assert https_sandbox.base_url.startswith("https://127.0.0.1:")
    with Plural(**credentials(https_sandbox)) as plural:
        assert isinstance(plural.settings.verify, ssl.SSLContext)
        created = plural.orders.create(**order("tls-sync"))
        paying = plural.payments.create(created.order_id, payments=card_payment("tls-sync"))

        callback = customer_approves(https_sandbox, paying.challenge_url)

        assert plural.verify_callback(callback).status == "AUTHORIZED"
        captured = plural.orders.capture(created.order_id, merchant_capture_reference="tls-cap")
        assert captured.status == OrderStatus.PROCESSED
        assert plural.orders.get(created.order_id).status == OrderStatus.PROCESSED


def test_an_async_card_checkout_over_https_with_verification_on(
    https_sandbox: SandboxServer,
) -> None:
    async def checkout() -> OrderStatus:
        async with AsyncPlural(**credentials(https_sandbox)) as plural:
            created = await plural.orders.create(**order("tls-async"))
            payments = card_payment("tls-async")
            paying = await plural.payments.create(created.order_id, payments=payments)
            callback = await asyncio.to_thread(
                customer_approves, https_sandbox, paying.challenge_url
            )
            assert plural.verify_callback(callback).status == "AUTHORIZED"
            await plural.orders.capture(created.order_id, merchant_capture_reference="tls-cap")
            return (await plural.orders.get(created.order_id)).status

    assert asyncio.run(checkout()) == OrderStatus.PROCESSED


def test_verify_takes_an_ssl_context(https_sandbox: SandboxServer) -> None:
    assert https_sandbox.tls is not None
    context = https_sandbox.tls.client_context()
    options = credentials(https_sandbox) | {"verify": context}
    with Plural(**options) as plural:
        assert plural.settings.verify is context
        assert plural.orders.create(**order("tls-context")).status == OrderStatus.CREATED


@pytest.mark.parametrize("client", [Plural, AsyncPlural])
def test_a_client_that_does_not_trust_the_ca_gets_a_transport_error(
    https_sandbox: SandboxServer, client: type[Plural] | type[AsyncPlural]
) -> None:
    # verify left at True: the public CAs, which never signed the sandbox's certificate.
    attempts: list[str] = []

    class Attempts:
        @plural_ext.hookimpl
        def plural_before_request(self, request: httpx.Request) -> None:
            attempts.append(request.url.path)

    options = credentials(https_sandbox) | {"verify": True, "plugins": [Attempts()]}

    async def call_async() -> None:
        async with AsyncPlural(**options) as plural:
            await plural.orders.create(**order("tls-untrusted"))

    with pytest.raises(TransportError, match="certificate verify failed"):
        if client is Plural:
            with Plural(**options) as plural:
                plural.orders.create(**order("tls-untrusted"))
        else:
            asyncio.run(call_async())
    assert attempts == ["/api/auth/v1/token"]  # not retried: no retry makes the CA trusted
    with Plural(**credentials(https_sandbox)) as trusting:
        assert trusting.orders.create(**order("tls-untrusted")).status == OrderStatus.CREATED


def test_plain_http_to_the_https_port_is_dropped_and_serving_goes_on(
    https_sandbox: SandboxServer,
) -> None:
    plain = https_sandbox.base_url.replace("https://", "http://")
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(plain + "/api/auth/v1/token", json={}, trust_env=False, timeout=10)
    with Plural(**credentials(https_sandbox)) as plural:
        assert plural.orders.create(**order("tls-after-plain")).status == OrderStatus.CREATED


def test_a_client_that_never_starts_the_handshake_is_dropped_after_idle_timeout() -> None:
    # The handshake runs on the connection's thread, bounded as any read: a silent client
    # holds neither the accept loop nor its slot for longer than idle_timeout.
    with Sandbox() as sandbox, serve(sandbox, tls=True, idle_timeout=0.2) as server:
        port = int(server.base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as silent:
            with Plural(**credentials(server)) as plural:  # served meanwhile
                assert plural.orders.create(**order("tls-silent")).status == OrderStatus.CREATED
            assert silent.recv(1) == b""  # closed by the server, well before our 10 s


def test_the_ca_file_is_there_while_serving_and_removed_on_close() -> None:
    with Sandbox() as sandbox:
        server = serve(sandbox, tls=True)
        assert server.ca_file is not None and server.tls is not None
        ca_file = Path(server.ca_file)
        # Only the CA certificate stays on disk: the server's key was loaded and removed.
        assert [path.name for path in ca_file.parent.iterdir()] == ["ca.pem"]
        assert ca_file.read_text().startswith("-----BEGIN CERTIFICATE-----")
        assert "PRIVATE KEY" not in ca_file.read_text()
        server.close()
        assert not ca_file.exists() and not ca_file.parent.exists()
        server.close()  # twice is fine


def test_plain_http_serving_has_no_ca() -> None:
    with Sandbox() as sandbox, serve(sandbox) as server:
        assert server.base_url.startswith("http://") and server.ca_file is None
        assert server.tls is None


def test_the_certificate_names_the_loopback_addresses_and_localhost() -> None:
    with SandboxTLS() as tls, Sandbox() as sandbox:
        cafile = str(tls.ca_file)
        with serve(sandbox, tls=True) as server:
            port = server.base_url.rsplit(":", 1)[1]
            context = ssl.create_default_context(cafile=server.ca_file)
            for host in ("localhost", "127.0.0.1"):
                response = httpx.post(
                    f"https://{host}:{port}/api/auth/v1/token",
                    json={
                        "client_id": "x",
                        "client_secret": "y",
                        "grant_type": "client_credentials",
                    },
                    verify=context,
                    trust_env=False,
                )
                assert response.status_code == 401  # through TLS, to the sandbox's refusal
            # Another run's CA (a sandbox restarted) is not this one: each start is its own.
            with pytest.raises(httpx.ConnectError, match="certificate verify failed"):
                httpx.get(
                    server.base_url,
                    verify=ssl.create_default_context(cafile=cafile),
                    trust_env=False,
                )


@pytest.mark.parametrize("plural_sandbox_tls", [True])
def test_the_fixture_serves_https_when_told(plural_sandbox: RunningSandbox) -> None:
    assert plural_sandbox.base_url.startswith("https://127.0.0.1:")
    assert plural_sandbox.ca_file is not None
    with Plural(
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        base_url=plural_sandbox.base_url,
        verify=plural_sandbox.ca_file,
    ) as plural:
        assert plural.orders.create(**order("tls-fixture")).status == OrderStatus.CREATED


def test_the_fixture_serves_plain_http_by_default(plural_sandbox: RunningSandbox) -> None:
    assert plural_sandbox.base_url.startswith("http://") and plural_sandbox.ca_file is None


def test_plural_sandbox_tls_prints_the_https_url_and_the_ca_to_trust(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = argparse.ArgumentParser(prog="plural")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["sandbox", "--port", "0", "--tls"])
    stop = threading.Event()
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(args.func(args, stop=stop)), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    out = ""
    while "Ctrl-C" not in out and time.monotonic() < deadline:
        time.sleep(0.02)
        out += capsys.readouterr().out
    try:
        base_url = out.split("Plural sandbox at ", 1)[1].split()[0]
        ca_file = out.split("CA to trust", 1)[1].split()[0]
        assert base_url.startswith("https://127.0.0.1:") and os.path.isfile(ca_file)
        with Plural(
            DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, base_url=base_url, verify=ca_file
        ) as plural:
            assert plural.orders.create(**order("tls-cli")).status == OrderStatus.CREATED
    finally:
        stop.set()
        thread.join(timeout=10)
    assert result == [0]
    assert not os.path.exists(ca_file)


@pytest.mark.parametrize(
    ("verify", "error", "message"),
    [
        ("/no/such/ca.pem", ValueError, r"verify: '/no/such/ca.pem' is not a readable PEM"),
        (__file__, ValueError, r"verify: .* is not a readable PEM file of CAs"),
        (3, TypeError, r"verify must be a bool, a CA file's path or an ssl.SSLContext, not int"),
    ],
)
def test_verify_refuses_what_is_no_ca_at_construction(
    verify: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Plural(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, base_url="https://x.test", verify=verify)
