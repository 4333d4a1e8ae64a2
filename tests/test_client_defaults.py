"""What a client does before any call: it refuses to start without credentials, and says
who it is in every request."""

from __future__ import annotations

import platform

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

    with Plural(
        "id", "secret", transport=httpx.MockTransport(handler), entry_points=False
    ) as plural:
        with pytest.raises(plural_ext.NotFoundError):
            plural.orders.get("v1-abc")

    expected = (
        f"plural-sdk/{plural_ext.__version__} "
        f"(Python {platform.python_version()}; httpx {httpx.__version__})"
    )
    assert seen == [expected, expected]  # the token request too
