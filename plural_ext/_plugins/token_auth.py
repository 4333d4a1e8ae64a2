"""Built-in plugin ``token_auth``: client-credentials tokens, fetched once, cached, refreshed.

One token request serves every thread and task that needs a token at the same time:
the first one fetches it under a lock, the others wait on that lock and find it cached.
A 401 on an API call means the token was revoked or expired early: it is refreshed
once and the call is sent once more.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Protocol

import attrs
import httpx

from plural_client.api.auth import generate_token
from plural_client.models import GrantType, TokenRequest, TokenResponse
from plural_client.types import Unset

from .._exceptions import InvalidResponseError, RequestValidationError
from .._hookspecs import hookimpl
from .._loops import PerLoop, async_lock
from .._responses import api_error, request_id
from .._settings import USER_AGENT, Settings

# A token is renewed this long before it expires, so that it does not expire in flight.
EXPIRY_MARGIN = 60.0
# Used when a token response says nothing of its lifetime.
DEFAULT_LIFETIME = 300.0
# A bearer token goes in a header: printable ASCII, no whitespace. One read from a file with
# its line end (a custom token_cache) would otherwise be refused by h11, which quotes it.
_SENDABLE = re.compile(r"[\x21-\x7e]+")
UNSENDABLE = (
    "is not a token that can be sent: it holds a newline, a NUL, a space or a non-ASCII character"
)


class TokenCache(Protocol):
    """Where tokens are kept. Replace it to share one token between processes."""

    def get(self) -> str | None:
        """A token that is still good, or None."""

    def put(self, token: str, expires_at: float) -> None:
        """Keep a token until ``expires_at`` (seconds since the epoch)."""


@attrs.define
class MemoryTokenCache:
    """The default cache: one token in this process's memory."""

    clock: Callable[[], float]
    _token: str | None = attrs.field(default=None, repr=False)
    _renew_at: float = 0.0

    def get(self) -> str | None:
        return self._token if self.clock() < self._renew_at else None

    def put(self, token: str, expires_at: float) -> None:
        lifetime = expires_at - self.clock()
        # A short-lived token is renewed at 90 % of its life rather than never used.
        self._renew_at = expires_at - min(EXPIRY_MARGIN, lifetime * 0.1)
        self._token = token


_NO_CREDENTIALS = TokenRequest(
    client_id="", client_secret="", grant_type=GrantType.CLIENT_CREDENTIALS
)
_LOCK = object()
_UNLOCK = object()
_Step = httpx.Request | object


class ClientCredentialsAuth(httpx.Auth):
    """Bearer tokens from Plural's generate_token, with the client id and secret.

    One flow serves sync and async: :meth:`_flow` yields the requests to send and
    asks for the token lock with ``_LOCK`` / ``_UNLOCK``; the two drivers differ
    only in the kind of lock they take.
    """

    requires_response_body = True

    def __init__(self, settings: Settings, token_cache: TokenCache | None = None) -> None:
        if not settings.client_id or not settings.client_secret:
            raise ValueError("client_id and client_secret are needed for token auth")
        self._settings = settings
        self.token_cache: TokenCache = token_cache or MemoryTokenCache(settings.clock)
        self._token_path = httpx.URL(
            settings.base_url + generate_token._get_kwargs(body=_NO_CREDENTIALS)["url"]
        ).path
        self._thread_lock = threading.Lock()
        self._async_locks = PerLoop(async_lock)  # an asyncio.Lock serves one loop only

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(client_id={self._settings.client_id!r})"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow, held = self._flow(request), False
        try:
            step = next(flow)
            while True:
                if step is _LOCK:
                    self._thread_lock.acquire()
                    held, step = True, next(flow)
                elif step is _UNLOCK:
                    self._thread_lock.release()
                    held, step = False, next(flow)
                else:
                    step = flow.send((yield step))  # type: ignore[misc]
        except StopIteration:
            return
        finally:
            if held:
                self._thread_lock.release()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow, held, lock = self._flow(request), False, self._async_locks.get()
        try:
            step = next(flow)
            while True:
                if step is _LOCK:
                    await lock.acquire()
                    held, step = True, next(flow)
                elif step is _UNLOCK:
                    lock.release()
                    held, step = False, next(flow)
                else:
                    step = flow.send((yield step))  # type: ignore[misc]
        except StopIteration:
            return
        finally:
            if held:
                lock.release()

    def _flow(self, request: httpx.Request) -> Generator[_Step, httpx.Response | None, None]:
        if request.url.path == self._token_path:
            # A token request made by hand needs no token; what it returns is kept.
            response = yield request
            if response is not None and response.status_code < 400:
                self._store(response)
            return
        token = stale = None
        try:
            for _ in range(2):
                token = self.token_cache.get()
                if token is None or token == stale:
                    yield _LOCK
                    # Another thread or task may have fetched one while this one waited.
                    token = self.token_cache.get()
                    if token is None or token == stale:
                        response = yield self._token_request()
                        assert response is not None
                        token = self._store(response)
                    yield _UNLOCK
                if not sendable(token):
                    rule = f"the cached token {UNSENDABLE} (a token_cache that reads a file?)"
                    raise RequestValidationError("Authorization", rule)
                request.headers["Authorization"] = f"Bearer {token}"
                response = yield request
                if response is None or response.status_code != 401:
                    return
                stale = token
        except BaseException:
            # A traceback keeps each frame's locals, which error trackers capture: the
            # tokens are dropped before the error leaves this one.
            token = stale = None
            raise

    def _token_request(self) -> httpx.Request:
        body = TokenRequest(
            client_id=self._settings.client_id or "",
            client_secret=self._settings.client_secret or "",
            grant_type=GrantType.CLIENT_CREDENTIALS,
        )
        kwargs = generate_token._get_kwargs(body=body)
        return httpx.Request(
            kwargs["method"],
            self._settings.base_url + kwargs["url"],
            json=kwargs["json"],
            headers={**kwargs["headers"], "User-Agent": USER_AGENT},
        )

    def _store(self, response: httpx.Response) -> str:
        if response.status_code >= 400:
            raise api_error(response, "generate_token")
        try:
            token = TokenResponse.from_dict(json.loads(response.content))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
            raise InvalidResponseError.from_response(response, error) from None
        if not isinstance(token.access_token, str) or not token.access_token:
            raise InvalidResponseError(
                "the token response has no access_token",
                status_code=response.status_code,
                request_id=request_id(response),
            )
        if not sendable(token.access_token):  # never cached: it would fail every call
            raise InvalidResponseError(
                f"the token response's access_token {UNSENDABLE}",
                status_code=response.status_code,
                request_id=request_id(response),
            )
        self.token_cache.put(token.access_token, self._expires_at(token))
        return token.access_token

    def _expires_at(self, token: TokenResponse) -> float:
        if isinstance(token.expires_in, int):
            return self._settings.clock() + token.expires_in
        if not isinstance(token.expires_at, Unset):
            return token.expires_at.timestamp()
        return self._settings.clock() + DEFAULT_LIFETIME


def sendable(token: str) -> bool:
    """Whether ``token`` can go in an Authorization header as it is."""
    return _SENDABLE.fullmatch(token) is not None


@hookimpl(trylast=True)
def plural_token_auth(settings: Settings) -> httpx.Auth | None:
    if not settings.client_id:
        return None
    return ClientCredentialsAuth(settings)
