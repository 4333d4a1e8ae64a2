"""pytest fixtures for a Plural sandbox, registered as the ``plural_sandbox`` plugin.

- ``plural_sandbox``: a fresh sandbox served over HTTP on 127.0.0.1 for each
  test (``.base_url``, ``.url``, ``.config``, ``.sandbox``), shut down after it;
- ``plural_sandbox_transport``: a fresh in-process :class:`SandboxTransport`
  (``.sandbox``, ``.base_url``), for ``httpx.Client(transport=...)``;
- ``plural_sandbox_config``: the :class:`SandboxConfig` both use; override it
  in a conftest.py to set a webhook URL, a token lifetime or a clock;
- ``plural_sandbox_tls``: False; override it to return True and ``plural_sandbox``
  serves HTTPS (``.base_url`` is ``https://``), its CA in ``.ca_file`` for the
  client: ``Plural(..., base_url=plural_sandbox.base_url, verify=plural_sandbox.ca_file)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

# The sandbox is imported inside the fixtures: this module is loaded in every pytest
# session of an environment that has the SDK, and most of them never use it.
if TYPE_CHECKING:
    from plural_ext.sandbox import Sandbox, SandboxConfig, SandboxServer, SandboxTransport

__all__ = ["RunningSandbox"]


@dataclass(frozen=True, slots=True)
class RunningSandbox:
    """A sandbox and the HTTP server in front of it."""

    sandbox: Sandbox
    server: SandboxServer

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: a Plural client's base URL."""
        return self.server.base_url

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return self.server.url

    @property
    def config(self) -> SandboxConfig:
        return self.sandbox.config

    @property
    def ca_file(self) -> str | None:
        """The CA file a client trusts when the server speaks TLS; None over HTTP."""
        return self.server.ca_file


@pytest.fixture
def plural_sandbox_config() -> SandboxConfig:
    """The default configuration; override this fixture to change it."""
    from plural_ext.sandbox import SandboxConfig

    return SandboxConfig()


@pytest.fixture
def plural_sandbox_tls() -> bool:
    """Whether ``plural_sandbox`` serves HTTPS; override this fixture to return True."""
    return False


@pytest.fixture
def plural_sandbox(
    plural_sandbox_config: SandboxConfig, plural_sandbox_tls: bool
) -> Iterator[RunningSandbox]:
    """A fresh sandbox on a free port of 127.0.0.1, stopped after the test."""
    from plural_ext.sandbox import Sandbox, serve

    with (
        Sandbox(plural_sandbox_config) as sandbox,
        serve(sandbox, tls=plural_sandbox_tls) as server,
    ):
        yield RunningSandbox(sandbox, server)


@pytest.fixture
def plural_sandbox_transport(plural_sandbox_config: SandboxConfig) -> Iterator[SandboxTransport]:
    """A fresh in-process sandbox as an httpx transport."""
    from plural_ext.sandbox import Sandbox, SandboxTransport

    with Sandbox(plural_sandbox_config) as sandbox:
        yield SandboxTransport(sandbox)
