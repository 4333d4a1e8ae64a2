"""A customer's checkout in a real browser: Debian's headless chromium on the sandbox's challenge page.

After Approve the browser brings the signed callback to the merchant's server: by the form
that posts itself (as Plural does), by its button when scripts are off, or by a 303 when
the sandbox is set to ``callback_method="GET"``.

The browser is driven over the Chrome DevTools Protocol, straight from Python through one
websocket: no chromedriver, no Selenium Manager, nothing downloaded. ``scripts/install-browser.sh``
installs chromium in CI (``.ci/run``); elsewhere the test is skipped when chromium is missing,
but under ``CI`` a missing chromium fails it.

Every step is bounded, and chromium (its whole process group) is killed in a ``finally``.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
import pytest

from plural_client.api.orders import create_order, get_order
from plural_client.api.payments import create_payment
from plural_client.models import CreateOrderRequest, CreatePaymentRequest
from plural_ext import Plural, verify_callback
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxConfig,
    serve,
)

CHROMIUM = Path("/usr/bin/chromium")
STEP_TIMEOUT = 20.0  # seconds, for any one wait: chromium's start, a page load, the callback

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--no-proxy-server",
    "--window-size=800,900",
    # 0: chromium picks a free port and writes it to <user-data-dir>/DevToolsActivePort
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]


# -- the merchant's return URL ------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    """One request the merchant's return URL received, whole."""

    method: str
    query: str
    content_type: str
    body: bytes


class CallbackReceiver:
    """The merchant's site: records each request to ``/callback``, answers a small page."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.received = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._receive(b"")

            def do_POST(self) -> None:
                self._receive(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def _receive(self, body: bytes) -> None:
                parts = urlsplit(self.path)
                if parts.path != "/callback":
                    self.send_error(404)
                    return
                content_type = self.headers.get("Content-Type", "")
                receiver.requests.append(Received(self.command, parts.query, content_type, body))
                receiver.received.set()
                page = b"<!DOCTYPE html><title>Merchant</title><h1 id='thanks'>Thank you</h1>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/callback"

    def close(self) -> None:
        self._httpd.shutdown()
        self._thread.join(5)
        self._httpd.server_close()


# -- the browser ------------------------------------------------------------------------


class DevTools:
    """One page of chromium, over the DevTools Protocol: commands, and events kept until read."""

    def __init__(self, ws: Any) -> None:
        self._ws = ws
        self._ids = itertools.count(1)
        self._events: list[dict[str, Any]] = []

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        call_id = next(self._ids)
        self._ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            message = self._receive(deadline, f"the answer to {method}")
            if message.get("id") == call_id:
                if "error" in message:
                    raise AssertionError(f"{method} failed: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self._events.append(message)

    def wait_for(self, event: str) -> dict[str, Any]:
        """The first ``event`` not read yet, waiting for it if need be."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            for index, message in enumerate(self._events):
                if message["method"] == event:
                    del self._events[: index + 1]
                    params: dict[str, Any] = message.get("params", {})
                    return params
            message = self._receive(deadline, event)
            if "method" in message:
                self._events.append(message)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until(self, expression: str) -> None:
        """Until ``expression`` is true on the page, across the page loads it takes."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(AssertionError):  # evaluated while a page unloads
                if self.evaluate(expression):
                    return
            time.sleep(0.05)
        raise AssertionError(f"chromium: {expression!r} not true within {STEP_TIMEOUT} s")

    def navigate(self, url: str) -> None:
        self._events.clear()
        result = self.send("Page.navigate", url=url)
        assert "errorText" not in result, f"{url}: {result['errorText']}"
        self.wait_for("Page.loadEventFired")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element, as a person would."""
        box = self.evaluate(
            f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
            ".getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                type=kind,
                x=box["x"],
                y=box["y"],
                button="left",
                clickCount=1,
            )

    def _receive(self, deadline: float, waiting_for: str) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"chromium: no {waiting_for} within {STEP_TIMEOUT} s")
        try:
            message: dict[str, Any] = json.loads(self._ws.recv(timeout=remaining))
        except TimeoutError:
            raise AssertionError(f"chromium: no {waiting_for} within {STEP_TIMEOUT} s") from None
        return message


def _devtools_port(process: subprocess.Popen[bytes], profile: Path, log: Path) -> int:
    active = profile / "DevToolsActivePort"
    deadline = time.monotonic() + STEP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"chromium exited with {process.returncode}:\n{log.read_text(errors='replace')}"
            )
        lines = active.read_text().splitlines() if active.exists() else []
        if lines and lines[0].isdigit():
            return int(lines[0])
        time.sleep(0.05)
    raise AssertionError(f"chromium did not open DevTools within {STEP_TIMEOUT} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop chromium and every process it started: its own process group, by id."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(5)
    # Whatever is left of the group (the browser if it hung, its renderers) goes now.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(5)


def require_chromium() -> None:
    """Skip without chromium, but fail under CI: there the browser test must run."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: run scripts/install-browser.sh"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set, so the browser test must run)")
        pytest.skip(reason)


@contextlib.contextmanager
def launch_chromium(tmp_path: Path) -> Iterator[DevTools]:
    """Headless chromium with one page, stopped (its whole process group) on exit."""
    from websockets.sync.client import connect

    profile = tmp_path / "chromium-profile"
    log = tmp_path / "chromium.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a process group of its own, to stop all of it
        )
    try:
        port = _devtools_port(process, profile, log)
        targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=STEP_TIMEOUT).json()
        page = next(target for target in targets if target["type"] == "page")
        with connect(page["webSocketDebuggerUrl"], open_timeout=STEP_TIMEOUT, max_size=None) as ws:
            devtools = DevTools(ws)
            devtools.send("Page.enable")
            yield devtools
    finally:
        _stop(process)


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    receiver = CallbackReceiver()
    try:
        yield receiver
    finally:
        receiver.close()


# -- the test ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("callback_method", "scripts"),
    [("POST", True), ("POST", False), ("GET", True)],
    ids=["form-posted-by-its-script", "form-posted-by-its-button", "redirect-303"],
)
def test_card_checkout_approved_in_chromium(
    receiver: CallbackReceiver,
    tmp_path: Path,
    callback_method: Literal["POST", "GET"],
    scripts: bool,
) -> None:
    require_chromium()
    with (
        launch_chromium(tmp_path) as browser,
        Sandbox(SandboxConfig(callback_method=callback_method)) as sandbox,
        serve(sandbox) as server,
        Plural(
            client_id=DEFAULT_CLIENT_ID,
            client_secret=DEFAULT_CLIENT_SECRET,
            base_url=server.base_url,
        ) as plural,
    ):
        order = create_order.sync(
            client=plural.client,
            body=CreateOrderRequest.from_dict(
                {
                    "merchant_order_reference": str(uuid.uuid4()),
                    "order_amount": {"value": 1100, "currency": "INR"},
                    "pre_auth": True,
                    "callback_url": receiver.url,
                }
            ),
        )
        order_id = order.data.order_id
        paying = create_payment.sync(
            client=plural.client,
            order_id=order_id,
            body=CreatePaymentRequest.from_dict(
                {
                    "payments": [
                        {
                            "merchant_payment_reference": str(uuid.uuid4()),
                            "payment_method": "CARD",
                            "payment_amount": {"value": 1100, "currency": "INR"},
                            "payment_option": {
                                "card_details": {
                                    "name": "Anil Reddy",
                                    "card_number": CARD_SUCCESS,
                                    "cvv": "272",
                                    "expiry_month": "04",
                                    "expiry_year": "2039",
                                }
                            },
                        }
                    ]
                }
            ),
        )
        assert paying.data.status == "PENDING"
        challenge_url = paying.data.challenge_url
        assert challenge_url.startswith(server.url + "/")

        # The customer's browser on the challenge page.
        if not scripts:
            browser.send("Emulation.setScriptExecutionDisabled", value=True)
        browser.navigate(challenge_url)
        assert browser.evaluate("document.getElementById('order-id').textContent") == order_id
        assert browser.evaluate("document.getElementById('approve') !== null")
        screenshot(browser, tmp_path / "challenge.png")

        # Approve: a POST, then the callback: a form that posts itself, or a 303.
        browser.click("#approve")
        if not scripts:
            # Without scripts the form waits on its page, with a button the customer sees.
            browser.wait_until("document.getElementById('continue') !== null")
            assert not receiver.received.is_set()
            screenshot(browser, tmp_path / "callback.png")
            browser.click("#continue")
        assert receiver.received.wait(STEP_TIMEOUT), "no callback reached the merchant"
        browser.wait_until("document.getElementById('thanks') !== null")
        assert browser.evaluate("document.getElementById('thanks').textContent") == "Thank you"

        [received] = receiver.requests
        assert received.method == callback_method
        if callback_method == "POST":
            assert browser.evaluate("location.href") == receiver.url
            assert received.content_type == "application/x-www-form-urlencoded"
            assert received.query == ""
            signed: bytes | str = received.body
        else:
            assert browser.evaluate("location.href").startswith(receiver.url + "?")
            assert received.body == b""
            signed = received.query
        result = verify_callback(signed, DEFAULT_CALLBACK_SECRET_KEY)
        assert result.order_id == order_id
        assert result.status == "AUTHORIZED"
        assert result.error_code is None
        assert plural.verify_callback(signed, DEFAULT_CALLBACK_SECRET_KEY) == result

        fetched = get_order.sync(client=plural.client, order_id=order_id)
        assert fetched.data.status == "AUTHORIZED"
        assert fetched.data.payments[0].status == "AUTHORIZED"


def screenshot(browser: DevTools, path: Path) -> None:
    """What the customer sees, as a PNG (kept in the test's tmp_path)."""
    shot = base64.b64decode(browser.send("Page.captureScreenshot", format="png")["data"])
    path.write_bytes(shot)
    assert shot.startswith(b"\x89PNG\r\n\x1a\n") and len(shot) > 1000
