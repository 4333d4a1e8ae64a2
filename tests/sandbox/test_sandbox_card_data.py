"""The card number and CVV never outlive the payment request: not in state, responses or webhooks."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import httpx
from sandbox_helpers import Api, data

from plural_ext.sandbox import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
)

CARDS = (CARD_SUCCESS, CARD_DECLINE, CARD_AUTHENTICATION_FAILURE)


def _strings(value: Any, seen: set[int] | None = None) -> Iterator[str]:
    """Every string reachable from ``value`` through containers, dataclasses and plain objects."""
    seen = set() if seen is None else seen
    if id(value) in seen or callable(value):
        return
    seen.add(id(value))
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes):
        yield value.decode("utf-8", "replace")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, seen)
            yield from _strings(item, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item, seen)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name), seen)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("plural_ext"):
        yield from _strings(vars(value), seen)


def test_no_card_number_or_cvv_anywhere(clock: Any) -> None:
    webhooks: list[bytes] = []

    def receive(request: httpx.Request) -> httpx.Response:
        webhooks.append(request.content)
        return httpx.Response(200)

    config = SandboxConfig(now=clock, webhook_url="http://hooks.test/")
    responses: list[str] = []
    with Sandbox(config, webhook_transport=httpx.MockTransport(receive)) as sandbox:
        transport = SandboxTransport(sandbox)
        hooks = {"response": [lambda r: responses.append(r.read().decode())]}
        with httpx.Client(
            transport=transport, base_url=transport.base_url, event_hooks=hooks
        ) as client:
            api = Api(client, sandbox).login()
            for card in CARDS:
                order = api.paid_order(card, pre_auth=False)
                if card == CARD_SUCCESS:
                    data(api.refund(order["order_id"]))
        assert sandbox.webhooks.join(timeout=10)
        state = list(_strings(sandbox._ledger)) + list(_strings(sandbox._tokens))
        state += list(_strings(sandbox.webhooks.deliveries()))
        everything = state + responses + [w.decode() for w in webhooks]
    assert len(webhooks) == 4
    for card in CARDS:
        assert not any(card in text for text in everything), card
    keys = json.dumps(sandbox.orders())
    assert '"cvv"' not in keys and '"card_number"' not in keys
    assert not any(text in ("cvv", "card_number", "272") for text in state)
    # What is kept: the network and the last four digits.
    assert {"1111", "0002", "0101"} <= set(state)
