"""Every error of the SDK survives ``pickle``, attributes included.

A job queue, ``multiprocessing`` or a ``ProcessPoolExecutor`` hands an exception from a worker
to its parent by pickling it; an error that does not round-trip breaks the pool, and the
parent never learns what Plural said. The error classes are found, not listed: one added
later is covered by the same tests.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import multiprocessing
import pickle
import pkgutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from answers import token_answer

import plural_client.errors
import plural_ext
from plural_client.api.orders import get_order
from plural_ext import (
    AsyncPlural,
    InvalidResponseError,
    Plural,
    PluralError,
    RequestValidationError,
    ServerError,
    TransportError,
)

TOKEN_PATH = "/api/auth/v1/token"


def _every_module_of_plural_ext() -> None:
    for module in pkgutil.walk_packages(plural_ext.__path__, "plural_ext."):
        importlib.import_module(module.name)


def _subclasses(root: type[BaseException]) -> set[type[BaseException]]:
    found = set(root.__subclasses__())
    return found.union(*(_subclasses(kind) for kind in found))


def error_classes() -> list[type[BaseException]]:
    """The exported error types of plural_ext and plural_client.errors, and every PluralError
    subclass defined anywhere in plural_ext."""
    _every_module_of_plural_ext()
    exported = [
        getattr(module, name)
        for module in (plural_ext, plural_client.errors)
        for name in module.__all__
    ]
    kinds = {
        kind for kind in exported if isinstance(kind, type) and issubclass(kind, BaseException)
    }
    kinds |= _subclasses(PluralError)
    return sorted(kinds, key=lambda kind: (kind.__module__, kind.__qualname__))


# A value for each constructor argument, by name, else by annotation: each one visible in the
# attributes, so that an attribute lost on the way shows.
SAMPLES: dict[str, object] = {
    "message": "Plural said no",
    "status_code": 503,
    "code": "INTERNAL_ERROR",
    "request_id": "c17ce30f-f88e-4f81-ada1-c3b4909ed235",
    "details": {"source": "orders", "step": "capture", "reason": "AUTHORIZED"},
    "field": "order_amount.value",
    "rule": "must be bigger than or equal to 100 (minimum 100)",
    "operation": "create_order",
    "content": b'{"code": "X"}',
    "method": "POST",
    "path": "/api/pay/v1/orders",
}


def sample(parameter: inspect.Parameter) -> object:
    if parameter.name in SAMPLES:
        return SAMPLES[parameter.name]
    annotation = str(parameter.annotation)
    for marker, value in (("int", 7), ("float", 2.5), ("bytes", b"body"), ("bool", True)):
        if annotation.startswith(marker):
            return value
    return f"sample {parameter.name}"


def instance(kind: type[BaseException]) -> BaseException:
    """An instance of ``kind`` built through its own constructor, every argument given."""
    try:
        parameters = list(inspect.signature(kind).parameters.values())
    except ValueError:  # BaseException's own constructor: any arguments
        return kind("Plural said no")
    args = [
        sample(p)
        for p in parameters
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    ]
    kwargs = {
        p.name: sample(p)
        for p in parameters
        if p.kind is p.KEYWORD_ONLY
        or (p.kind is p.POSITIONAL_OR_KEYWORD and p.default is not p.empty)
    }
    if any(p.kind is p.VAR_POSITIONAL for p in parameters) and not args:
        args = ["Plural said no"]
    return kind(*args, **kwargs)


def round_trip(error: BaseException, protocol: int = pickle.DEFAULT_PROTOCOL) -> Any:
    return pickle.loads(pickle.dumps(error, protocol))  # noqa: S301  (bytes made just above)


def assert_same(copy: BaseException, error: BaseException) -> None:
    assert type(copy) is type(error)
    assert copy.args == error.args
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


ERROR_CLASSES = error_classes()


def test_the_error_classes_are_found() -> None:
    names = {kind.__name__ for kind in ERROR_CLASSES}
    # The eleven of issue 10, at least; more as they are added.
    assert {
        "PluralError",
        "APIError",
        "AuthenticationError",
        "InvalidRequestError",
        "NotFoundError",
        "RateLimitError",
        "ServerError",
        "TransportError",
        "InvalidResponseError",
        "RequestValidationError",
        "SignatureError",
        "UnexpectedStatus",
    } <= names


@pytest.mark.parametrize("kind", ERROR_CLASSES, ids=lambda kind: kind.__qualname__)
def test_every_error_class_round_trips_through_pickle(kind: type[BaseException]) -> None:
    error = instance(kind)

    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = round_trip(error, protocol)
        assert_same(copy, error)
    for name, value in vars(error).items():
        assert getattr(round_trip(error), name) == value


@pytest.mark.parametrize("kind", ERROR_CLASSES, ids=lambda kind: kind.__qualname__)
def test_every_error_class_keeps_what_was_added_after_it_was_made(
    kind: type[BaseException],
) -> None:
    error = instance(kind)
    error.add_note("while capturing order v1-abc")

    copy = round_trip(error)

    assert copy.__notes__ == ["while capturing order v1-abc"]


# --- errors as the client raises them ---------------------------------------------------------


def _server(reply: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer())
        return reply(request)

    return httpx.MockTransport(handle)


def _unavailable(request: httpx.Request) -> httpx.Response:
    body = {"code": "INTERNAL_ERROR", "message": "try later", "additional_error_details": {}}
    return httpx.Response(503, json=body, headers={"Request-ID": request.headers["Request-ID"]})


def _dropped(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError("connection reset by peer")


def _truncated(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b'{"data": {"order_id": "v1-a')


REPLIES = {
    ServerError: _unavailable,
    TransportError: _dropped,
    InvalidResponseError: _truncated,
}


def raised_by_a_call(reply: Callable[[httpx.Request], httpx.Response], mode: str) -> PluralError:
    options: dict[str, Any] = {"max_attempts": 1, "entry_points": False}
    try:
        if mode == "sync":
            with Plural("id", "secret", transport=_server(reply), **options) as plural:
                get_order.sync(client=plural.client, order_id="v1-abc")
        else:

            async def call() -> None:
                async with AsyncPlural("id", "secret", transport=_server(reply), **options) as p:
                    await get_order.asyncio(client=p.client, order_id="v1-abc")

            asyncio.run(call())
    except PluralError as error:
        return error
    raise AssertionError("the call did not fail")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", list(REPLIES), ids=lambda kind: kind.__name__)
def test_errors_raised_by_calls_round_trip(mode: str, kind: type[PluralError]) -> None:
    error = raised_by_a_call(REPLIES[kind], mode)
    assert isinstance(error, kind)

    copy = round_trip(error)

    assert_same(copy, error)
    assert copy.request_id == error.request_id is not None  # type: ignore[attr-defined]


def test_a_validation_error_round_trips_with_its_field_rule_and_operation() -> None:
    with (
        Plural("id", "secret", transport=_server(_unavailable), entry_points=False) as plural,
        pytest.raises(RequestValidationError) as caught,
    ):
        plural.orders.create(
            merchant_order_reference="order-1", order_amount={"value": 99, "currency": "INR"}
        )

    copy = round_trip(caught.value)

    assert (copy.field, copy.rule, copy.operation) == (
        caught.value.field,
        caught.value.rule,
        "create_order",
    )
    assert copy.field == "order_amount.value"


# --- across processes ---------------------------------------------------------------------------


def plural_answers_503(order_id: str) -> str:
    """A worker's job: a call that Plural answers 503 (run in another process)."""
    with Plural("id", "secret", transport=_server(_unavailable), max_attempts=1) as plural:
        return plural.orders.get(order_id).order_id


def nothing_wrong(order_id: str) -> str:
    return order_id


def test_a_server_error_in_a_process_pool_worker_reaches_the_parent_whole() -> None:
    spawn = multiprocessing.get_context("spawn")  # no fork of a process that runs threads
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        failed = pool.submit(plural_answers_503, "v1-abc")

        with pytest.raises(ServerError) as caught:
            failed.result(timeout=120)
        # The pool is not broken by it: the next job runs.
        assert pool.submit(nothing_wrong, "v1-def").result(timeout=120) == "v1-def"

    error = caught.value
    assert (error.status_code, error.code, error.message) == (503, "INTERNAL_ERROR", "try later")
    assert error.request_id is not None and len(error.request_id) == 36
    assert error.request_id in str(error)
