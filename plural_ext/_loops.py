"""What asyncio binds to one event loop, kept per loop, so that one ``AsyncPlural`` serves
every loop it is used from (a module-level client and an ``asyncio.run`` per job, say).

A connection pool's sockets and an ``asyncio.Lock`` belong to the loop they were first used
on: used from the next loop, the first fails with "Event loop is closed" (after the request
may have reached Plural) and the second with "bound to a different event loop".

asyncio is imported where it is used, never at import: an app that only calls ``Plural``
does not pay for loading it, and one that runs an event loop has loaded it already.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["PerLoop", "PerLoopTransport", "async_lock"]

T = TypeVar("T")


class PerLoop(Generic[T]):
    """One ``T`` per running event loop, made by ``make`` on first use in that loop; it
    goes with its loop (weakly held), so a closed loop's pool is not kept alive by us."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, T] = (
            weakref.WeakKeyDictionary()
        )

    def get(self) -> T:
        import asyncio

        loop = asyncio.get_running_loop()
        found = self._by_loop.get(loop)
        if found is None:
            found = self._by_loop[loop] = self._make()
        return found

    def forget(self) -> T | None:
        """Forget every ``T``, and give back the running loop's, if there is one."""
        import asyncio

        running = self._by_loop.get(asyncio.get_running_loop())
        self._by_loop.clear()
        return running


def async_lock() -> asyncio.Lock:
    """A new ``asyncio.Lock``: a ``PerLoop`` maker."""
    import asyncio

    return asyncio.Lock()


class PerLoopTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncHTTPTransport`` (its connection pool) for each event loop."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._transports = PerLoop(make)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transports.get().handle_async_request(request)

    async def aclose(self) -> None:
        # Only the running loop's pool can be closed here; another loop's sockets went
        # with that loop (asyncio.run closes them) or go with the garbage collector.
        running = self._transports.forget()
        if running is not None:
            await running.aclose()
