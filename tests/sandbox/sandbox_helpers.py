"""What the sandbox tests share: a clock to move, a client that checks every answer against the spec."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from plural_client.models import OrderResponse
from plural_ext._checkout import read_callback
from plural_ext._spec import spec
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
)
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._routing import route

_references = itertools.count(1)


def reference(prefix: str = "ref") -> str:
    """A merchant reference not used before in this run."""
    return f"{prefix}-{next(_references)}"


class Clock:
    """The sandbox's clock, moved by hand."""

    def __init__(self) -> None:
        self.value = time.time()

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec(), DRAFT4)
    registry: Registry[Any] = Registry().with_resource("urn:plural", resource)
    return registry


def assert_matches_spec(response: httpx.Response) -> None:
    """The body is valid for the operation's documented response at this status."""
    path = response.request.url.path
    try:
        operation, _ = route(response.request.method, path)
    except SandboxError:  # challenge pages, unknown paths, other methods: not the spec's
        return
    responses = spec()["paths"][operation.path_template][operation.method.lower()]["responses"]
    documented = responses.get(str(response.status_code))
    assert documented is not None, f"{operation.operation_id} documents no {response.status_code}"
    ref = documented.get("$ref", "")
    if ref:
        documented = spec()["components"]["responses"][ref.rsplit("/", 1)[-1]]
    schema = documented["content"]["application/json"]["schema"]
    resolved = {"$ref": "urn:plural" + schema["$ref"]}
    body = response.json()
    Draft4Validator(resolved, registry=_registry()).validate(body)
    if response.status_code == 200 and schema["$ref"].endswith("/OrderResponse"):
        # The generated client reads it too, and keeps nothing it did not understand.
        parsed = OrderResponse.from_dict(body)
        assert parsed.to_dict() == body


@dataclass
class Api:
    """A client of one sandbox, with the steps of a checkout as methods."""

    client: httpx.Client
    sandbox: Sandbox

    def token(self) -> str:
        response = self.client.post(
            "/api/auth/v1/token",
            json={
                "client_id": DEFAULT_CLIENT_ID,
                "client_secret": DEFAULT_CLIENT_SECRET,
                "grant_type": "client_credentials",
            },
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token

    def login(self) -> Api:
        self.client.headers["Authorization"] = f"Bearer {self.token()}"
        return self

    def create_order(
        self, ref: str | None = None, value: int = 1100, **extra: Any
    ) -> httpx.Response:
        body = {
            "merchant_order_reference": ref or reference("order"),
            "order_amount": {"value": value, "currency": "INR"},
            "pre_auth": True,
            "callback_url": "https://merchant.test/return",
            "failure_callback_url": "https://merchant.test/failed",
            **extra,
        }
        return self.client.post("/api/pay/v1/orders", json=body)

    def pay(
        self,
        order_id: str,
        card: str = CARD_SUCCESS,
        value: int = 1100,
        ref: str | None = None,
        option: dict[str, Any] | None = None,
        method: str = "CARD",
    ) -> httpx.Response:
        card_details = {
            "name": "Anil Reddy",
            "card_number": card,
            "cvv": "272",
            "expiry_month": "04",
            "expiry_year": "2029",
        }
        payment = {
            "merchant_payment_reference": ref or reference("payment"),
            "payment_method": method,
            "payment_amount": {"value": value, "currency": "INR"},
            "payment_option": option or {"card_details": card_details},
        }
        return self.client.post(
            f"/api/pay/v1/orders/{order_id}/payments", json={"payments": [payment]}
        )

    def answer(self, order: dict[str, Any], action: str) -> httpx.Response:
        return self.client.post(order["challenge_url"], data={"action": action})

    def get(self, order_id: str) -> dict[str, Any]:
        return data(self.client.get(f"/api/pay/v1/orders/{order_id}"))

    def capture(self, order_id: str, value: int, ref: str | None = None) -> httpx.Response:
        body = {
            "merchant_capture_reference": ref or reference("capture"),
            "capture_amount": {"value": value, "currency": "INR"},
        }
        return self.client.put(f"/api/pay/v1/orders/{order_id}/capture", json=body)

    def cancel(self, order_id: str) -> httpx.Response:
        return self.client.put(f"/api/pay/v1/orders/{order_id}/cancel")

    def refund(
        self, order_id: str, value: int | None = None, ref: str | None = None
    ) -> httpx.Response:
        body: dict[str, Any] = {"merchant_order_reference": ref or reference("refund")}
        if value is not None:
            body["order_amount"] = {"value": value, "currency": "INR"}
        return self.client.post(f"/api/pay/v1/refunds/{order_id}", json=body)

    def paid_order(
        self, card: str = CARD_SUCCESS, action: str = "approve", **order: Any
    ) -> dict[str, Any]:
        """An order taken through payment and its challenge; returns it as it is then."""
        created = data(self.create_order(**order))
        pending = data(self.pay(created["order_id"], card, value=created["order_amount"]["value"]))
        assert called_back(self.answer(pending, action))["order_id"] == created["order_id"]
        return self.get(created["order_id"])


def called_back(answer: httpx.Response) -> dict[str, str]:
    """The signed fields a challenge's answer sends the merchant: its POST form, or its 303."""
    return read_callback(answer).fields


def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    """The JSON body of an answer with ``status``."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def data(response: httpx.Response) -> dict[str, Any]:
    """The order of a 200 response."""
    assert response.status_code == 200, response.text
    order: dict[str, Any] = response.json()["data"]
    return order


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """A refusal in Plural's error shape."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["code"] == code
    assert isinstance(body["message"], str) and body["message"]
    return body


def checked_client(transport: httpx.BaseTransport | None, base_url: str) -> httpx.Client:
    """A client whose every answer is checked against the spec."""
    return httpx.Client(
        transport=transport,
        base_url=base_url,
        trust_env=False,
        event_hooks={"response": [_read_and_check]},
    )


def _read_and_check(response: httpx.Response) -> None:
    response.read()
    assert_matches_spec(response)


@dataclass
class Receiver:
    """A local webhook endpoint: answers with ``statuses`` in turn (then 200), keeps what came."""

    statuses: list[int] = field(default_factory=list)
    received: list[tuple[dict[str, str], bytes, int]] = field(default_factory=list)
    url: str = ""


@contextlib.contextmanager
def webhook_receiver() -> Iterator[Receiver]:
    """A ThreadingHTTPServer on 127.0.0.1 answering webhooks, shut down on exit."""
    state = Receiver()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                status = state.statuses.pop(0) if state.statuses else 200
                state.received.append((dict(self.headers.items()), body, status))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/webhooks"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def webhook_bodies(receiver: Receiver) -> list[dict[str, Any]]:
    return [json.loads(body) for _, body, status in receiver.received if status == 200]
