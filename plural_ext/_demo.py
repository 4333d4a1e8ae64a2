"""The main job: a whole seamless card checkout, as a merchant's server runs it, on the sandbox.

``plural demo`` (and ``make demo``) starts the sandbox and a small merchant server on
free loopback ports, then walks the guide: token, create order (pre_auth), create
payment, the customer approves on challenge_url, the callback reaches the merchant
and its signature is verified, capture, read back. A second order is cancelled and a
third refunded. Every webhook the sandbox sends is verified too. One line per step;
exit status 1 as soon as a step does not end as the guide says.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO, TypeVar

import httpx

from plural_client.api.auth import generate_token
from plural_client.api.orders import cancel_order, capture_order, create_order, get_order
from plural_client.api.payments import create_payment
from plural_client.api.refunds import create_refund
from plural_client.models import (
    CaptureRequest,
    CreateOrderRequest,
    CreatePaymentRequest,
    Order,
    OrderResponse,
    RefundRequest,
    TokenRequest,
    TokenResponse,
)

from ._client import Plural
from ._exceptions import PluralError
from ._signatures import CallbackResult, verify_callback
from ._webhooks import WebhookEvent, verify_webhook
from .sandbox import CARD_SUCCESS, Sandbox, SandboxConfig, serve

T = TypeVar("T")
AMOUNT = 1100  # paise


class StepFailed(Exception):
    """A step did not end as the guide says."""


class Merchant:
    """The merchant's own web server: it receives the callback redirect and the webhooks."""

    def __init__(self, secret_key: str, webhook_secret: str) -> None:
        self.callbacks: list[CallbackResult] = []
        self.webhooks: list[WebhookEvent] = []
        self.refused: list[str] = []
        merchant = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the customer's browser, redirected by Plural
                try:
                    merchant.callbacks.append(
                        verify_callback(self.path.partition("?")[2], secret_key)
                    )
                    self._answer(200, b"Thank you for your order.")
                except PluralError as error:
                    merchant.refused.append(f"callback: {error}")
                    self._answer(400, b"Refused.")

            def do_POST(self) -> None:  # Plural's webhooks
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                try:
                    merchant.webhooks.append(
                        verify_webhook(dict(self.headers.items()), body, webhook_secret)
                    )
                    self._answer(204, b"")
                except PluralError as error:
                    merchant.refused.append(f"webhook: {error}")
                    self._answer(400, b"")

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        ).start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class Demo:
    def __init__(self, plural: Plural, merchant: Merchant, out: TextIO) -> None:
        self.plural = plural
        self.merchant = merchant
        self.out = out
        self.browser = httpx.Client(timeout=10.0)  # the customer's browser
        self.run_id = time.strftime("%H%M%S")

    def step(self, name: str, call: Callable[[], T], describe: Callable[[T], str]) -> T:
        started = time.perf_counter()
        try:
            result = call()
        except PluralError as error:
            raise StepFailed(f"{name}: {type(error).__name__}: {error}") from error
        elapsed = (time.perf_counter() - started) * 1000
        print(f"{name:<26} {describe(result):<70} {elapsed:7.1f} ms", file=self.out)
        return result

    def order_step(self, name: str, call: Callable[[], object], expect: str) -> Any:
        def checked() -> Any:
            result = call()
            if not isinstance(result, OrderResponse) or not isinstance(result.data, Order):
                raise StepFailed(f"{name}: unexpected result {type(result).__name__}")
            if result.data.status != expect:
                raise StepFailed(f"{name}: status {result.data.status}, expected {expect}")
            return result.data

        return self.step(
            name, checked, lambda order: f"{order.status:<18} order_id={order.order_id}"
        )

    def run(self) -> None:
        client = self.plural.client
        settings = self.plural.settings
        self.step(
            "generate_token",
            lambda: generate_token.sync(
                client=client,
                body=TokenRequest.from_dict(
                    {
                        "client_id": settings.client_id,
                        "client_secret": settings.client_secret,
                        "grant_type": "client_credentials",
                    }
                ),
            ),
            lambda token: (
                f"{'ok':<18} expires_in={token.expires_in}"
                if isinstance(token, TokenResponse)
                else "?"
            ),
        )

        # 1. pre-authorized, approved by the customer, captured.
        order = self.checkout("order-1", pre_auth=True, expect="AUTHORIZED")
        self.order_step(
            "capture_order",
            lambda: capture_order.sync(
                client=client,
                order_id=order.order_id,
                body=CaptureRequest.from_dict(
                    {
                        "merchant_capture_reference": f"capture-{self.run_id}-1",
                        "capture_amount": {"value": AMOUNT, "currency": "INR"},
                    }
                ),
            ),
            "PROCESSED",
        )
        self.order_step(
            "get_order", lambda: get_order.sync(client=client, order_id=order.order_id), "PROCESSED"
        )

        # 2. pre-authorized, then cancelled.
        order = self.checkout("order-2", pre_auth=True, expect="AUTHORIZED")
        self.order_step(
            "cancel_order",
            lambda: cancel_order.sync(client=client, order_id=order.order_id),
            "CANCELLED",
        )

        # 3. charged at once, then refunded in part.
        order = self.checkout("order-3", pre_auth=False, expect="PROCESSED")
        self.order_step(
            "create_refund (partial)",
            lambda: create_refund.sync(
                client=client,
                order_id=order.order_id,
                body=RefundRequest.from_dict(
                    {
                        "merchant_order_reference": f"refund-{self.run_id}-3",
                        "order_amount": {"value": 500, "currency": "INR"},
                    }
                ),
            ),
            "PROCESSED",
        )
        self.order_step(
            "get_order",
            lambda: get_order.sync(client=client, order_id=order.order_id),
            "PARTIALLY_REFUNDED",
        )

    def checkout(self, label: str, *, pre_auth: bool, expect: str) -> Any:
        client = self.plural.client
        reference = f"{label}-{self.run_id}"
        order = self.order_step(
            f"create_order ({'pre_auth' if pre_auth else 'charge'})",
            lambda: create_order.sync(
                client=client,
                body=CreateOrderRequest.from_dict(
                    {
                        "merchant_order_reference": reference,
                        "order_amount": {"value": AMOUNT, "currency": "INR"},
                        "pre_auth": pre_auth,
                        "allowed_payment_methods": ["CARD"],
                        "callback_url": f"{self.merchant.url}/callback",
                        "failure_callback_url": f"{self.merchant.url}/callback",
                    }
                ),
            ),
            "CREATED",
        )
        pending = self.order_step(
            "create_payment (card)",
            lambda: create_payment.sync(
                client=client,
                order_id=order.order_id,
                body=CreatePaymentRequest.from_dict(
                    {
                        "payments": [
                            {
                                "merchant_payment_reference": f"pay-{reference}",
                                "payment_method": "CARD",
                                "payment_amount": {"value": AMOUNT, "currency": "INR"},
                                "payment_option": {
                                    "card_details": {
                                        "name": "Anil Reddy",
                                        "card_number": CARD_SUCCESS,
                                        "cvv": "123",
                                        "expiry_month": "04",
                                        "expiry_year": "2029",
                                    }
                                },
                            }
                        ]
                    }
                ),
            ),
            "PENDING",
        )
        self.step(
            "challenge approved", lambda: self.approve(pending.challenge_url), lambda result: result
        )
        verified = self.merchant.callbacks[-1]
        if verified.order_id != order.order_id or verified.status != expect:
            raise StepFailed(
                f"callback: {verified.order_id} {verified.status}, expected {order.order_id} {expect}"
            )
        self.order_step(
            "get_order", lambda: get_order.sync(client=client, order_id=order.order_id), expect
        )
        return order

    def approve(self, challenge_url: str) -> str:
        """What the customer does: open the challenge page, press Approve, follow the redirect."""
        page = self.browser.get(challenge_url)
        if page.status_code != 200 or 'id="approve"' not in page.text:
            raise StepFailed(f"challenge page: HTTP {page.status_code}")
        before = len(self.merchant.callbacks)
        landed = self.browser.post(challenge_url, data={"action": "approve"}, follow_redirects=True)
        if landed.status_code != 200 or len(self.merchant.callbacks) != before + 1:
            raise StepFailed(
                f"callback refused or missing: HTTP {landed.status_code} {self.merchant.refused}"
            )
        callback = self.merchant.callbacks[-1]
        return f"{'signature ok':<18} callback status={callback.status}"


def run(out: TextIO) -> int:
    started = time.perf_counter()
    defaults = SandboxConfig()
    merchant = Merchant(defaults.callback_secret_key, defaults.webhook_secret)
    sandbox = Sandbox(SandboxConfig(webhook_url=f"{merchant.url}/webhooks", webhook_backoff=0.1))
    try:
        with (
            serve(sandbox) as server,
            Plural(
                defaults.client_id,
                defaults.client_secret,
                base_url=server.base_url,
                entry_points=False,
            ) as plural,
        ):
            print(f"sandbox on {server.base_url}, merchant server on {merchant.url}", file=out)
            try:
                Demo(plural, merchant, out).run()
            except StepFailed as failure:
                print(f"FAILED {failure}", file=out)
                return 1
            sandbox.webhooks.join(timeout=10)
    finally:
        sandbox.close()
        merchant.close()
    if merchant.refused or not merchant.webhooks:
        print(
            f"FAILED webhooks: {len(merchant.webhooks)} verified, refused: {merchant.refused}",
            file=out,
        )
        return 1
    kinds = ", ".join(sorted({event.event_type for event in merchant.webhooks}))
    print(
        f"{'webhooks':<26} {len(merchant.webhooks)} received, all signatures verified ({kinds})",
        file=out,
    )
    print(
        f"checkout complete: 3 orders in {(time.perf_counter() - started) * 1000:.0f} ms", file=out
    )
    return 0


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="run a whole seamless card checkout against the local sandbox"
    )
    parser.set_defaults(func=lambda args: run(sys.stdout))
