"""The sandbox as an httpx transport: no socket, no thread, for fast tests."""

from __future__ import annotations

import httpx

from plural_ext.sandbox._app import Sandbox

__all__ = ["IN_PROCESS_BASE_URL", "SandboxTransport"]

IN_PROCESS_BASE_URL = "http://sandbox.plural.test"
"""A base URL for clients on a :class:`SandboxTransport`; ``.test`` never resolves,
so a client that bypasses the transport fails instead of reaching a real host."""


class SandboxTransport(httpx.MockTransport):
    """``httpx.MockTransport(sandbox.handle)`` that keeps its sandbox at hand.

    Works for sync and async clients. Challenge URLs it returns point at the
    client's base URL host, so fetch them through a client on this transport.
    """

    base_url = IN_PROCESS_BASE_URL

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(sandbox.handle)
        self.sandbox = sandbox
