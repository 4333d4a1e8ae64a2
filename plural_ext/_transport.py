"""The transport that runs the plugins around every attempt, and the retries between them.

:meth:`PluginTransport._attempts` holds the logic once, as a generator that yields the
request to send or the seconds to sleep, like ``httpx.Auth.auth_flow``; the sync and
async drivers only send and sleep (``time.sleep`` or ``asyncio.sleep``, never a blocking
sleep in async code).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator

import httpx
import pluggy

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
                    outcome.read()
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
                    await asyncio.sleep(step)
                    step = attempts.send(None)
                    continue
                outcome: _Outcome
                try:
                    outcome = await self._transport.handle_async_request(step)
                    await outcome.aread()
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
            delay = hook.plural_retry_delay(
                request=request,
                response=response,
                error=error,
                attempt=attempt,
                settings=self._settings,
            )
            if delay is None:
                if error is not None:
                    raise error
                assert response is not None
                return response
            yield float(delay)

    def close(self) -> None:
        if isinstance(self._transport, httpx.BaseTransport):
            self._transport.close()

    async def aclose(self) -> None:
        if isinstance(self._transport, httpx.AsyncBaseTransport):
            await self._transport.aclose()
