"""``make bench``: what the layer costs, as issue 12's table.

Most figures are ratios to a raw httpx call plus ``json.loads`` of the same answer, taken
within one run: every contender runs in one process on one in-memory ``httpx.MockTransport``,
their rounds interleaved (round r runs each contender's batch in turn, in a freshly shuffled
order), so whatever disturbs the machine falls on all of them alike; time is CPU time
(``time.process_time``), and each contender's figure is its best round, the least disturbed.
A run is a fresh process; ``make bench`` makes three and prints the median of each figure and
its spread (min-max of the three). ``Plural()`` and the first call are absolute, in ms of CPU.

``--quick`` makes one run of tiny sizes, for the smoke test (tests/test_bench.py): its
figures mean nothing. ``BEFORE`` holds the figures this bench gave at commit 035db5e.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import gc
import importlib.metadata
import json
import logging
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx

import plural_client
import plural_ext
from plural_client import AuthenticatedClient
from plural_client.api.orders import get_order
from plural_ext import AsyncPlural, Plural
from plural_ext._spec import spec

__all__ = ["BEFORE", "FULL", "QUICK", "ROWS", "Row", "Sizes", "main", "one_run", "table"]

HOST = "https://pluraluat.v2.pinepg.in"  # the spec's UAT server: its paths start with /api
TOKEN_PATH = "/api/auth/v1/token"
ORDERS_PATH = "/api/pay/v1/orders"
ORDER_ID = "v1-5757575757-aa-hU1rUd"  # the guide's captured order
PAYMENT_COUNTS = (1, 10, 100)
CREDENTIALS = ("bench-id", "bench-secret")
RATIO = "ratio"
TIMES = "\N{MULTIPLICATION SIGN}"
EN_DASH = "\N{EN DASH}"
JSON_HEADERS = {"content-type": "application/json"}
TOKEN_ANSWER = json.dumps({"access_token": "bench-token", "expires_in": 3600}).encode()


@dataclass(frozen=True)
class Sizes:
    runs: int  # fresh processes, each measuring everything once
    rounds: int  # interleaved rounds per comparison; each contender keeps its best
    calls: int  # calls per batch on a guide-sized answer (fewer on bigger answers)
    processes: int  # fresh interpreters for the import and first-call figures (best of)
    constructions: int  # Plural() constructions (best of)


# Short batches, many rounds: the best of many short batches is the likeliest to have run
# undisturbed (tried on this machine: 50 x 80 gave the tightest spread of 200 x 20, 50 x 80, 20 x 200).
FULL = Sizes(runs=3, rounds=80, calls=50, processes=7, constructions=50)
QUICK = Sizes(runs=1, rounds=2, calls=5, processes=1, constructions=2)


@dataclass(frozen=True)
class Row:
    key: str  # the figure's name in a run's figures
    measure: str
    goal: float
    unit: str  # RATIO (to raw httpx + json.loads), or "ms" for an absolute figure


ROWS = (
    Row("get_sync", "`get_order`, whole stack, sync, `plural` logger at its default", 1.25, RATIO),
    Row(
        "get_async", "`get_order`, whole stack, async, `plural` logger at its default", 1.25, RATIO
    ),
    Row("get_info", "`get_order`, whole stack, sync, `plural` logger at INFO", 1.40, RATIO),
    Row("create", "`create_order` (validation, serialisation, parse)", 1.30, RATIO),
    Row("payments_100", "an order with 100 payments", 2.0, RATIO),
    Row("resource", "`plural.orders.get` vs `get_order.sync` through `Plural`", 1.02, RATIO),
    Row("import", "`import plural_ext` vs `import httpx`", 1.5, RATIO),
    Row("construct_ms", "`Plural()` construction", 2.0, "ms"),
    Row("first_call_ms", "first call of an operation (`plural.orders.create`)", 2.0, "ms"),
)

# This bench's medians against commit 035db5e (2026-11-26), before issue 12's work, on the
# project's 2-core machine (spreads: 0.10 of a ratio, 0.19 at 100 payments; 0.5 ms; 2.4 ms).
BEFORE: dict[str, float] = {
    "get_sync": 1.90,
    "get_async": 2.04,
    "get_info": 2.04,
    "create": 2.54,
    "payments_100": 3.82,
    "resource": 0.98,
    "import": 3.70,
    "construct_ms": 2.42,
    "first_call_ms": 90.43,
}


# The answers, from the spec's examples ---------------------------------------------------


def example(name: str) -> Any:
    return copy.deepcopy(spec()["components"]["examples"][name]["value"])


def order_id_with(payments: int) -> str:
    return ORDER_ID if payments == 1 else f"v1-5757575757-aa-bench{payments:03d}"


def order_with(payments: int) -> dict[str, Any]:
    """The guide's captured order, its one payment repeated with distinct ids and references."""
    answer: dict[str, Any] = example("CaptureResponse")
    order = answer["data"]
    order["order_id"] = order_id_with(payments)
    payment = order["payments"][0]
    order["payments"] = [
        {
            **payment,
            "id": f"{payment['id']}{number:03d}",
            "merchant_payment_reference": f"bench-payment-{number:03d}",
            "capture_data": [
                {**capture, "merchant_capture_reference": f"bench-capture-{number:03d}"}
                for capture in payment["capture_data"]
            ],
        }
        for number in range(payments)
    ]
    return answer


class InMemoryPlural(httpx.MockTransport):
    """The in-memory Plural every contender talks to: one fixed answer per method and path."""

    def __init__(self) -> None:
        self.routes = {("POST", TOKEN_PATH): TOKEN_ANSWER}
        self.routes[("POST", ORDERS_PATH)] = json.dumps(example("CreateOrderResponse")).encode()
        for payments in PAYMENT_COUNTS:
            path = f"{ORDERS_PATH}/{order_id_with(payments)}"
            self.routes[("GET", path)] = json.dumps(order_with(payments)).encode()
        self.last_path = ""
        super().__init__(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.last_path = request.url.path
        content = self.routes[(request.method, request.url.path)]
        return httpx.Response(200, content=content, headers=JSON_HEADERS)


# Interleaved rounds ----------------------------------------------------------------------

Batch = Callable[[int], object]  # makes n calls


def repeat(call: Callable[[], object]) -> Batch:
    def batch(calls: int) -> None:
        for _ in range(calls):
            call()

    return batch


def repeat_in(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]]) -> Batch:
    """An async contender's batch, run to completion on ``loop``: one loop entry per batch,
    not per call, so the loop's own start costs nothing measurable."""

    async def calls_of(calls: int) -> None:
        for _ in range(calls):
            await call()

    def batch(calls: int) -> None:
        loop.run_until_complete(calls_of(calls))

    return batch


@contextmanager
def plural_logger_at_info() -> Iterator[None]:
    """The ``plural`` logger at INFO writing nowhere: each record is made, none printed."""
    logger = logging.getLogger("plural")
    handler = logging.NullHandler()
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def at_info(batch: Batch) -> Batch:
    def logged(calls: int) -> None:
        with plural_logger_at_info():
            batch(calls)

    return logged


def best_per_call(
    batches: Mapping[str, Batch], calls: Mapping[str, int], rounds: int, rng: random.Random
) -> dict[str, float]:
    """CPU seconds per call of each contender: its best of ``rounds`` interleaved rounds."""
    for batch in batches.values():
        batch(1)  # first calls are measured on their own (first_call_ms), not here
    gc.collect()
    best = dict.fromkeys(batches, math.inf)
    order = list(batches)
    for _ in range(rounds):
        rng.shuffle(order)
        for name in order:
            started = time.process_time()
            batches[name](calls[name])
            best[name] = min(best[name], (time.process_time() - started) / calls[name])
    return best


# One function per measure ----------------------------------------------------------------


def plural_on(transport: httpx.MockTransport) -> Plural:
    return Plural(*CREDENTIALS, base_url=HOST, transport=transport)


def raw_json(client: httpx.Client, path: str) -> Any:
    return client.get(path).json()


def measure_get_order(sizes: Sizes, rng: random.Random) -> dict[str, float]:
    """get_order through every sync contender; the ratios of rows 1, 2 and 5, and context."""
    transport = InMemoryPlural()
    path = f"{ORDERS_PATH}/{ORDER_ID}"
    with (
        httpx.Client(base_url=HOST, transport=transport) as raw,
        plural_on(transport) as plural,
        AuthenticatedClient(
            base_url=HOST, token="bench-token", httpx_args={"transport": transport}
        ) as alone,
    ):
        batches: dict[str, Batch] = {
            "raw": repeat(lambda: raw_json(raw, path)),
            "resource": repeat(lambda: plural.orders.get(ORDER_ID)),
            "resource at INFO": at_info(repeat(lambda: plural.orders.get(ORDER_ID))),
            # Both parse the whole answer: .sync gives the parsed body, .get its data.
            "generated through Plural": repeat(
                lambda: get_order.sync(client=plural.client, order_id=ORDER_ID)
            ),
            "generated alone": repeat(lambda: get_order.sync(client=alone, order_id=ORDER_ID)),
        }
        calls = dict.fromkeys(batches, sizes.calls)
        official = pinelabs_get(transport)
        if official is not None:
            batches["pinelabs"] = repeat(official)
            # Some 8 times slower: fewer calls, so that it takes no more than its share of the time.
            calls["pinelabs"] = max(1, sizes.calls // 4)
        seconds = best_per_call(batches, calls, sizes.rounds, rng)
    figures = {
        "get_sync": seconds["resource"] / seconds["raw"],
        "get_info": seconds["resource at INFO"] / seconds["raw"],
        "resource": seconds["resource"] / seconds["generated through Plural"],
        "generated_alone": seconds["generated alone"] / seconds["raw"],
        "raw_get_us": seconds["raw"] * 1e6,
        "get_sync_us": seconds["resource"] * 1e6,
        "generated_alone_us": seconds["generated alone"] * 1e6,
    }
    if "pinelabs" in seconds:
        figures["pinelabs"] = seconds["pinelabs"] / seconds["raw"]
        figures["pinelabs_us"] = seconds["pinelabs"] * 1e6
    return figures


def pinelabs_get(transport: InMemoryPlural) -> Callable[[], object] | None:
    """The official SDK's get_order, when installed (``make bench`` installs it), at Plural's
    host root: its paths start with ``api/pay/v1``. Checked to ask for the right path."""
    try:
        from pinelabs import PinelabsApi  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return None
    official = PinelabsApi(
        base_url=HOST, token="bench-token", httpx_client=httpx.Client(transport=transport)
    )
    official.orders.get_order_by_id(ORDER_ID)
    if transport.last_path != f"{ORDERS_PATH}/{ORDER_ID}":
        raise RuntimeError(f"pinelabs-python asked for {transport.last_path}, not the order")
    return lambda: official.orders.get_order_by_id(ORDER_ID)


def measure_get_order_async(sizes: Sizes, rng: random.Random) -> dict[str, float]:
    transport = InMemoryPlural()
    path = f"{ORDERS_PATH}/{ORDER_ID}"
    raw = httpx.AsyncClient(base_url=HOST, transport=transport)
    plural = AsyncPlural(*CREDENTIALS, base_url=HOST, transport=transport)

    async def raw_call() -> Any:
        return (await raw.get(path)).json()

    loop = asyncio.new_event_loop()
    try:
        batches = {
            "raw": repeat_in(loop, raw_call),
            "resource": repeat_in(loop, lambda: plural.orders.get(ORDER_ID)),
        }
        seconds = best_per_call(batches, dict.fromkeys(batches, sizes.calls), sizes.rounds, rng)
        loop.run_until_complete(raw.aclose())
        loop.run_until_complete(plural.aclose())
    finally:
        loop.close()
    return {"get_async": seconds["resource"] / seconds["raw"]}


def measure_create_order(sizes: Sizes, rng: random.Random) -> dict[str, float]:
    fields: dict[str, Any] = example("CreateOrderRequest")
    transport = InMemoryPlural()
    with (
        httpx.Client(base_url=HOST, transport=transport) as raw,
        plural_on(transport) as plural,
    ):
        batches = {
            "raw": repeat(lambda: raw.post(ORDERS_PATH, json=fields).json()),
            "resource": repeat(lambda: plural.orders.create(**fields)),
        }
        seconds = best_per_call(batches, dict.fromkeys(batches, sizes.calls), sizes.rounds, rng)
    return {"create": seconds["resource"] / seconds["raw"]}


def measure_payments(sizes: Sizes, rng: random.Random) -> dict[str, float]:
    """plural.orders.get against raw httpx on orders of 1, 10 and 100 payments."""
    transport = InMemoryPlural()
    batches: dict[str, Batch] = {}
    calls: dict[str, int] = {}
    with (
        httpx.Client(base_url=HOST, transport=transport) as raw,
        plural_on(transport) as plural,
    ):
        for payments in PAYMENT_COUNTS:
            order_id = order_id_with(payments)
            answer = plural.orders.get(order_id).payments
            if not isinstance(answer, list) or len(answer) != payments:
                raise RuntimeError(f"the order {order_id} has not {payments} payments")
            path = f"{ORDERS_PATH}/{order_id}"
            batches[f"raw {payments}"] = repeat(partial(raw_json, raw, path))
            batches[f"resource {payments}"] = repeat(partial(plural.orders.get, order_id))
            # Fewer calls on a bigger answer, so that each size takes a like share of the time.
            calls[f"raw {payments}"] = calls[f"resource {payments}"] = max(
                1, sizes.calls * 10 // (payments + 9)
            )
        seconds = best_per_call(batches, calls, sizes.rounds, rng)
    figures: dict[str, float] = {}
    for payments in PAYMENT_COUNTS:
        ours, raw_seconds = seconds[f"resource {payments}"], seconds[f"raw {payments}"]
        figures[f"payments_{payments}"] = ours / raw_seconds
        figures[f"payments_{payments}_us"] = ours * 1e6
        figures[f"payments_{payments}_raw_us"] = raw_seconds * 1e6
    return figures


def measure_construction(sizes: Sizes) -> dict[str, float]:
    transport = InMemoryPlural()

    def construction() -> float:
        started = time.process_time()
        plural = plural_on(transport)
        seconds = time.process_time() - started
        plural.close()
        return seconds

    construction()  # the first pays what a process pays once
    return {"construct_ms": min(construction() for _ in range(sizes.constructions)) * 1e3}


# Fresh interpreters ---------------------------------------------------------------------

IMPORT_CHILD = "import time; t0 = time.process_time(); import {}; print(time.process_time() - t0)"


# Reads nothing of the spec before the timed call: loading it is part of a first call's cost.
FIRST_CALL_CHILD = """
import json, sys, time
import httpx
from plural_ext import Plural
host, credentials, routes, fields = json.load(sys.stdin)
answers = {tuple(route.split(" ", 1)): body.encode() for route, body in routes.items()}
def answer(request):
    content = answers[(request.method, request.url.path)]
    return httpx.Response(200, content=content, headers={"content-type": "application/json"})
plural = Plural(*credentials, base_url=host, transport=httpx.MockTransport(answer))
if "--models-loaded" in sys.argv:  # as import plural_ext loaded them before they were lazy
    from plural_client.models import CreateOrderRequest, OrderResponse, TokenResponse
started = time.process_time()
plural.orders.create(**fields)
print(time.process_time() - started)
"""


def first_call_input() -> str:
    """What the first-call child is handed: the host, credentials, answers and order fields."""
    routes = {
        f"{method} {path}": body.decode()
        for (method, path), body in InMemoryPlural().routes.items()
    }
    return json.dumps([HOST, CREDENTIALS, routes, example("CreateOrderRequest")])


def child_output(
    code: str, env: Mapping[str, str], stdin: str = "", args: Sequence[str] = ()
) -> str:
    """What a fresh interpreter running ``code`` prints."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args], input=stdin, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"a bench child failed:\n{done.stderr}")
    return done.stdout


@contextmanager
def compiled_bytecode() -> Iterator[dict[str, str]]:
    """The environment of the import and first-call children, with every module they import
    compiled once beforehand, as ``pip install`` compiles a package: without it (with
    ``PYTHONDONTWRITEBYTECODE``) each import would time the compiler, not the import. The
    bytecode goes to a directory of its own, never into the working tree."""
    with tempfile.TemporaryDirectory(prefix="plural-bench-") as cache:
        env = {
            name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
        }
        env["PYTHONPYCACHEPREFIX"] = cache
        child_output(FIRST_CALL_CHILD, env, first_call_input())
        yield env


def measure_import(sizes: Sizes, rng: random.Random, env: Mapping[str, str]) -> dict[str, float]:
    """CPU time of each import inside a fresh interpreter, best of ``processes``; the
    interpreter's own start is outside both, and nothing is subtracted."""
    best = {"plural_ext": math.inf, "httpx": math.inf}
    order = list(best)
    for _ in range(sizes.processes):
        rng.shuffle(order)
        for module in order:
            seconds = float(child_output(IMPORT_CHILD.format(module), env))
            best[module] = min(best[module], seconds)
    return {
        "import": best["plural_ext"] / best["httpx"],
        "import_plural_ext_ms": best["plural_ext"] * 1e3,
        "import_httpx_ms": best["httpx"] * 1e3,
    }


def measure_first_call(sizes: Sizes, env: Mapping[str, str]) -> dict[str, float]:
    """The first ``plural.orders.create`` of a fresh process (its token fetch included, as a
    merchant's first call has it), after the import and ``Plural()``; best of ``processes``.
    Also with the operation's models imported beforehand: what the call itself costs, apart
    from building the model classes that the lazy imports leave to it."""
    stdin = first_call_input()

    def best(*args: str) -> float:
        runs = (
            float(child_output(FIRST_CALL_CHILD, env, stdin, args)) for _ in range(sizes.processes)
        )
        return min(runs) * 1e3

    return {"first_call_ms": best(), "first_call_models_loaded_ms": best("--models-loaded")}


def one_run(sizes: Sizes, seed: int = 0) -> dict[str, float]:
    """Every figure, measured once in this process (and the fresh interpreters it starts)."""
    rng = random.Random(seed)
    figures = {
        **measure_get_order(sizes, rng),
        **measure_get_order_async(sizes, rng),
        **measure_create_order(sizes, rng),
        **measure_payments(sizes, rng),
        **measure_construction(sizes),
    }
    with compiled_bytecode() as env:
        figures.update(measure_import(sizes, rng, env))
        figures.update(measure_first_call(sizes, env))
    return figures


# The table -------------------------------------------------------------------------------


def shown(value: float, unit: str) -> str:
    return f"{value:.2f}{TIMES}" if unit == RATIO else f"{value:.2f} ms"


def met(value: float, row: Row) -> str:
    if value <= row.goal:
        return "yes"
    return f"no (+{shown(value - row.goal, row.unit)})"


def table(runs: Sequence[Mapping[str, float]]) -> list[str]:
    """Issue 12's table: each row's median over the runs, their spread, the goal."""
    lines = [
        f"| measure | before | now (median of {len(runs)} runs) "
        f"| spread (min{EN_DASH}max of the {len(runs)}) | goal | met? |",
        "|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        values = [run[row.key] for run in runs]
        # Judged as printed: a median shown as 1.02 meets a goal of 1.02.
        now = round(statistics.median(values), 2)
        before = shown(BEFORE[row.key], row.unit) if row.key in BEFORE else "—"
        spread = f"{min(values):.2f}{EN_DASH}{shown(max(values), row.unit)}"
        goal = f"≤ {shown(row.goal, row.unit)}"
        lines.append(
            f"| {row.measure} | {before} | {shown(now, row.unit)} | {spread} | {goal} "
            f"| {met(now, row)} |"
        )
    return lines


def context(runs: Sequence[Mapping[str, float]]) -> list[str]:
    """Medians of the figures that set the table in context."""

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    lines = [
        f"raw httpx + json.loads, get_order: {median('raw_get_us'):.1f} µs a call;"
        f" plural.orders.get: {median('get_sync_us'):.1f} µs",
        f"the generated client alone (no layer), get_order: {median('generated_alone'):.2f}{TIMES}"
        f" ({median('generated_alone_us'):.1f} µs)",
    ]
    if all("pinelabs" in run for run in runs):
        version = importlib.metadata.version("pinelabs-python")
        lines.append(
            f"pinelabs-python {version}, get_order: {median('pinelabs'):.2f}{TIMES}"
            f" ({median('pinelabs_us'):.1f} µs)"
        )
    else:
        lines.append("pinelabs-python: not installed (make bench installs it)")
    for payments in PAYMENT_COUNTS:
        lines.append(
            f"an order with {payments:3} payment{'s' if payments > 1 else ' '}:"
            f" {median(f'payments_{payments}'):.2f}{TIMES}"
            f" ({median(f'payments_{payments}_us'):.1f} µs against"
            f" {median(f'payments_{payments}_raw_us'):.1f} µs raw)"
        )
    first, last = PAYMENT_COUNTS[0], PAYMENT_COUNTS[-1]
    ours = (median(f"payments_{last}_us") - median(f"payments_{first}_us")) / (last - first)
    raw = (median(f"payments_{last}_raw_us") - median(f"payments_{first}_raw_us")) / (last - first)
    lines.append(f"each payment more: {ours:.1f} µs against {raw:.1f} µs raw")
    lines.append(
        "first call with its models imported beforehand (their classes built):"
        f" {median('first_call_models_loaded_ms'):.2f} ms"
    )
    lines.append(
        f"imports: plural_ext {median('import_plural_ext_ms'):.1f} ms,"
        f" httpx {median('import_httpx_ms'):.1f} ms of CPU"
    )
    return lines


def header(sizes: Sizes) -> str:
    return (
        f"Python {platform.python_version()}, CPU time (time.process_time), contenders"
        f" interleaved (best of {sizes.rounds} rounds of {sizes.calls}-call batches, order"
        f" shuffled each round),"
        f" {sizes.runs} runs (each a fresh process); plural_ext from {plural_ext.__path__[0]},"
        f" plural_client from {plural_client.__path__[0]}"
    )


def fresh_run(seed: int, quick: bool) -> dict[str, float]:
    """One run in a fresh interpreter: this script with ``--one-run``."""
    command = [sys.executable, __file__, "--one-run", str(seed), *(["--quick"] if quick else [])]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench run {seed} failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="one run of tiny sizes (the test)")
    parser.add_argument("--one-run", type=int, metavar="SEED", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    sizes = QUICK if arguments.quick else FULL
    if arguments.one_run is not None:
        print(json.dumps(one_run(sizes, arguments.one_run)))
        return
    print(header(sizes), flush=True)
    runs = []
    for seed in range(sizes.runs):
        print(f"run {seed + 1} of {sizes.runs}...", file=sys.stderr, flush=True)
        runs.append(fresh_run(seed, arguments.quick))
    print("\n".join([*table(runs), "", *context(runs)]))


if __name__ == "__main__":
    main()
