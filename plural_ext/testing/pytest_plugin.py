"""pytest fixtures of the testing kit, registered as the ``plural_testing`` plugin.

They come with the package (beside the ``plural_sandbox`` plugin's ``plural_sandbox``,
``plural_sandbox_transport`` and ``plural_sandbox_config``), one set per test:

- ``plural_test_client`` / ``plural_test_async_client``: a ready :class:`~plural_ext.Plural`
  / :class:`~plural_ext.AsyncPlural` on ``plural_test_sandbox``, with its credentials,
  callback secret key and webhook secret (``verify_callback`` and ``verify_webhook``
  need no argument), closed after the test;
- ``plural_webhooks``: a :class:`~plural_ext.testing.WebhookReceiver` on 127.0.0.1 that
  the sandbox sends its webhooks to; it keeps those whose signature holds up;
- ``plural_clock``: a :class:`~plural_ext.testing.Clock` the sandbox, the clients and the
  receiver all read: ``plural_clock.advance(3600)`` expires the token on both sides;
- ``plural_test_sandbox``: the sandbox behind them, served on 127.0.0.1 (``.base_url``,
  ``.sandbox``, ``.config``): ``plural_sandbox_config`` (override it to change the token
  lifetime, the callback method...) with ``now`` the clock and, unless it names one,
  ``webhook_url`` the receiver. It is not the ``plural_sandbox`` fixture's sandbox.

Named ``plural_test_*`` rather than ``plural_client``, which is the generated package's
name: a test that imports ``plural_client.models`` keeps it.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from plural_ext.testing._clock import Clock
from plural_ext.testing._webhooks import WebhookReceiver

# The client and the sandbox are imported inside the fixtures: this module is loaded in
# every pytest session of an environment that has the SDK, and most never use them.
if TYPE_CHECKING:
    from plural_ext import AsyncPlural, Plural
    from plural_ext.sandbox import SandboxConfig
    from plural_ext.sandbox.pytest_plugin import RunningSandbox


@pytest.fixture
def plural_clock() -> Clock:
    """The time of the sandbox, the clients and the receiver: the real time until moved."""
    return Clock()


@pytest.fixture
def plural_webhooks(
    plural_sandbox_config: SandboxConfig, plural_clock: Clock
) -> Iterator[WebhookReceiver]:
    """A webhook endpoint verifying with the sandbox's webhook secret, on ``plural_clock``."""
    with WebhookReceiver(plural_sandbox_config.webhook_secret, clock=plural_clock) as receiver:
        yield receiver


@pytest.fixture
def plural_test_sandbox(
    plural_sandbox_config: SandboxConfig, plural_clock: Clock, plural_webhooks: WebhookReceiver
) -> Iterator[RunningSandbox]:
    """A sandbox served on 127.0.0.1, on ``plural_clock``, sending webhooks to ``plural_webhooks``."""
    from plural_ext.sandbox import Sandbox, serve
    from plural_ext.sandbox.pytest_plugin import RunningSandbox

    config = dataclasses.replace(
        plural_sandbox_config,
        now=plural_clock,
        webhook_url=plural_sandbox_config.webhook_url or plural_webhooks.url,
    )
    with Sandbox(config) as sandbox, serve(sandbox) as server:
        yield RunningSandbox(sandbox, server)


@pytest.fixture
def plural_test_client(
    plural_test_sandbox: RunningSandbox, plural_clock: Clock
) -> Iterator[Plural]:
    """A ``Plural`` on ``plural_test_sandbox``, ready to use."""
    from plural_ext import Plural

    with Plural(**client_options(plural_test_sandbox, plural_clock)) as plural:
        yield plural


@pytest.fixture
def plural_test_async_client(
    plural_test_sandbox: RunningSandbox, plural_clock: Clock
) -> Iterator[AsyncPlural]:
    """An ``AsyncPlural`` on ``plural_test_sandbox``: await its methods in any event loop."""
    from plural_ext import AsyncPlural

    plural = AsyncPlural(**client_options(plural_test_sandbox, plural_clock))
    yield plural
    # Each loop's connections went with that loop; this forgets them. Inside a running
    # loop (a session-wide one) nothing can be awaited here, and they go with it too.
    if not _loop_running():
        asyncio.run(plural.aclose())


def client_options(running: RunningSandbox, clock: Clock) -> dict[str, Any]:
    """What a client needs to be a merchant's on this sandbox: credentials, secrets, clock."""
    config = running.config
    return {
        "client_id": config.client_id,
        "client_secret": config.client_secret,
        "base_url": running.base_url,
        "callback_secret_key": config.callback_secret_key,
        "webhook_secret": config.webhook_secret,
        "clock": clock,
    }


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
