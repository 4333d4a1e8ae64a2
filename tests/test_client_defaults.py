"""What a client does around its calls: it refuses to start without credentials, says who it
is in every request, names the request that failed, and prints nothing of its own."""

from __future__ import annotations

import asyncio
import platform
import subprocess
import sys
import textwrap
import time

import httpx
import pytest

import plural_ext
from plural_ext import AsyncPlural, Plural


@pytest.mark.parametrize("client", [Plural, AsyncPlural])
def test_no_credentials_is_an_error_at_construction_not_at_the_first_call(
    client: type[Plural] | type[AsyncPlural], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PLURAL_CLIENT_ID", raising=False)
    monkeypatch.delenv("PLURAL_CLIENT_SECRET", raising=False)
    for make in (lambda: client(entry_points=False), lambda: client.from_env(entry_points=False)):
        with pytest.raises(ValueError, match="PLURAL_CLIENT_ID"):
            make()


def test_a_token_auth_plugin_stands_for_credentials() -> None:
    class Bearer:
        @plural_ext.hookimpl
        def plural_token_auth(self, settings: plural_ext.Settings) -> httpx.Auth:
            return httpx.BasicAuth("merchant", "from-a-vault")

    with Plural(plugins=[Bearer()], entry_points=False) as plural:
        assert plural.settings.client_id is None


def test_every_request_names_the_sdk_python_and_httpx() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["User-Agent"])
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})
        return httpx.Response(404, json={"code": "ORDER_NOT_FOUND", "message": "no such order"})

    with (
        Plural(
            "id", "secret", transport=httpx.MockTransport(handler), entry_points=False
        ) as plural,
        pytest.raises(plural_ext.NotFoundError),
    ):
        plural.orders.get("v1-abc")

    expected = (
        f"plural-sdk/{plural_ext.__version__} "
        f"(Python {platform.python_version()}; httpx {httpx.__version__})"
    )
    assert seen == [expected, expected]  # the token request too


def test_an_error_names_the_request_that_failed_the_token_request_too() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(401, json={"code": "INVALID_CLIENT", "message": "bad client"})
        return httpx.Response(200, json={})

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with (
        Plural(
            "id", "secret", transport=httpx.MockTransport(handler), entry_points=False
        ) as plural,
        pytest.raises(plural_ext.AuthenticationError) as refused,
    ):
        plural.orders.get("v1-abc")
    gone = httpx.MockTransport(unreachable)
    with (
        Plural("id", "secret", transport=gone, backoff=0.0, entry_points=False) as plural,
        pytest.raises(plural_ext.TransportError) as lost,
    ):
        plural.orders.get("v1-abc")

    assert refused.value.operation == "generate_token"
    assert str(refused.value).startswith("generate_token: 401 INVALID_CLIENT")
    assert (lost.value.method, lost.value.path) == ("POST", "/api/auth/v1/token")


def test_an_app_that_never_configures_logging_sees_nothing_of_a_handled_error() -> None:
    app = textwrap.dedent(
        """
        import httpx
        from plural_ext import NotFoundError, Plural, TransportError

        def handler(request):
            if request.url.path.endswith("/token"):
                return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})
            if "unreachable" in request.url.path:
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(404, json={"code": "ORDER_NOT_FOUND", "message": "none"})

        with Plural("id", "secret", transport=httpx.MockTransport(handler), backoff=0.0) as plural:
            for order_id in ("v1-missing", "v1-unreachable"):
                try:
                    plural.orders.get(order_id)
                except (NotFoundError, TransportError):
                    pass
        print("handled")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", app], capture_output=True, text=True, timeout=60, check=False
    )

    assert (run.returncode, run.stdout, run.stderr) == (0, "handled\n", "")


def test_the_signature_secrets_are_settings_and_stay_out_of_reprs() -> None:
    from plural_ext import callback_signature, sign_webhook

    key, secret = "73616e64626f782d63616c6c6261636b", "whsec_c2VjcmV0LWZvci10ZXN0cw"
    environ = {
        "PLURAL_CLIENT_ID": "id",
        "PLURAL_CLIENT_SECRET": "client-secret",
        "PLURAL_SECRET_KEY": key,
        "PLURAL_WEBHOOK_SECRET": secret,
    }
    fields = {"order_id": "v1-abc", "status": "PROCESSED"}
    signed = {**fields, "signature": callback_signature(fields, key)}
    body = b'{"event_type": "ORDER_PROCESSED", "data": {}}'
    stamp = int(time.time())
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign_webhook(secret, "msg_1", stamp, body),
    }

    with Plural.from_env(environ, entry_points=False) as plural:
        assert plural.verify_callback(signed).order_id == "v1-abc"
        assert plural.verify_webhook(headers, body).event_type == "ORDER_PROCESSED"
        shown = repr(plural.settings) + repr(plural)
    assert key not in shown and secret not in shown and "client-secret" not in shown

    with Plural("id", "client-secret", entry_points=False) as plural:
        with pytest.raises(ValueError, match="PLURAL_SECRET_KEY"):
            plural.verify_callback(signed)
        with pytest.raises(ValueError, match="PLURAL_WEBHOOK_SECRET"):
            plural.verify_webhook(headers, body)
        assert plural.verify_callback(signed, key).status == "PROCESSED"  # given: used


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cookie_an_answer_sets_is_not_sent_with_the_next_call(mode: str) -> None:
    # Plural's API sets none; a proxy's would tie one call to another (and cost every
    # answer a cookie-jar pass).
    sent: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("Cookie"))
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})
        cookie = {"Set-Cookie": "AWSALB=sticky; Path=/"}
        return httpx.Response(
            404, json={"code": "ORDER_NOT_FOUND", "message": "no"}, headers=cookie
        )

    async def twice_async() -> None:
        async with AsyncPlural("id", "secret", transport=httpx.MockTransport(handler)) as plural:
            for _ in range(2):
                with pytest.raises(plural_ext.NotFoundError):
                    await plural.orders.get("v1-abc")

    if mode == "async":
        asyncio.run(twice_async())
    else:
        with Plural("id", "secret", transport=httpx.MockTransport(handler)) as plural:
            for _ in range(2):
                with pytest.raises(plural_ext.NotFoundError):
                    plural.orders.get("v1-abc")

    assert sent == [None, None, None]
