"""What a client does around its calls: it refuses to start without credentials, says who it
is in every request, names the request that failed, and prints nothing of its own."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap

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
