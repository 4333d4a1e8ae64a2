"""The main job: a whole seamless card checkout, as a merchant's server runs it, on the sandbox.

``plural demo`` (and ``make demo``) starts the sandbox and a small merchant server on
free loopback ports, gets a token, then runs three flows of :mod:`plural_ext._checkout`,
the very code the cassettes are recorded with: an order pre-authorized, paid by card,
approved by the customer on challenge_url and captured; a second one cancelled; a third
charged at once and refunded, in part and then in full. The customer's browser posts
the challenge's callback form to the merchant server (as Plural's plugins receive it;
or follows its 303 with ``SandboxConfig.callback_method = "GET"``), which verifies the
callback's signature; every webhook the sandbox sends is verified too. One line per
step; exit status 1 as soon as a step does not end as
:data:`plural_ext._checkout.EXPECTED_STEPS` says.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal, TextIO
from urllib.parse import urlsplit

import httpx

from plural_client.api.auth import generate_token
from plural_client.models import (
    CheckoutLink,
    Order,
    OrderResponse,
    PaymentLink,
    TokenRequest,
    TokenResponse,
)

from ._checkout import (
    EXPECTED_STEPS,
    FLOWS,
    FlowOptions,
    HttpApprover,
    StepObserver,
    UnexpectedStep,
    run_sync,
    status_of,
)
from ._client import Plural
from ._exceptions import PluralError
from ._signatures import CallbackResult, verify_callback
from ._webhooks import WebhookEvent, WebhookPayloadError, verify_webhook
from .sandbox import Sandbox, SandboxConfig, serve

DEMO_FLOWS = ("checkout_pre_auth_capture", "cancel", "refund", "hosted_checkout", "payment_link")
"""The flows of :data:`plural_ext._checkout.FLOWS` the demo runs, one order each."""


CALLBACK_PATHS = ("/callback", "/failure")
"""The merchant server's return URLs: callback_url and failure_callback_url."""
WEBHOOK_PATH = "/webhooks"


class Merchant:
    """The merchant's own web server: it receives the callbacks and the webhooks.

    The customer's browser brings the callback to ``/callback`` or ``/failure``: a POST
    of the form's fields (Plural's way, the sandbox's default) or a GET with them in the
    query. ``callback_methods`` records which, in order.
    """

    def __init__(self, secret_key: str, webhook_secret: str) -> None:
        self.callbacks: list[CallbackResult] = []
        self.callback_methods: list[str] = []
        self.webhooks: list[WebhookEvent] = []
        self.refused: list[str] = []
        merchant = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the customer's browser, redirected (303)
                path, _, query = self.path.partition("?")
                if path not in CALLBACK_PATHS:
                    self._answer(404, b"Not found.")
                    return
                self._callback("GET", query)

            def do_POST(self) -> None:  # the browser's callback form, or a webhook
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                path = urlsplit(self.path).path
                if path in CALLBACK_PATHS:
                    self._callback("POST", body)
                elif path == WEBHOOK_PATH:
                    self._webhook(body)
                else:
                    self._answer(404, b"Not found.")

            def _callback(self, method: str, fields: str | bytes) -> None:
                try:
                    merchant.callbacks.append(verify_callback(fields, secret_key))
                    merchant.callback_methods.append(method)
                    self._answer(200, b"Thank you for your order.")
                except PluralError as error:
                    merchant.refused.append(f"callback: {error}")
                    self._answer(400, b"Refused.")

            def _webhook(self, body: bytes) -> None:
                try:
                    merchant.webhooks.append(
                        verify_webhook(dict(self.headers.items()), body, webhook_secret)
                    )
                    self._answer(204, b"")
                except WebhookPayloadError:
                    self._answer(204, b"")  # from Plural: acknowledged, or it is sent again
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
        self.options = FlowOptions(
            run=time.strftime("demo-%H%M%S"),
            callback_url=f"{merchant.url}/callback",
            failure_callback_url=f"{merchant.url}/failure",
            notes="plural demo",
        )
        # The customer's browser: it goes on to the merchant server, which must accept.
        self.approver = HttpApprover(follow_callback=True)
        self.callbacks_seen = 0

    def line(self, name: str, status: str, detail: str, elapsed_ms: float) -> None:
        print(f"{name:<26} {status:<18} {detail:<51} {elapsed_ms:7.1f} ms", file=self.out)

    def run(self) -> None:
        self.generate_token()
        for name in DEMO_FLOWS:
            expected = EXPECTED_STEPS[name]
            on_step = self.observer(iter(expected))
            result = run_sync(FLOWS[name](self.options), self.plural, self.approver, on_step)
            if result.steps != expected:
                raise UnexpectedStep(f"{name}: steps {result.steps}, expected {expected}")

    def generate_token(self) -> None:
        """Not a step of the flows (the client gets its token by itself): shown first."""
        settings = self.plural.settings
        body = TokenRequest.from_dict(
            {
                "client_id": settings.client_id,
                "client_secret": settings.client_secret,
                "grant_type": "client_credentials",
            }
        )
        started = time.perf_counter()
        token = generate_token.sync(client=self.plural.client, body=body)
        elapsed_ms = (time.perf_counter() - started) * 1000
        if not isinstance(token, TokenResponse):
            raise UnexpectedStep(f"generate_token: unexpected result {type(token).__name__}")
        self.line("generate_token", "ok", _lifetime(token), elapsed_ms)

    def observer(self, expected: Iterator[tuple[str, str]]) -> StepObserver:
        """One line per step, after checking it ended as ``expected`` says."""

        def on_step(name: str, outcome: Any, elapsed_ms: float) -> None:
            status = status_of(outcome)
            want = next(expected, ("no further step", ""))
            if (name, status) != want:
                error = f" ({outcome})" if isinstance(outcome, PluralError) else ""
                wanted = want[1] if want[0] == name else " ".join(want).strip()
                raise UnexpectedStep(f"{name}: {status}{error}, expected {wanted}")
            self.line(name, status, self.detail(name, outcome), elapsed_ms)

        return on_step

    def detail(self, name: str, outcome: Any) -> str:
        if isinstance(outcome, OrderResponse) and isinstance(outcome.data, Order):
            order = outcome.data
            if isinstance(order.parent_order_id, str):  # a refund is an order of its own
                return f"refund order_id={order.order_id} of {order.parent_order_id}"
            return f"order_id={order.order_id}"
        if isinstance(outcome, CheckoutLink):
            return f"order_id={outcome.order_id}, hosted page"
        if isinstance(outcome, PaymentLink):
            return f"payment_link_id={outcome.payment_link_id}"
        # approve: the browser landed on the merchant server, which verified the signature.
        if len(self.merchant.callbacks) != self.callbacks_seen + 1:
            raise UnexpectedStep("approve: the callback did not reach the merchant server")
        self.callbacks_seen += 1
        verified = self.merchant.callbacks[-1]
        if (verified.order_id, verified.status) != (outcome["order_id"], outcome["status"]):
            raise UnexpectedStep(
                f"approve: the merchant verified {verified.order_id} {verified.status}"
            )
        method = self.merchant.callback_methods[-1]
        return f"order_id={verified.order_id}, {method} signature ok"


def _lifetime(token: TokenResponse) -> str:
    """The token response's own reading of its lifetime: expires_at or expires_in."""
    if isinstance(token.expires_in, int):
        return f"expires_in={token.expires_in}"
    if isinstance(token.expires_at, datetime.datetime):
        moment = token.expires_at.astimezone(datetime.UTC)
        return f"expires_at={moment.isoformat(timespec='milliseconds').replace('+00:00', 'Z')}"
    return "no lifetime given"


def run(out: TextIO, *, callback_method: Literal["POST", "GET"] = "POST") -> int:
    started = time.perf_counter()
    defaults = SandboxConfig()
    merchant = Merchant(defaults.callback_secret_key, defaults.webhook_secret)
    sandbox = Sandbox(
        SandboxConfig(
            webhook_url=f"{merchant.url}{WEBHOOK_PATH}",
            webhook_backoff=0.1,
            callback_method=callback_method,
        )
    )
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
            except (UnexpectedStep, PluralError, httpx.HTTPError) as failure:
                refused = f" (refused: {'; '.join(merchant.refused)})" if merchant.refused else ""
                print(f"FAILED {failure}{refused}", file=out)
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
        f"checkout complete: {len(DEMO_FLOWS)} flows in {(time.perf_counter() - started) * 1000:.0f} ms",
        file=out,
    )
    return 0


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="run a whole seamless card checkout against the local sandbox"
    )
    parser.set_defaults(func=lambda args: run(sys.stdout))
