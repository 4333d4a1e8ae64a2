"""Shared fixtures: the guide's documented samples, read from the spec's own examples."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest


def spec() -> dict[str, Any]:
    text = resources.files("plural_client").joinpath("openapi.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@pytest.fixture(scope="session")
def guide_examples() -> dict[str, Any]:
    """The integration guide's sample requests and responses, by example name."""
    return {name: example["value"] for name, example in spec()["components"]["examples"].items()}
