"""``Plural`` and ``AsyncPlural``: the generated client with everything a payment integration needs.

There is no wrapper per endpoint. The generated functions are called as they are,
``create_order.sync(client=plural.client, body=...)``, and everything happens in the
httpx client they are handed:

- ``send`` (above authentication): the request is checked against the spec's rules
  before anything is sent, transport failures become :class:`TransportError`, and error
  responses become typed :class:`APIError` subclasses (a success body that does not
  parse is turned into :class:`InvalidResponseError` by the generated code itself);
- the auth (``plural_token_auth`` hook): bearer tokens, a refresh on 401;
- the transport (:class:`PluginTransport`): plugin hooks around each attempt, retries.

A new operation in ``openapi/plural.yaml`` is covered after ``make generate`` alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote

import httpx
import pluggy

from plural_client import Client
from plural_client.api import AsyncResources, Resources

from ._exceptions import RequestValidationError, SignatureError, TransportError
from ._plugin_manager import notify, plugin_manager
from ._responses import api_error
from ._settings import Settings, from_environ
from ._signatures import CallbackParams, CallbackResult, read_callback_fields
from ._spec import Operation, find_operation
from ._transport import PluginTransport

_EXTRA_BODY = "plural_extra_body"  # the request extension naming the keys of extra_body


class _Guard:
    """The checks on each request and response, shared by the sync and async clients."""

    def __init__(self, settings: Settings, hook: pluggy.HookRelay) -> None:
        self._base_path = httpx.URL(settings.base_url).raw_path.decode("ascii").rstrip("/")
        self._hook = hook

    def check_request(self, request: httpx.Request) -> None:
        found = self._operation(request)
        if found is not None:
            operation, path_params = found
            body = _json_body(operation, request)
            # The keys a caller sent through extra_body (named by the generated endpoint
            # functions) are sent as given: those the spec does not know are not checked.
            extra = request.extensions.get(_EXTRA_BODY)
            if extra and isinstance(body, dict):
                unchecked = frozenset(extra) - operation.body_fields
                body = {key: value for key, value in body.items() if key not in unchecked}
            operation.validate(path_params, body, _query(operation, request))

    def check_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        # Success bodies are left to the generated parser, which turns one it cannot
        # read into InvalidResponseError: parsing them here too would double the cost.
        if response.status_code >= 400:
            error = api_error(response)
            notify(self._hook.plural_on_error, request=request, error=error, attempt=0)
            raise error
        return response

    def transport_error(
        self, request: httpx.Request, error: httpx.TransportError
    ) -> TransportError:
        return TransportError(
            f"{request.method} {request.url.path} failed: {type(error).__name__}: {error}",
            request=request,
        )

    def _operation(self, request: httpx.Request) -> Any:
        # Matched on the path as sent, still percent-encoded: a parameter holding "/"
        # (sent as %2F) must not pass for other segments, nor "%41" for "A".
        path = request.url.raw_path.decode("ascii").partition("?")[0]
        if not path.startswith(self._base_path):
            return None
        found = find_operation(request.method, path[len(self._base_path) :])
        if found is None:
            return None
        operation, params = found
        return operation, {name: unquote(value) for name, value in params.items()}


def _query(operation: Operation, request: httpx.Request) -> dict[str, str] | None:
    """The query string's values (the last of each name), for an operation that takes any."""
    return dict(request.url.params.items()) if operation.query_schemas else None


def _json_body(operation: Operation, request: httpx.Request) -> object:
    """The JSON body the operation's rules apply to; a file upload has none to check."""
    if operation.body_schema is None or not request.content:
        return None
    try:
        return json.loads(request.content)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        raise RequestValidationError("body", "must be JSON", operation.operation_id) from None


class _HTTPClient(httpx.Client):
    def __init__(self, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._guard.check_request(request)
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as error:
            raise self._guard.transport_error(request, error) from error
        return self._guard.check_response(request, response)


class _AsyncHTTPClient(httpx.AsyncClient):
    def __init__(self, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._guard.check_request(request)
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as error:
            raise self._guard.transport_error(request, error) from error
        return self._guard.check_response(request, response)


class _BaseClient:
    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        plugins: Iterable[object] = (),
        disable_plugins: Iterable[str] = (),
        entry_points: bool = True,
        **options: Any,
    ) -> None:
        self.settings = Settings.build(
            client_id,
            client_secret,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            **options,
        )
        self.plugin_manager = plugin_manager(
            plugins, disable=disable_plugins, entry_points=entry_points
        )
        hook = self.plugin_manager.hook
        self._guard = _Guard(self.settings, hook)
        self._http_kwargs: dict[str, Any] = {
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout,
            "auth": hook.plural_token_auth(settings=self.settings),
        }
        # The generated client, for the generated endpoint functions: client=plural.client.
        self.client = Client(base_url=self.settings.base_url, timeout=self.settings.timeout)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client from ``PLURAL_CLIENT_ID``, ``PLURAL_CLIENT_SECRET``, ``PLURAL_ENV`` and ``PLURAL_BASE_URL``."""
        return cls(**{**from_environ(environ), **kwargs})

    def verify_callback(self, params: CallbackParams, secret_key: str) -> CallbackResult:
        """Verify a callback through the ``plural_verify_callback`` plugins.

        ``params``: the POST form body (bytes or text), the query string, or a mapping,
        as :func:`plural_ext.verify_callback` takes them.
        """
        result = self.plugin_manager.hook.plural_verify_callback(
            params=read_callback_fields(params), secret_key=secret_key
        )
        if result is None:
            raise SignatureError("no plugin could verify this callback")
        return result  # type: ignore[no-any-return]

    def _transport(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    ) -> PluginTransport:
        return PluginTransport(transport, self.plugin_manager.hook, self.settings)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.settings.base_url!r}, client_id={self.settings.client_id!r})"


class Plural(_BaseClient, Resources):
    """The synchronous client. Use it as a context manager, or call :meth:`close`.

    One attribute per family of operations (``plural.orders``, ``plural.payment_links``...),
    one method per operation, returning what the operation answers:
    ``plural.orders.get(order_id)`` is an ``Order``. The generated functions take
    ``client=plural.client`` as well.
    """

    def __init__(
        self, *args: Any, transport: httpx.BaseTransport | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.http = _HTTPClient(
            self._guard,
            transport=self._transport(transport or httpx.HTTPTransport()),
            **self._http_kwargs,
        )
        self.client.set_httpx_client(self.http)
        Resources.__init__(self, self.client)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPlural(_BaseClient, AsyncResources):
    """The asyncio client. Use it as an async context manager, or await :meth:`aclose`.

    The same resources as :class:`Plural`, with awaited methods.
    """

    def __init__(
        self, *args: Any, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.http = _AsyncHTTPClient(
            self._guard,
            transport=self._transport(transport or httpx.AsyncHTTPTransport()),
            **self._http_kwargs,
        )
        self.client.set_async_httpx_client(self.http)
        AsyncResources.__init__(self, self.client)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
