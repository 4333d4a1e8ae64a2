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

    Works for sync and async clients. The links it returns (``challenge_url``,
    ``redirect_url``, payment links) point at ``base_url`` (:data:`IN_PROCESS_BASE_URL`
    unless given), whatever URL or ``Host`` the client used: fetch them through a client
    on this transport.
    """

    base_url = IN_PROCESS_BASE_URL

    def __init__(self, sandbox: Sandbox, base_url: str | None = None) -> None:
        super().__init__(self._handle)
        self.sandbox = sandbox
        if base_url is not None:
            self.base_url = base_url.rstrip("/")

    def _handle(self, request: httpx.Request) -> httpx.Response:
        return self.sandbox.handle(request, base_url=self.base_url)
