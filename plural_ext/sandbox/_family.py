"""What a family of operations gives the sandbox, and what it is given.

Each family the sandbox keeps state for (orders, payment links, ...) is a module of its
own with one class: built from the shared :class:`State`, it answers its operations in
``routes`` (operation id to route) and serves its customer-facing pages in ``pages``
(a path prefix below ``/sandbox/`` to a page). The sandbox validates each API call
against the spec and checks its token before a route sees it, and holds its lock around
every route and page: a family keeps its state in plain dicts.

A family that keeps state marks each record it makes, changes or drops with
``state.journal.changed(kind, key)``, and lists in ``kinds`` how each kind of record is
written to and read back from a state file (``_state``); the sandbox writes the marked
records at the end of the call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._delivery import WebhookSender
from plural_ext.sandbox._ledger import Ledger
from plural_ext.sandbox._state import Journal, Kind

__all__ = ["Call", "Family", "Page", "Route", "State", "json_response"]


@dataclass(frozen=True, slots=True)
class Call:
    """One API call, as a route receives it: already authenticated and valid for the spec."""

    params: dict[str, str]
    """The path parameters, decoded."""
    body: Any
    """The JSON body, or None."""
    request: httpx.Request

    @property
    def query(self) -> dict[str, str]:
        """The query parameters (the last of each name)."""
        return dict(self.request.url.params.items())

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT``: where the sandbox is served, for links to its pages
        (the server's own address, or the transport's base URL; never the ``Host`` header)."""
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode('ascii')}"


Route = Callable[[Call], httpx.Response]
Page = Callable[[httpx.Request, str], httpx.Response]
"""A page: the request and the rest of its path after the page's prefix."""


@dataclass(frozen=True, slots=True)
class State:
    """What every family shares: the settings, the orders, the webhook sender, the journal."""

    config: SandboxConfig
    ledger: Ledger
    webhooks: WebhookSender
    journal: Journal


class Family(Protocol):
    @property
    def routes(self) -> Mapping[str, Route]: ...

    @property
    def pages(self) -> Mapping[str, Page]: ...

    @property
    def kinds(self) -> Sequence[Kind]: ...


def json_response(
    status: int, body: Any, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    """A JSON answer."""
    return httpx.Response(status, json=body, headers=headers)
