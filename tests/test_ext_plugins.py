"""Plugins: explicit ones, entry points, blocks by name, and the client's own settings."""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import httpx
import pytest
from answers import order_answer, token_answer

import plural_ext
from plural_client.api.orders import get_order
from plural_client.models import OrderResponse
from plural_ext import (
    AsyncPlural,
    CallbackResult,
    NotFoundError,
    Plural,
    SignatureError,
    TransportError,
    callback_signature,
    hookimpl,
)
from plural_ext._plugin_manager import _entry_points

TOKEN_PATH = "/api/auth/v1/token"
UAT = "https://pluraluat.v2.pinepg.in"
PROD = "https://api.pluralpay.in"
SECRET_KEY = "9A7282D0556544C59AFE8EC92F5C85F6"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "PLURAL_DISABLE_PLUGINS",
        "PLURAL_CLIENT_ID",
        "PLURAL_CLIENT_SECRET",
        "PLURAL_ENV",
        "PLURAL_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


class Server:
    def __init__(self, status: int = 200, error: Exception | None = None) -> None:
        self.status = status
        self.error = error
        self.api: list[httpx.Request] = []
        self.tokens: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            self.tokens.append(request)
            return httpx.Response(200, json=token_answer())
        self.api.append(request)
        if self.error is not None:
            raise self.error
        if self.status != 200:
            return httpx.Response(self.status, json={"code": "NOT_FOUND", "message": "no order"})
        return httpx.Response(200, json=order_answer())


class Recorder:
    """A plugin that records what each hook sees."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    @hookimpl
    def plural_before_request(self, request: httpx.Request, attempt: int) -> None:
        self.calls.append(("before_request", (request.url.path, attempt)))

    @hookimpl
    def plural_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, elapsed_ms: float
    ) -> None:
        assert elapsed_ms >= 0
        assert response.content is not None  # already read
        self.calls.append(("after_response", (request.url.path, response.status_code, attempt)))

    @hookimpl
    def plural_on_error(self, request: httpx.Request, error: Exception, attempt: int) -> None:
        self.calls.append(("on_error", (request.url.path, type(error), attempt)))

    def names(self, path: str = "/api/pay/v1/orders/v1-abc") -> list[str]:
        return [name for name, args in self.calls if args[0] == path]


def get_sync(server: Server, **kwargs: Any) -> Any:
    kwargs.setdefault("entry_points", False)
    with Plural("id", "secret", transport=httpx.MockTransport(server), **kwargs) as p:
        return get_order.sync(client=p.client, order_id="v1-abc")


def get_async(server: Server, **kwargs: Any) -> Any:
    kwargs.setdefault("entry_points", False)

    async def main() -> Any:
        async with AsyncPlural(
            "id", "secret", transport=httpx.MockTransport(server), **kwargs
        ) as p:
            return await get_order.asyncio(client=p.client, order_id="v1-abc")

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def get(request: pytest.FixtureRequest) -> Any:
    return get_sync if request.param == "sync" else get_async


# --- explicit plugins ------------------------------------------------------------------------


def test_plugin_sees_request_and_response(get: Any) -> None:
    plugin = Recorder()

    result = get(Server(), plugins=[plugin])

    assert isinstance(result, OrderResponse)
    assert plugin.calls == [
        ("before_request", (TOKEN_PATH, 1)),
        ("after_response", (TOKEN_PATH, 200, 1)),
        ("before_request", ("/api/pay/v1/orders/v1-abc", 1)),
        ("after_response", ("/api/pay/v1/orders/v1-abc", 200, 1)),
    ]


def test_plugin_sees_error_responses(get: Any) -> None:
    plugin = Recorder()

    with pytest.raises(NotFoundError):
        get(Server(status=404), plugins=[plugin])

    api = [(name, args) for name, args in plugin.calls if args[0] != TOKEN_PATH]
    assert ("after_response", ("/api/pay/v1/orders/v1-abc", 404, 1)) in api
    [on_error] = [args for name, args in plugin.calls if name == "on_error"]
    assert on_error[1] is NotFoundError


def test_plugin_sees_transport_errors_of_each_attempt(get: Any) -> None:
    plugin = Recorder()

    with pytest.raises(TransportError):
        get(
            Server(error=httpx.ConnectError("refused")),
            plugins=[plugin],
            max_attempts=2,
            backoff=0.001,
        )

    errors = [args for name, args in plugin.calls if name == "on_error"]
    assert errors == [
        ("/api/pay/v1/orders/v1-abc", httpx.ConnectError, 1),
        ("/api/pay/v1/orders/v1-abc", httpx.ConnectError, 2),
    ]
    assert plugin.names().count("before_request") == 2


def test_plugin_can_add_a_header(get: Any) -> None:
    class Tenant:
        @hookimpl
        def plural_before_request(self, request: httpx.Request) -> None:
            request.headers["X-Tenant"] = "shop-42"

    server = Server()
    get(server, plugins=[Tenant()])

    assert server.api[0].headers["X-Tenant"] == "shop-42"
    assert server.tokens[0].headers["X-Tenant"] == "shop-42"


class Exploding:
    @hookimpl
    def plural_after_response(self) -> None:
        raise RuntimeError("observer bug")

    @hookimpl
    def plural_on_error(self) -> None:
        raise RuntimeError("observer bug in on_error")


def test_raising_observer_does_not_break_the_call(
    get: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="plural")
    later = Recorder()

    result = get(Server(), plugins=[Exploding(), later])

    assert isinstance(result, OrderResponse)
    failures = [r for r in caplog.records if r.name == "plural" and r.levelno >= logging.ERROR]
    assert failures, caplog.text
    assert all("plural_after_response" in r.getMessage() for r in failures)
    assert failures[0].exc_info is not None
    assert "observer bug" in str(failures[0].exc_info[1])
    # The other observers were still called.
    assert later.names().count("after_response") == 1


def test_raising_on_error_observer_keeps_the_typed_error(
    get: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="plural")

    with pytest.raises(NotFoundError):
        get(Server(status=404), plugins=[Exploding()])

    assert any("plural_on_error" in r.getMessage() for r in caplog.records)


def test_raising_before_request_propagates(get: Any) -> None:
    class Veto:
        @hookimpl
        def plural_before_request(self, request: httpx.Request) -> None:
            raise PermissionError("not from this host")

    server = Server()
    with pytest.raises(PermissionError):
        get(server, plugins=[Veto()])

    assert server.api == [] and server.tokens == []


# --- entry points ----------------------------------------------------------------------------


def install_distribution(
    root: Path, name: str, entry_points: Mapping[str, str], modules: Mapping[str, str]
) -> None:
    """A distribution as pip leaves it: modules and a ``*.dist-info`` next to them."""
    for module, source in modules.items():
        (root / f"{module}.py").write_text(textwrap.dedent(source))
    info = root / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    lines = "".join(f"{ep} = {target}\n" for ep, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[plural_ext]\n{lines}")


PROBE = """
    import plural_ext

    seen = []

    @plural_ext.hookimpl
    def plural_before_request(request, attempt):
        request.headers["X-Probe"] = "installed"
        seen.append(("before_request", request.url.path, attempt))

    @plural_ext.hookimpl
    def plural_after_response(request, response):
        seen.append(("after_response", request.url.path, response.status_code))
"""


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    for module in ("plural_probe_plugin", "plural_broken_plugin"):
        monkeypatch.delitem(sys.modules, module, raising=False)
    return tmp_path


def test_entry_point_plugin_is_discovered_and_called(site: Path) -> None:
    install_distribution(
        site, "plural_probe", {"probe": "plural_probe_plugin"}, {"plural_probe_plugin": PROBE}
    )
    server = Server()

    with Plural("id", "secret", transport=httpx.MockTransport(server)) as plural:
        assert plural.plugin_manager.get_plugin("probe") is not None
        get_order.sync(client=plural.client, order_id="v1-abc")

    probe = sys.modules["plural_probe_plugin"]
    assert ("before_request", "/api/pay/v1/orders/v1-abc", 1) in probe.seen
    assert ("after_response", "/api/pay/v1/orders/v1-abc", 200) in probe.seen
    assert server.api[0].headers["X-Probe"] == "installed"


def test_entry_points_can_be_turned_off(site: Path) -> None:
    install_distribution(
        site, "plural_probe", {"probe": "plural_probe_plugin"}, {"plural_probe_plugin": PROBE}
    )
    server = Server()

    with Plural("id", "secret", transport=httpx.MockTransport(server), entry_points=False) as p:
        assert p.plugin_manager.get_plugin("probe") is None
        get_order.sync(client=p.client, order_id="v1-abc")

    assert "X-Probe" not in server.api[0].headers


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_entry_point_plugin_can_be_blocked_by_name(
    site: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    install_distribution(
        site, "plural_probe", {"probe": "plural_probe_plugin"}, {"plural_probe_plugin": PROBE}
    )
    kwargs: dict[str, Any] = {}
    if how == "argument":
        kwargs["disable_plugins"] = ["probe"]
    else:
        monkeypatch.setenv("PLURAL_DISABLE_PLUGINS", "logging, probe")
    server = Server()

    with Plural("id", "secret", transport=httpx.MockTransport(server), **kwargs) as p:
        assert p.plugin_manager.get_plugin("probe") is None
        get_order.sync(client=p.client, order_id="v1-abc")

    assert "X-Probe" not in server.api[0].headers
    assert "plural_probe_plugin" not in sys.modules  # not even imported


@pytest.mark.parametrize(
    ("target", "source"),
    [
        pytest.param("plural_missing_module_xyz", None, id="missing-module"),
        pytest.param("plural_broken_plugin", "raise ImportError('needs redis')\n", id="raises"),
        pytest.param("plural_broken_plugin:nothing_here", "x = 1\n", id="missing-attribute"),
    ],
)
def test_broken_entry_point_warns_and_the_client_works(
    site: Path, target: str, source: str | None
) -> None:
    modules = {"plural_broken_plugin": source} if source else {}
    install_distribution(site, "plural_broken", {"broken_thing": target}, modules)
    server = Server()

    with pytest.warns(RuntimeWarning, match="broken_thing"):
        plural = Plural("id", "secret", transport=httpx.MockTransport(server))
    with plural:
        result = get_order.sync(client=plural.client, order_id="v1-abc")

    assert isinstance(result, OrderResponse)
    assert plural.plugin_manager.get_plugin("broken_thing") is None


# --- blocking built-in plugins ---------------------------------------------------------------


def test_blocking_headers_by_environment(get: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLURAL_DISABLE_PLUGINS", "headers")
    server = Server()

    get(server)

    for request in server.api + server.tokens:
        assert "Request-ID" not in request.headers
        assert "Request-Timestamp" not in request.headers


def test_headers_are_added_when_not_blocked(get: Any) -> None:
    server = Server()

    get(server)

    assert "Request-ID" in server.api[0].headers


def test_blocking_logging(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="plural")

    get_sync(Server(), disable_plugins=["logging"])

    assert [r for r in caplog.records if r.name == "plural"] == []


def test_logging_writes_one_info_line_per_call(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="plural")
    server = Server()

    get_sync(server)

    lines = [r.getMessage() for r in caplog.records if r.name == "plural"]
    [line] = [text for text in lines if "/api/pay/v1/orders/v1-abc" in text]
    assert line.startswith("GET /api/pay/v1/orders/v1-abc 200 ")
    assert server.api[0].headers["Request-ID"] in line


# --- settings --------------------------------------------------------------------------------


def test_from_env_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLURAL_CLIENT_ID", "env-id")
    monkeypatch.setenv("PLURAL_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("PLURAL_BASE_URL", "http://127.0.0.1:8765/api/")
    server = Server()

    with Plural.from_env(transport=httpx.MockTransport(server), entry_points=False) as plural:
        assert plural.settings.client_id == "env-id"
        assert plural.settings.client_secret == "env-secret"
        # Plural's documents give base URLs ending in /api; the spec's paths start with it.
        assert plural.settings.base_url == "http://127.0.0.1:8765"
        get_order.sync(client=plural.client, order_id="v1-abc")

    assert str(server.api[0].url) == "http://127.0.0.1:8765/api/pay/v1/orders/v1-abc"
    assert b'"client_id":"env-id"' in server.tokens[0].content.replace(b" ", b"")


@pytest.mark.parametrize(("env", "url"), [("prod", PROD), ("PROD", PROD), ("uat", UAT)])
def test_from_env_environment_name(monkeypatch: pytest.MonkeyPatch, env: str, url: str) -> None:
    monkeypatch.setenv("PLURAL_CLIENT_ID", "id")
    monkeypatch.setenv("PLURAL_CLIENT_SECRET", "secret")
    monkeypatch.setenv("PLURAL_ENV", env)

    with Plural.from_env(entry_points=False) as plural:
        assert plural.settings.base_url == url
        assert str(plural.http.base_url).rstrip("/") == url


def test_from_env_takes_a_mapping_and_overrides() -> None:
    environ = {"PLURAL_CLIENT_ID": "a", "PLURAL_CLIENT_SECRET": "b", "PLURAL_ENV": "prod"}

    plural = AsyncPlural.from_env(environ, max_attempts=2, entry_points=False)

    assert plural.settings.client_id == "a"
    assert plural.settings.base_url == PROD
    assert plural.settings.max_attempts == 2


def test_environments() -> None:
    assert Plural("id", "s", environment="prod", entry_points=False).settings.base_url == PROD
    assert Plural("id", "s", entry_points=False).settings.base_url == UAT  # the default
    with pytest.raises(ValueError, match="environment"):
        Plural("id", "s", environment="staging", entry_points=False)


@pytest.mark.parametrize("timeout", [None, 5.0, httpx.Timeout(7.0)])
@pytest.mark.parametrize("kind", [Plural, AsyncPlural])
def test_a_timeout_is_always_set(kind: type[Any], timeout: Any) -> None:
    plural = kind("id", "s", timeout=timeout, entry_points=False)

    for configured in (plural.settings.timeout, plural.http.timeout):
        assert isinstance(configured, httpx.Timeout)
        values = [configured.connect, configured.read, configured.write, configured.pool]
        assert all(value is not None and value > 0 for value in values), configured
    if isinstance(timeout, float):
        assert plural.http.timeout.read == timeout


class ClosingTransport(httpx.MockTransport):
    def __init__(self, server: Server) -> None:
        super().__init__(server)
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_sync_context_manager_closes() -> None:
    transport = ClosingTransport(Server())

    with Plural("id", "secret", transport=transport, entry_points=False) as plural:
        get_order.sync(client=plural.client, order_id="v1-abc")
        assert not plural.http.is_closed

    assert plural.http.is_closed
    assert transport.closed == 1


def test_async_context_manager_closes() -> None:
    transport = ClosingTransport(Server())

    async def main() -> AsyncPlural:
        async with AsyncPlural("id", "secret", transport=transport, entry_points=False) as plural:
            await get_order.asyncio(client=plural.client, order_id="v1-abc")
            assert not plural.http.is_closed
        return plural

    plural = asyncio.run(main())

    assert plural.http.is_closed
    assert transport.closed == 1


def test_close_and_aclose() -> None:
    sync_transport = ClosingTransport(Server())
    Plural("id", "secret", transport=sync_transport, entry_points=False).close()
    async_transport = ClosingTransport(Server())
    asyncio.run(AsyncPlural("id", "secret", transport=async_transport, entry_points=False).aclose())

    assert sync_transport.closed == 1
    assert async_transport.closed == 1


# --- callbacks -------------------------------------------------------------------------------


def signed(fields: dict[str, str], key: str = SECRET_KEY) -> dict[str, str]:
    return {**fields, "signature": callback_signature(fields, key)}


def test_verify_callback_uses_the_builtin_hmac_scheme() -> None:
    plural = Plural("id", "secret", entry_points=False)
    params = signed({"order_id": "v1-abc", "status": "AUTHORIZED"})

    result = plural.verify_callback(params, SECRET_KEY)

    assert result.order_id == "v1-abc"
    assert result.status == "AUTHORIZED"
    with pytest.raises(SignatureError):
        plural.verify_callback({**params, "status": "FAILED"}, SECRET_KEY)
    with pytest.raises(SignatureError):
        plural.verify_callback(params, "00" * 16)


def test_verify_callback_accepts_a_query_string() -> None:
    plural = Plural("id", "secret", entry_points=False)
    params = signed({"order_id": "v1-abc", "status": "PROCESSED"})
    query = "&".join(f"{k}={v}" for k, v in params.items())

    assert plural.verify_callback(query, SECRET_KEY).status == "PROCESSED"


class OtherScheme:
    """Recognises callbacks of a made-up scheme ``v2``; leaves others to the next plugin."""

    def __init__(self) -> None:
        self.asked: list[Mapping[str, str]] = []

    @hookimpl(tryfirst=True)
    def plural_verify_callback(
        self, params: Mapping[str, str], secret_key: str
    ) -> CallbackResult | None:
        self.asked.append(params)
        if params.get("scheme") != "v2":
            return None
        if params.get("token") != f"ok-{secret_key}":
            raise SignatureError("v2 token does not match")
        fields = {k: v for k, v in params.items() if k != "token"}
        return CallbackResult(
            order_id=params.get("order_id"),
            status="V2-" + params.get("status", ""),
            error_code=None,
            error_message=None,
            fields=MappingProxyType(fields),
        )


def test_plugin_recognising_another_scheme_wins() -> None:
    plugin = OtherScheme()
    plural = Plural("id", "secret", plugins=[plugin], entry_points=False)

    result = plural.verify_callback(
        {"scheme": "v2", "order_id": "v1-abc", "status": "OK", "token": f"ok-{SECRET_KEY}"},
        SECRET_KEY,
    )

    assert result.status == "V2-OK"
    with pytest.raises(SignatureError, match="v2"):
        plural.verify_callback({"scheme": "v2", "token": "forged"}, SECRET_KEY)


def test_other_callbacks_fall_through_to_hmac() -> None:
    plugin = OtherScheme()
    plural = Plural("id", "secret", plugins=[plugin], entry_points=False)
    params = signed({"order_id": "v1-abc", "status": "AUTHORIZED"})

    result = plural.verify_callback(params, SECRET_KEY)

    assert result.status == "AUTHORIZED"
    assert len(plugin.asked) == 1  # the plugin was asked first, and declined
    with pytest.raises(SignatureError):
        plural.verify_callback({**params, "order_id": "v1-other"}, SECRET_KEY)


def test_no_callback_plugin_left_refuses() -> None:
    plural = Plural("id", "secret", disable_plugins=["callback_signature"], entry_points=False)
    params = signed({"order_id": "v1-abc", "status": "AUTHORIZED"})

    with pytest.raises(SignatureError, match="no plugin"):
        plural.verify_callback(params, SECRET_KEY)


def test_public_surface() -> None:
    # What plugins and callers import: keep it importable from the package root.
    for name in ("hookimpl", "hookspec", "ClientCredentialsAuth", "TokenCache", "Settings"):
        assert hasattr(plural_ext, name)


def test_installed_plugins_are_looked_up_once_per_search_path(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading every distribution's metadata costs milliseconds: a service that builds a
    # client per request must not pay it each time; a new place to look is looked at.
    scans: list[int] = []
    scan = importlib.metadata.entry_points
    monkeypatch.setattr(
        importlib.metadata, "entry_points", lambda **kw: scans.append(1) or scan(**kw)
    )
    _entry_points.cache_clear()

    for _ in range(3):
        Plural("id", "secret", transport=httpx.MockTransport(Server())).close()
    assert len(scans) == 1

    more = site / "more"
    more.mkdir()
    install_distribution(
        more, "plural_probe", {"probe": "plural_probe_plugin"}, {"plural_probe_plugin": PROBE}
    )
    monkeypatch.syspath_prepend(str(more))
    with Plural("id", "secret", transport=httpx.MockTransport(Server())) as plural:
        assert plural.plugin_manager.get_plugin("probe") is not None
    assert len(scans) == 2
