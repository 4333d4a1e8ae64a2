"""Shared fixtures: the guide's documented samples, read from the spec's own examples."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
from sandbox.sandbox_helpers import Receiver, webhook_receiver

from plural_ext.sandbox import (
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_WEBHOOK_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxServer,
    serve,
)


def spec() -> dict[str, Any]:
    text = resources.files("plural_client").joinpath("openapi.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@pytest.fixture(scope="session")
def guide_examples() -> dict[str, Any]:
    """The integration guide's sample requests and responses, by example name."""
    return {name: example["value"] for name, example in spec()["components"]["examples"].items()}


@pytest.fixture
def merchant_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[SandboxServer, Receiver]]:
    """A served sandbox sending its webhooks to a local receiver, and the environment a
    merchant's app reads (``Plural.from_env()``: credentials, base URL, secrets) naming it."""
    with webhook_receiver() as receiver:
        config = SandboxConfig(webhook_url=receiver.url, webhook_backoff=0.01)
        with Sandbox(config) as sandbox, serve(sandbox) as server:
            monkeypatch.setenv("PLURAL_CLIENT_ID", DEFAULT_CLIENT_ID)
            monkeypatch.setenv("PLURAL_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
            monkeypatch.setenv("PLURAL_BASE_URL", server.base_url)
            monkeypatch.setenv("PLURAL_SECRET_KEY", DEFAULT_CALLBACK_SECRET_KEY)
            monkeypatch.setenv("PLURAL_WEBHOOK_SECRET", DEFAULT_WEBHOOK_SECRET)
            yield server, receiver
