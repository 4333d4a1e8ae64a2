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
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote

import httpx
import pluggy

from plural_client import Client
from plural_client.api import AsyncResources, Resources
from plural_client.types import UNENCODABLE

from ._deadline import call_deadline, time_left
from ._exceptions import RequestValidationError, SignatureError, TransportError
from ._loops import PerLoopTransport
from ._outcomes import check_idempotent, settled, settling_read
from ._plugin_manager import notify, plugin_manager
from ._plugins.headers import check_caller_headers
from ._responses import api_error
from ._settings import USER_AGENT, Settings, from_environ
from ._signatures import CallbackParams, CallbackResult, read_callback_fields
from ._spec import Operation, find_operation, operation_named
from ._transport import PluginTransport
from ._webhooks import WebhookEvent, verify_webhook

_EXTRA_BODY = "plural_extra_body"  # the request extension naming the keys of extra_body
_OPERATION_ID = "plural_operation_id"  # the request extension naming a generated call's operation
_OPERATION = "plural_operation"  # the request extension holding its operation and path params
_SENT = "plural_sent"  # the request extension holding the JSON body as the object sent
_UNREAD = object()  # the JSON body, not yet read from the request's bytes


class _Guard:
    """The checks on each request and response, shared by the sync and async clients."""

    def __init__(self, settings: Settings, hook: pluggy.HookRelay) -> None:
        self._base_path = httpx.URL(settings.base_url).raw_path.decode("ascii").rstrip("/")
        self._hook = hook
        self.deadline = settings.deadline

    def build(
        self,
        build_request: Callable[..., httpx.Request],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> httpx.Request:
        """httpx's request, checked against the spec's rules; or a RequestValidationError
        naming what cannot be sent: a caller's header (a Request-ID that is no UUID), a field
        UTF-8 cannot encode (a lone surrogate, from a badly decoded form) where httpx would
        raise UnicodeEncodeError, a field that breaks its rule."""
        try:
            return self._build(
                build_request, dict(zip(("method", "url"), args, strict=False)) | kwargs
            )
        except RequestValidationError as refused:
            # The frames the error leaves through (this one, the client's build_request) keep
            # their locals, the body among them (a card number, a CVV), which error trackers
            # capture: they hold none of it when it leaves.
            kwargs.clear()
            raise refused.with_traceback(None) from None

    def _build(
        self, build_request: Callable[..., httpx.Request], kwargs: dict[str, Any]
    ) -> httpx.Request:
        check_caller_headers(kwargs.get("headers"))
        try:
            request = build_request(**kwargs)
        except UnicodeEncodeError:
            field = _unencodable(kwargs.get("json")) or _unencodable(kwargs.get("params"))
            raise RequestValidationError(field or "body", UNENCODABLE) from None
        # The body is checked as the object in hand, not as its bytes read back.
        body = kwargs.get("json")
        self.check_request(request, _UNREAD if body is None else body)
        if body is not None:
            request.extensions[_SENT] = body  # for check_idempotent, which would parse it back
        return request

    def check_request(self, request: httpx.Request, body: object = _UNREAD) -> None:
        """Check a request against its operation's rules, once: a request that passed (when
        this client built it, say) holds its operation, and a refused one does not, so it is
        checked again if sent again. ``body`` is the JSON body as an object, when known."""
        if _OPERATION in request.extensions:
            return
        found = self._operation(request)
        if found is not None:
            operation, path_params = found
            try:
                _validate(operation, path_params, request, body)
            except RequestValidationError as refused:
                # Raised afresh from this frame: the frames below hold the body (a card number,
                # a CVV) in their locals, which error trackers such as Sentry capture.
                raise refused.with_traceback(None) from None
        request.extensions[_OPERATION] = found

    def check_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        # Success bodies are left to the generated parser, which turns one it cannot
        # read into InvalidResponseError: parsing them here too would double the cost.
        if response.status_code >= 400:
            found = request.extensions.get(_OPERATION)
            error = api_error(response, found[0].operation_id if found else None)
            notify(self._hook.plural_on_error, request=request, error=error, attempt=0)
            raise error
        found = request.extensions.get(_OPERATION)
        if found is not None:
            check_idempotent(found[0], request, response, request.extensions.get(_SENT))
        return response

    def settling_read(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Request | None:
        """The read to make before taking a refused retry as the answer (``_outcomes``)."""
        found = request.extensions.get(_OPERATION)
        if found is None:
            return None
        operation, path_params = found
        return settling_read(operation, path_params, request, response, self._base_path)

    def settled(
        self, request: httpx.Request, refused: httpx.Response, read: httpx.Response
    ) -> httpx.Response:
        return settled(request.extensions[_OPERATION][0], refused, read)

    def transport_error(
        self, request: httpx.Request, error: httpx.TransportError
    ) -> TransportError:
        # The request (its token, its body) stays out of the error, and out of its cause.
        return TransportError.of(request, error)

    def _operation(self, request: httpx.Request) -> Any:
        # Matched on the path as sent, still percent-encoded: a parameter holding "/"
        # (sent as %2F) must not pass for other segments, nor "%41" for "A".
        path = request.url.raw_path.decode("ascii").partition("?")[0]
        if not path.startswith(self._base_path):
            return None
        path = path[len(self._base_path) :]
        found = _named_operation(request, path) or find_operation(request.method, path)
        if found is None:
            return None
        operation, params = found
        return operation, {name: unquote(value) for name, value in params.items()}


def _named_operation(request: httpx.Request, path: str) -> tuple[Operation, dict[str, str]] | None:
    """The operation a generated function named, if the request's path is still its."""
    operation_id = request.extensions.get(_OPERATION_ID)
    if operation_id is None:
        return None
    operation = operation_named(operation_id)
    match = operation.path_pattern.match(path)
    if match is None or operation.method != request.method:
        return None
    return operation, match.groupdict()


def _configured(given: str | None, setting: str | None, variable: str) -> str:
    # A missing key is the application's mistake, not a forged callback: a ValueError, which
    # an endpoint that refuses SignatureError with a 400 does not swallow.
    key = given if given is not None else setting
    if key is None:
        raise ValueError(f"no secret to verify with: pass one, or set {variable}")
    return key


def _validate(
    operation: Operation, path_params: dict[str, str], request: httpx.Request, body: object
) -> None:
    if body is _UNREAD:
        body = _json_body(operation, request)
    # The keys a caller sent through extra_body (named by the generated endpoint functions)
    # are sent as given: those the spec does not know are not checked.
    extra = request.extensions.get(_EXTRA_BODY)
    if extra and isinstance(body, dict):
        unchecked = frozenset(extra) - operation.body_fields
        body = {key: value for key, value in body.items() if key not in unchecked}
    operation.validate(path_params, body, _query(operation, request))


def _unencodable(value: object, path: str = "") -> str | None:
    """The path of the first string (key or value) in ``value`` that UTF-8 cannot encode."""
    if isinstance(value, str):
        return None if value.isascii() or _encodes(value) else path
    if isinstance(value, Mapping):
        items: Iterable[tuple[object, object]] = value.items()
    elif isinstance(value, list | tuple):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        # A key may be the unencodable string: named escaped, so the message itself prints.
        name = str(key).encode("utf-8", "backslashreplace").decode("utf-8")
        where = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{name}" if path else name
        found = _unencodable(key, where) or _unencodable(item, where)
        if found:
            return found
    return None


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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


class _NoCookies(httpx.Cookies):
    """Plural's API sets no cookies, and a call must not depend on an earlier one's: none is
    kept from an answer (reading the Set-Cookie headers costs ~13 µs a response)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _HTTPClient(httpx.Client):
    def __init__(self, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard
        self._cookies = _NoCookies()

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return self._guard.build(super().build_request, args, kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self._guard.check_request(request)
        try:
            with call_deadline(self._guard.deadline):
                response = super().send(request, **kwargs)
                read = self._guard.settling_read(request, response)
                if read is not None:
                    response = self._guard.settled(request, response, super().send(read, **kwargs))
        except httpx.TransportError as error:
            raise self._guard.transport_error(request, error) from error
        return self._guard.check_response(request, response)


class _AsyncHTTPClient(httpx.AsyncClient):
    def __init__(self, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._guard = guard
        self._cookies = _NoCookies()

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        return self._guard.build(super().build_request, args, kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        import asyncio  # loaded by then: this runs in an event loop (see _loops)

        self._guard.check_request(request)
        try:
            with call_deadline(self._guard.deadline):
                async with asyncio.timeout(time_left()):
                    response = await super().send(request, **kwargs)
                    read = self._guard.settling_read(request, response)
                    if read is not None:
                        answer = await super().send(read, **kwargs)
                        response = self._guard.settled(request, response, answer)
        except httpx.TransportError as error:
            raise self._guard.transport_error(request, error) from error
        except TimeoutError:  # asyncio.timeout's: the deadline passed
            late = httpx.ReadTimeout("the call's deadline has passed", request=request)
            raise self._guard.transport_error(request, late) from None
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
        auth = hook.plural_token_auth(settings=self.settings)
        if auth is None:
            # Failing here, not at the first call: without credentials every call is a 401
            # (after retries), far from the line that forgot them.
            raise ValueError(
                "Plural needs credentials: client_id and client_secret (or PLURAL_CLIENT_ID and"
                " PLURAL_CLIENT_SECRET with from_env()), or a plural_token_auth plugin"
            )
        self._http_kwargs: dict[str, Any] = {
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout,
            "auth": auth,
            "headers": {"User-Agent": USER_AGENT},
        }
        # The generated client, for the generated endpoint functions: client=plural.client.
        self.client = Client(base_url=self.settings.base_url, timeout=self.settings.timeout)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client from ``PLURAL_CLIENT_ID``, ``PLURAL_CLIENT_SECRET``, ``PLURAL_ENV`` and ``PLURAL_BASE_URL``."""
        return cls(**{**from_environ(environ), **kwargs})

    def verify_callback(
        self, params: CallbackParams, secret_key: str | None = None
    ) -> CallbackResult:
        """Verify a callback through the ``plural_verify_callback`` plugins.

        ``params``: the POST form body (bytes or text), the query string, or a mapping,
        as :func:`plural_ext.verify_callback` takes them. ``secret_key``: the client's
        ``callback_secret_key`` (``PLURAL_SECRET_KEY``) unless given.
        """
        key = _configured(secret_key, self.settings.callback_secret_key, "PLURAL_SECRET_KEY")
        result = self.plugin_manager.hook.plural_verify_callback(
            params=read_callback_fields(params), secret_key=key
        )
        if result is None:
            raise SignatureError("no plugin could verify this callback")
        return result  # type: ignore[no-any-return]

    def verify_webhook(
        self, headers: Mapping[str, str], body: bytes | str, secret: str | None = None
    ) -> WebhookEvent:
        """:func:`plural_ext.verify_webhook` with the client's ``webhook_secret``
        (``PLURAL_WEBHOOK_SECRET``) unless ``secret`` is given."""
        key = _configured(secret, self.settings.webhook_secret, "PLURAL_WEBHOOK_SECRET")
        return verify_webhook(headers, body, key)

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
        if transport is None:
            from ._network import http_transport  # loads httpcore, as httpx's own transport

            transport = http_transport(self.settings.verify)
        self.http = _HTTPClient(
            self._guard,
            transport=self._transport(transport),
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

    The same resources as :class:`Plural`, with awaited methods. One client serves any
    number of event loops, one after another or at once in several threads (a module-level
    client and an ``asyncio.run`` per job): each loop gets its own connection pool and
    token lock; the token itself is shared.
    """

    def __init__(
        self, *args: Any, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.http = _AsyncHTTPClient(
            self._guard,
            transport=self._transport(transport or PerLoopTransport(self._async_http_transport)),
            **self._http_kwargs,
        )
        self.client.set_async_httpx_client(self.http)
        AsyncResources.__init__(self, self.client)

    def _async_http_transport(self) -> httpx.AsyncHTTPTransport:
        """An event loop's pool, trusting the certificates ``Settings.verify`` names."""
        return httpx.AsyncHTTPTransport(verify=self.settings.verify)

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
