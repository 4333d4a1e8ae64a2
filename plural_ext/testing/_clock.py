"""A clock that a test moves: the sandbox, the client and the webhook receiver read one."""

from __future__ import annotations

import math
import threading
import time

__all__ = ["Clock"]


class Clock:
    """Unix seconds: the real time, moved on by :meth:`advance`.

    Give the same clock to the sandbox (``SandboxConfig(now=clock)``), the client
    (``Plural(..., clock=clock)``: token expiry) and the webhook receiver (the tolerance
    of a webhook's timestamp), as the kit's fixtures do: then ``clock.advance(3600)``
    expires the token on both sides at once, and a webhook signed before
    ``clock.advance(301)`` is too old for a receiver checking it after. Time goes on
    running between advances, as it does in production: timestamps stay distinct.
    """

    def __init__(self, start: float | None = None) -> None:
        """``start``: the time the clock reads now (Unix seconds); the real time if None."""
        self._offset = 0.0 if start is None else _finite(start, "start") - time.time()
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the clock by ``seconds`` (backwards when negative)."""
        step = _finite(seconds, "seconds")
        with self._lock:
            self._offset += step

    @property
    def offset(self) -> float:
        """Seconds this clock is ahead of the real time."""
        with self._lock:
            return self._offset

    def __repr__(self) -> str:
        return f"Clock(offset={self.offset:+.3f}s)"


def _finite(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number of seconds, not {value!r}")
    return float(value)
