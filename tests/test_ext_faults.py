"""Faults at the edges of a call, each with what the caller sees (README "Failure modes"):
several event loops, answers lost after the work was done, a reused reference, a server
that drips its bytes, an answer too large, a status nobody documented, text UTF-8 cannot
encode. Sync and async where both apply."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from plural_client.api.orders import create_order, get_order
from plural_client.errors import InvalidResponseError
from plural_client.models import CreateOrderRequest
from plural_ext import (
    AsyncPlural,
    InvalidRequestError,
    Plural,
    ReferenceReusedError,
    RequestValidationError,
    ServerError,
    TransportError,
)
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxTransport,
    serve,
)
from plural_ext.testing import Clock, approve

AMOUNT = {"value": 1100, "currency": "INR"}
CREDENTIALS = (DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)


# --- one AsyncPlural, several event loops ---------------------------------------------


def test_one_async_client_serves_one_event_loop_after_another() -> None:
    clock = Clock()
    with Sandbox() as sandbox, serve(sandbox) as server:  # real sockets: pools bind to loops
        plural = AsyncPlural(
            *CREDENTIALS, base_url=server.base_url, clock=clock, entry_points=False
        )

        async def job(name: str) -> list[str]:
            # Five at once: the first asks for the token under the lock, the others wait on it.
            orders = await asyncio.gather(
                *(
                    plural.orders.create(
                        merchant_order_reference=f"{name}-{i}", order_amount=AMOUNT
                    )
                    for i in range(5)
                )
            )
            return [order.status for order in orders]

        assert asyncio.run(job("loop-1")) == ["CREATED"] * 5
        clock.advance(7200)  # the token is old: the next loop renews it, under its own lock
        assert asyncio.run(job("loop-2")) == ["CREATED"] * 5
        assert asyncio.run(job("loop-3")) == ["CREATED"] * 5

        answers: list[list[str]] = []
        threads = [
            threading.Thread(target=lambda n=n: answers.append(asyncio.run(job(f"thread-{n}"))))
            for n in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert answers == [["CREATED"] * 5] * 3
        asyncio.run(plural.aclose())
    assert len(sandbox.orders()) == 30


# --- an outcome is never unknown ------------------------------------------------------


class LosesAnswers(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox, whose answers to the first ``lose`` requests matching ``path_end`` are
    lost on the way back: the sandbox did the work, the client sees a dropped connection."""

    def __init__(self, sandbox: Sandbox, path_end: str, lose: int = 1) -> None:
        self._inner = SandboxTransport(sandbox)
        self.base_url = self._inner.base_url
        self._path_end, self._lose = path_end, lose

    def _lost(self, request: httpx.Request) -> bool:
        if self._lose and request.url.path.endswith(self._path_end):
            self._lose -= 1
            return True
        return False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if self._lost(request):
            raise httpx.ReadError("connection reset", request=request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if self._lost(request):
            raise httpx.ReadError("connection reset", request=request)
        return response


def _authorized_order(sandbox: Sandbox, plural: Plural, reference: str) -> str:
    """A pre_auth order paid by card, the customer approving on the sandbox's page: AUTHORIZED."""
    order = plural.orders.create(
        merchant_order_reference=reference,
        order_amount=AMOUNT,
        pre_auth=True,
        callback_url="https://shop.example/return",
    )
    card = {"card_number": CARD_SUCCESS, "cvv": "123", "expiry_month": "12", "expiry_year": "2030"}
    paying = plural.payments.create(
        order.order_id,
        payments=[
            {
                "merchant_payment_reference": f"{reference}-p",
                "payment_method": "CARD",
                "payment_amount": AMOUNT,
                "payment_option": {"card_details": card},
            }
        ],
    )
    assert paying.challenge_url
    approve(paying.challenge_url, transport=SandboxTransport(sandbox))
    return order.order_id


@pytest.mark.parametrize("step", ["cancel", "capture"])
def test_a_step_whose_answer_was_lost_answers_the_order_it_made(step: str) -> None:
    with Sandbox() as sandbox:
        transport = LosesAnswers(sandbox, f"/{step}", lose=0)
        with Plural(
            *CREDENTIALS,
            base_url=transport.base_url,
            transport=transport,
            backoff=0.0,
            entry_points=False,
        ) as plural:
            order_id = _authorized_order(sandbox, plural, f"lost-{step}")
            transport._lose = 1  # the step's first answer is lost; the retry is refused
            if step == "cancel":
                answer = plural.orders.cancel(order_id)
            else:
                answer = plural.orders.capture(order_id, merchant_capture_reference="cap-1")

    assert answer.order_id == order_id
    assert answer.status == ("CANCELLED" if step == "cancel" else "PROCESSED")


def test_a_lost_cancel_answers_the_order_async() -> None:
    with Sandbox() as sandbox:
        transport = LosesAnswers(sandbox, "/cancel", lose=0)
        with Plural(
            *CREDENTIALS, base_url=transport.base_url, transport=transport, entry_points=False
        ) as plural:
            order_id = _authorized_order(sandbox, plural, "lost-async")
        transport._lose = 1

        async def cancel() -> str:
            async with AsyncPlural(
                *CREDENTIALS,
                base_url=transport.base_url,
                transport=transport,
                backoff=0.0,
                entry_points=False,
            ) as plural:
                return (await plural.orders.cancel(order_id)).status

        assert asyncio.run(cancel()) == "CANCELLED"


def test_a_refusal_that_was_not_a_retry_stays_a_refusal() -> None:
    with Sandbox() as sandbox:
        transport = SandboxTransport(sandbox)
        with Plural(
            *CREDENTIALS, base_url=transport.base_url, transport=transport, entry_points=False
        ) as plural:
            order_id = _authorized_order(sandbox, plural, "twice")
            plural.orders.cancel(order_id)
            with pytest.raises(InvalidRequestError):  # the caller asked twice: they are told
                plural.orders.cancel(order_id)


def test_a_reused_reference_with_another_amount_is_an_error_not_someone_elses_order() -> None:
    with Sandbox() as sandbox:
        transport = SandboxTransport(sandbox)
        with Plural(
            *CREDENTIALS, base_url=transport.base_url, transport=transport, entry_points=False
        ) as plural:
            first = plural.orders.create(merchant_order_reference="shop-7", order_amount=AMOUNT)
            again = plural.orders.create(merchant_order_reference="shop-7", order_amount=AMOUNT)
            with pytest.raises(ReferenceReusedError) as reused:
                plural.orders.create(
                    merchant_order_reference="shop-7",
                    order_amount={"value": 99900, "currency": "INR"},
                )
            plural.payment_links.create(merchant_payment_link_reference="link-7", amount=AMOUNT)
            with pytest.raises(ReferenceReusedError) as reused_link:
                plural.payment_links.create(
                    merchant_payment_link_reference="link-7",
                    amount={"value": 5000, "currency": "INR"},
                )

    assert again.order_id == first.order_id  # the same request again: Plural's idempotency
    assert reused.value.fields == ("order_amount",)
    assert reused.value.existing_id == first.order_id and reused.value.reference == "shop-7"
    assert "order_amount" in str(reused.value) and "99900" not in str(reused.value)
    assert reused_link.value.fields == ("amount",)


# --- one deadline per call ------------------------------------------------------------


@pytest.fixture
def dripping_server() -> Iterator[str]:
    """A server on 127.0.0.1 that answers every request a byte every 0.1 s, for ever."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip(connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
                while not stop.wait(0.1):
                    connection.sendall(b" ")
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=drip, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(dripping_server: str) -> None:
    options: dict[str, Any] = {"timeout": 0.5, "deadline": 1.0, "entry_points": False}
    started = time.monotonic()
    with (
        Plural(*CREDENTIALS, base_url=dripping_server, **options) as plural,
        pytest.raises(TransportError),
    ):
        plural.orders.get("v1-abc")
    # Without the deadline the drip (a byte per 0.1 s, each read within its 0.5 s) never ends.
    assert time.monotonic() - started < 10

    async def call() -> None:
        async with AsyncPlural(*CREDENTIALS, base_url=dripping_server, **options) as plural:
            await plural.orders.get("v1-abc")

    started = time.monotonic()
    with pytest.raises(TransportError, match="deadline"):
        asyncio.run(call())
    assert time.monotonic() - started < 10


def test_no_retry_starts_that_the_deadline_would_cut_short() -> None:
    calls: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})
        return httpx.Response(
            503, headers={"Retry-After": "20"}, json={"code": "BUSY", "message": "busy"}
        )

    transport = httpx.MockTransport(busy)
    with Plural("id", "secret", transport=transport, deadline=5.0, entry_points=False) as plural:
        started = time.monotonic()
        with pytest.raises(ServerError):
            plural.orders.get("v1-abc")
    assert time.monotonic() - started < 4  # the 20 s wait was not begun
    assert len([call for call in calls if "/orders/" in call.url.path]) == 1


# --- bounded memory -------------------------------------------------------------------


def _answering(body: bytes, headers: dict[str, str] | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})
        return httpx.Response(200, content=body, headers=headers or {})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        pytest.param(b"x" * 300_000, {}, id="large"),
        pytest.param(gzip.compress(b" " * 5_000_000), {"Content-Encoding": "gzip"}, id="gzip-bomb"),
    ],
)
def test_an_answer_larger_than_the_cap_is_an_invalid_response(
    body: bytes, headers: dict[str, str]
) -> None:
    options: dict[str, Any] = {"max_response_bytes": 100_000, "entry_points": False}
    transport = _answering(body, headers)
    with (
        Plural("id", "secret", transport=transport, **options) as plural,
        pytest.raises(InvalidResponseError, match="max_response_bytes"),
    ):
        plural.orders.get("v1-abc")

    async def call() -> None:
        async with AsyncPlural(
            "id", "secret", transport=_answering(body, headers), **options
        ) as plural:
            await plural.orders.get("v1-abc")

    with pytest.raises(InvalidResponseError, match="max_response_bytes"):
        asyncio.run(call())


# --- every odd status typed -----------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body"),
    [(201, b'{"data": {}}'), (204, b""), (302, b""), (200, b"{}")],
    ids=["201", "204", "302", "200-empty"],
)
def test_the_generated_functions_never_answer_none_for_an_odd_status(
    status: int, body: bytes
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})
        return httpx.Response(
            status, content=body, headers={"Location": "https://elsewhere.example/"}
        )

    with (
        Plural(
            "id", "secret", transport=httpx.MockTransport(handler), entry_points=False
        ) as plural,
        pytest.raises(InvalidResponseError) as caught,
    ):
        get_order.sync(client=plural.client, order_id="v1-abc")
    assert caught.value.status_code == status


# --- request-side input errors --------------------------------------------------------


def test_text_utf8_cannot_encode_is_refused_by_name_before_sending() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"access_token": "t0k", "expires_in": 3600})

    with Plural(
        "id", "secret", transport=httpx.MockTransport(handler), entry_points=False
    ) as plural:
        cases: dict[str, Callable[[], object]] = {
            "order_id": lambda: plural.orders.get("v1-\ud800"),
            "notes": lambda: plural.orders.create(
                merchant_order_reference="r-1", order_amount=AMOUNT, notes="caf\udce9"
            ),
            "purchase_details.customer.first_name": lambda: create_order.sync(
                client=plural.client,
                body=CreateOrderRequest.from_dict(
                    {
                        "merchant_order_reference": "r-2",
                        "order_amount": AMOUNT,
                        "purchase_details": {"customer": {"first_name": "\ud83d"}},
                    }
                ),
            ),
            "start_date": lambda: plural.settlements.list(
                start_date="2024-01-01\udfff", end_date="2024-01-02"
            ),
        }
        for field, call in cases.items():
            with pytest.raises(RequestValidationError) as caught:
                call()
            assert caught.value.field == field
        with pytest.raises(RequestValidationError, match="must be JSON"):
            plural.http.post(
                "/api/pay/v1/orders",
                content=b"{not json",
                headers={"Content-Type": "application/json"},
            )

    assert sent == []
