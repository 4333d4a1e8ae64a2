"""The transport that runs the plugins around every attempt, and the retries between them.

:meth:`PluginTransport._attempts` holds the logic once, as a generator that yields the
request to send or the seconds to sleep, like ``httpx.Auth.auth_flow``; the sync and
async drivers only send and sleep (``time.sleep`` or ``asyncio.sleep``, never a blocking
sleep in async code).
"""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import NoReturn

import httpx
import pluggy

from plural_client.errors import InvalidResponseError

from ._deadline import time_left
from ._outcomes import ATTEMPT
from ._plugin_manager import notify
from ._settings import Settings

_Outcome = httpx.Response | httpx.TransportError
_Attempts = Generator[httpx.Request | float, _Outcome | None, httpx.Response]


class PluginTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        hook: pluggy.HookRelay,
        settings: Settings,
    ) -> None:
        self._transport = transport
        self._hook = hook
        self._settings = settings

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._transport, httpx.BaseTransport)
        attempts = self._attempts(request)
        step = next(attempts)
        try:
            while True:
                if isinstance(step, float):
                    time.sleep(step)
                    step = attempts.send(None)
                    continue
                outcome: _Outcome
                try:
                    outcome = self._transport.handle_request(step)
                    body = _Body(step, outcome, self._settings.max_response_bytes)
                    try:
                        for chunk in outcome.iter_bytes():
                            body.add(chunk)
                    except InvalidResponseError:
                        outcome.close()
                        raise
                    body.keep()
                except httpx.TransportError as error:
                    outcome = error
                step = attempts.send(outcome)
        except StopIteration as done:
            response: httpx.Response = done.value
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._transport, httpx.AsyncBaseTransport)
        attempts = self._attempts(request)
        step = next(attempts)
        try:
            while True:
                if isinstance(step, float):
                    import asyncio  # loaded by then: this runs in an event loop

                    await asyncio.sleep(step)
                    step = attempts.send(None)
                    continue
                outcome: _Outcome
                try:
                    outcome = await self._transport.handle_async_request(step)
                    body = _Body(step, outcome, self._settings.max_response_bytes)
                    try:
                        async for chunk in outcome.aiter_bytes():
                            body.add(chunk)
                    except InvalidResponseError:
                        await outcome.aclose()
                        raise
                    body.keep()
                except httpx.TransportError as error:
                    outcome = error
                step = attempts.send(outcome)
        except StopIteration as done:
            response: httpx.Response = done.value
            return response

    def _attempts(self, request: httpx.Request) -> _Attempts:
        hook, attempt = self._hook, 0
        while True:
            attempt += 1
            hook.plural_before_request(request=request, attempt=attempt, settings=self._settings)
            started = time.perf_counter()
            outcome = yield request
            response = outcome if isinstance(outcome, httpx.Response) else None
            error = outcome if isinstance(outcome, httpx.TransportError) else None
            if response is not None:
                elapsed_ms = (time.perf_counter() - started) * 1000
                notify(
                    hook.plural_after_response,
                    request=request,
                    response=response,
                    attempt=attempt,
                    elapsed_ms=elapsed_ms,
                )
            else:
                notify(hook.plural_on_error, request=request, error=error, attempt=attempt)
            delay = (
                None
                if response is not None and response.is_success
                else hook.plural_retry_delay(
                    request=request,
                    response=response,
                    error=error,
                    attempt=attempt,
                    settings=self._settings,
                )
            )
            if delay is None or not _in_time(delay):
                if error is not None:
                    raise error
                assert response is not None
                response.extensions[ATTEMPT] = attempt
                return response
            yield float(delay)

    def close(self) -> None:
        if isinstance(self._transport, httpx.BaseTransport):
            self._transport.close()

    async def aclose(self) -> None:
        if isinstance(self._transport, httpx.AsyncBaseTransport):
            await self._transport.aclose()


def _in_time(delay: float) -> bool:
    """Whether a retry after ``delay`` seconds can start before the call's deadline: one that
    cannot would end in a timeout instead of the answer the caller could have had now."""
    left = time_left()
    return left is None or delay < left


class _Body:
    """A response's body read up to ``limit`` bytes (as decoded: a small gzip may unpack to
    gigabytes), so that an answer too large to be Plural's cannot exhaust memory."""

    def __init__(self, request: httpx.Request, response: httpx.Response, limit: int) -> None:
        self._request, self._response, self._limit = request, response, limit
        self._chunks: list[bytes] = []
        self._size = 0
        declared = response.headers.get("Content-Length", "")
        # A length declared too large is refused at the first chunk, before reading on.
        self._declared = int(declared) if declared.isdigit() and len(declared) < 20 else 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if max(self._size, self._declared) > self._limit:
            self._refuse()
        self._chunks.append(chunk)

    def keep(self) -> None:
        # What Response.read() does once the stream is consumed.
        self._response._content = b"".join(self._chunks)

    def _refuse(self) -> NoReturn:
        raise InvalidResponseError(
            f"the answer is larger than max_response_bytes ({self._limit} bytes)",
            status_code=self._response.status_code,
            request_id=self._response.headers.get("Request-ID")
            or self._request.headers.get("Request-ID"),
        )
