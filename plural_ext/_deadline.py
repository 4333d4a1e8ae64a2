"""One deadline per call: a call, its token request and its retries included, ends by
``Settings.deadline`` seconds after it started, however the server paces its bytes.

httpx's timeouts bound each read, not the whole: a server that drips a byte every 0.25 s
keeps a call with ``timeout=0.5`` busy for as long as it likes. The deadline is a context
variable, set once per call (``call_deadline``) and read by what waits: the retries (no
retry starts that the deadline would cut short) and, in sync code, every connect, read
and write of the default transport (``http_transport``), whose socket timeouts are capped
by the time left (``_network``). Async code wraps the call in ``asyncio.timeout`` instead.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["call_deadline", "capped", "time_left"]

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


def capped(timeout: float | None, timed_out: type[Exception]) -> float | None:
    """``timeout`` cut to the time left before the call's deadline; ``timed_out`` once past."""
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise timed_out("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)
