"""What one call through the whole layer costs, as a ratio to a raw httpx call.

Every contender runs get_order against the same in-memory ``httpx.MockTransport``
serving the guide's captured order, in this one process, so the ratios hold on any
machine: the raw call is httpx plus ``json.loads``; the generated client alone adds the typed
parse to it; ours is the generated
``get_order.sync`` through ``Plural`` (validation, token auth with a cached token,
headers, the logging plugin with the ``plural`` logger at INFO, hooks, response check,
typed parse); the resource method on ``Plural`` (``plural.orders.get``), which must cost no
more than that generated function; the official ``pinelabs-python`` (when installed) with
its own token.
Each figure is the best of several rounds, which is the least disturbed by the machine.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from plural_client import AuthenticatedClient
from plural_client.api.orders import get_order
from plural_ext import AsyncPlural, Plural
from plural_ext._spec import spec

ORDER_ID = "v1-5757575757-aa-hU1rUd"
BASE_URL = "https://pluraluat.v2.pinepg.in/api"
CALLS = 2000
ROUNDS = 7


def order_body() -> bytes:
    sample = spec()["components"]["examples"]["CaptureResponse"]["value"]
    return json.dumps(sample).encode()


BODY = order_body()
TOKEN = json.dumps({"access_token": "bench-token", "expires_in": 3600}).encode()


def handler(request: httpx.Request) -> httpx.Response:
    content = TOKEN if request.url.path.endswith("/token") else BODY
    return httpx.Response(200, content=content, headers={"content-type": "application/json"})


def best(run: Callable[[], object]) -> float:
    """Seconds per call: the best of ROUNDS rounds of CALLS calls."""
    run()
    rounds = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(CALLS):
            run()
        rounds.append((time.perf_counter() - started) / CALLS)
    return min(rounds)


def best_async(run: Callable[[], Awaitable[object]]) -> float:
    async def rounds() -> float:
        await run()
        measured = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            for _ in range(CALLS):
                await run()
            measured.append((time.perf_counter() - started) / CALLS)
        return min(measured)

    return asyncio.run(rounds())


def sync_figures() -> dict[str, float]:
    raw = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    plural = Plural(
        "bench-id", "bench-secret", base_url=BASE_URL, transport=httpx.MockTransport(handler)
    )
    bare = AuthenticatedClient(
        base_url=BASE_URL,
        token="bench-token",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    figures = {
        "raw httpx (sync)": best(lambda: raw.get(f"/api/pay/v1/orders/{ORDER_ID}").json()),
        # The typed parse without the layer: how much of the gap is the parse itself.
        "generated client only (sync)": best(
            lambda: get_order.sync(client=bare, order_id=ORDER_ID)
        ),
        "plural_ext (sync)": best(lambda: get_order.sync(client=plural.client, order_id=ORDER_ID)),
        "plural.orders.get (sync)": best(lambda: plural.orders.get(ORDER_ID)),
    }
    pinelabs = pinelabs_client()
    if pinelabs is not None:
        figures["pinelabs-python 0.2.1 (sync)"] = best(
            lambda: pinelabs.orders.get_order_by_id(ORDER_ID)
        )
    return figures


def async_figures() -> dict[str, float]:
    raw = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    plural = AsyncPlural(
        "bench-id", "bench-secret", base_url=BASE_URL, transport=httpx.MockTransport(handler)
    )

    async def raw_call() -> Any:
        return (await raw.get(f"/api/pay/v1/orders/{ORDER_ID}")).json()

    return {
        "raw httpx (async)": best_async(raw_call),
        "plural_ext (async)": best_async(
            lambda: get_order.asyncio(client=plural.client, order_id=ORDER_ID)
        ),
        "plural.orders.get (async)": best_async(lambda: plural.orders.get(ORDER_ID)),
    }


def pinelabs_client() -> Any:
    try:
        from pinelabs import PinelabsApi  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return None
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return PinelabsApi(base_url=BASE_URL, token="bench-token", httpx_client=http)


def main() -> None:
    # The INFO line per call is part of the cost a merchant pays; write it nowhere.
    logging.getLogger("plural").addHandler(logging.NullHandler())
    logging.getLogger("plural").setLevel(logging.INFO)
    logging.getLogger("plural").propagate = False
    for figures, baseline in (
        (sync_figures(), "raw httpx (sync)"),
        (async_figures(), "raw httpx (async)"),
    ):
        base = figures[baseline]
        for name, seconds in figures.items():
            print(f"{name:32} {seconds * 1e6:8.1f} us/call  {seconds / base:5.2f}x raw httpx")
        mode = baseline.split()[-1]
        resource = figures[f"plural.orders.get {mode}"] / figures[f"plural_ext {mode}"]
        print(f"plural.orders.get {mode}: {resource:.2f}x the generated function through Plural")
    print("goals: plural_ext at most 1.50x raw httpx; plural.orders.get at most 1.02x get_order")


if __name__ == "__main__":
    main()
