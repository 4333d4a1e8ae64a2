"""Fixtures of the sandbox tests; the helpers are in sandbox_helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sandbox_helpers import Api, Clock, Receiver, checked_client, webhook_receiver

from plural_ext.sandbox import SandboxConfig, SandboxTransport


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def plural_sandbox_config(clock: Clock) -> SandboxConfig:
    """Overrides the plugin's fixture: every sandbox in these tests runs on ``clock``."""
    return SandboxConfig(now=clock, webhook_backoff=0.01)


@pytest.fixture
def api(plural_sandbox_transport: SandboxTransport) -> Iterator[Api]:
    """A logged-in client of a fresh in-process sandbox."""
    with checked_client(plural_sandbox_transport, plural_sandbox_transport.base_url) as client:
        yield Api(client, plural_sandbox_transport.sandbox).login()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as state:
        yield state
