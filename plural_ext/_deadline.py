"""One deadline per call: a call, its token request and its retries included, ends by
``Settings.deadline`` seconds after it started, however the server paces its bytes.

httpx's timeouts bound each read, not the whole: a server that drips a byte every 0.25 s
keeps a call with ``timeout=0.5`` busy for as long as it likes. The deadline is a context
variable, set once per call (``call_deadline``) and read by what waits: the retries (no
retry starts that the deadline would cut short) and, in sync code, every connect, read
and write of the default transport (``http_transport``), whose socket timeouts are capped
by the time left. Async code wraps the call in ``asyncio.timeout`` instead.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["call_deadline", "http_transport", "time_left"]

_deadline: ContextVar[float | None] = ContextVar("plural_deadline", default=None)


@contextmanager
def call_deadline(seconds: float | None) -> Iterator[None]:
    """Within: the call ends by ``seconds`` from now (None: no deadline). A call made
    inside another (a plugin calling Plural from a hook) keeps the outer deadline."""
    if seconds is None or _deadline.get() is not None:
        yield
        return
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def time_left() -> float | None:
    """Seconds left before the call's deadline (negative once past), None without one."""
    deadline = _deadline.get()
    return None if deadline is None else deadline - time.monotonic()


def _capped(timeout: float | None, timed_out: type[Exception]) -> float | None:
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise timed_out("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _Stream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(
            self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def http_transport(verify: ssl.SSLContext | bool = True) -> httpx.HTTPTransport:
    """httpx's default transport, each connect, read and write of which ends by the deadline.

    httpx 0.28 takes no network backend, so its pool is replaced by one built as httpx builds
    it (its default limits), with the backend that caps the socket timeouts. ``verify`` is
    ``Settings.verify``: the certificates trusted, as httpx's ``verify``.
    """
    transport = httpx.HTTPTransport()
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(verify=verify),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_Backend(),
    )
    return transport
