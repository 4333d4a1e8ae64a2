"""A customer's checkout in a real browser: Playwright driving Debian's headless chromium on
the sandbox's pages — the card challenge, the hosted checkout and a payment link.

After Approve (or Pay) the browser brings the signed callback to the merchant's server: by the
form that posts itself (as Plural does), by its button when scripts are off, or by a 303 when
the sandbox is set to ``callback_method="GET"``.

Playwright is given the system chromium (``executable_path``): its own browser download cannot
work here. ``scripts/install-browser.sh`` installs chromium in CI (``.ci/run``); elsewhere the
test is skipped when chromium is missing, but under ``CI`` a missing chromium fails it. On a
failure, a screenshot of the page the customer was on is kept in the test's ``tmp_path``.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

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
STEP_TIMEOUT_MS = 20_000  # for any one wait: a page load, a click's navigation, the callback
AMOUNT = {"value": 1100, "currency": "INR"}


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


def require_chromium() -> None:
    """Skip without chromium, but fail under CI: there the browser test must run."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: run scripts/install-browser.sh"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set, so the browser test must run)")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--no-proxy-server"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


@contextlib.contextmanager
def customer(browser: Browser, tmp_path: Path, *, scripts: bool = True) -> Iterator[Page]:
    """The customer's tab; on a failure, what it showed is kept as ``failure.png``."""
    context = browser.new_context(
        java_script_enabled=scripts, viewport={"width": 800, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    try:
        yield page
    except BaseException:
        with contextlib.suppress(Exception):
            page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        context.close()


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    receiver = CallbackReceiver()
    try:
        yield receiver
    finally:
        receiver.close()


@pytest.fixture
def shop(
    receiver: CallbackReceiver, request: pytest.FixtureRequest
) -> Iterator[tuple[Sandbox, Plural]]:
    """A served sandbox (``callback_method`` from the test's parameter, POST by default) and a client."""
    method = getattr(request, "param", "POST")
    with (
        Sandbox(SandboxConfig(callback_method=method)) as sandbox,
        serve(sandbox) as server,
        Plural(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, base_url=server.base_url) as plural,
    ):
        yield sandbox, plural


def signed_callback(receiver: CallbackReceiver, method: str) -> bytes | str:
    """The one callback the merchant received, as it came: a form body, or a query string."""
    assert receiver.received.wait(STEP_TIMEOUT_MS / 1000), "no callback reached the merchant"
    [received] = receiver.requests
    assert received.method == method
    if method == "POST":
        assert received.content_type == "application/x-www-form-urlencoded"
        return received.body
    assert received.body == b""
    return received.query


# -- the tests --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shop", "scripts"),
    [("POST", True), ("POST", False), ("GET", True)],
    ids=["form-posted-by-its-script", "form-posted-by-its-button", "redirect-303"],
    indirect=["shop"],
)
def test_card_challenge_approved_in_chromium(
    browser: Browser,
    shop: tuple[Sandbox, Plural],
    receiver: CallbackReceiver,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    scripts: bool,
) -> None:
    _, plural = shop
    method: Literal["POST", "GET"] = request.node.callspec.params["shop"]
    order = plural.orders.create(
        merchant_order_reference=str(uuid.uuid4()),
        order_amount=AMOUNT,
        pre_auth=True,
        callback_url=receiver.url,
    )
    card = {
        "name": "Anil Reddy",
        "card_number": CARD_SUCCESS,
        "cvv": "272",
        "expiry_month": "04",
        "expiry_year": "2039",
    }
    paying = plural.payments.create(
        order.order_id,
        payments=[
            {
                "merchant_payment_reference": str(uuid.uuid4()),
                "payment_method": "CARD",
                "payment_amount": AMOUNT,
                "payment_option": {"card_details": card},
            }
        ],
    )
    assert paying.status == "PENDING" and paying.challenge_url

    with customer(browser, tmp_path, scripts=scripts) as page:
        page.goto(paying.challenge_url)
        assert page.text_content("#order-id") == order.order_id
        page.screenshot(path=str(tmp_path / "challenge.png"))
        page.click("#approve")
        if not scripts:
            # Without scripts the form waits on its page, with a button the customer sees.
            page.wait_for_selector("#continue")
            assert not receiver.received.is_set()
            page.click("#continue")
        page.wait_for_selector("#thanks")
        assert page.text_content("#thanks") == "Thank you"
        landed = page.url

    signed = signed_callback(receiver, method)
    assert landed == receiver.url if method == "POST" else landed.startswith(receiver.url + "?")
    result = verify_callback(signed, DEFAULT_CALLBACK_SECRET_KEY)
    assert (result.order_id, result.status, result.error_code) == (
        order.order_id,
        "AUTHORIZED",
        None,
    )
    assert plural.verify_callback(signed, DEFAULT_CALLBACK_SECRET_KEY) == result
    fetched = plural.orders.get(order.order_id)
    assert fetched.status == "AUTHORIZED"
    assert fetched.payments and fetched.payments[0].status == "AUTHORIZED"


def _pay_by_card_on_the_page(page: Page, url: str) -> None:
    page.goto(url)
    page.check('input[name="method"][value="CARD"]')
    page.fill("#card-number", CARD_SUCCESS)
    page.click("#approve")
    page.wait_for_selector("#thanks")


def test_hosted_checkout_paid_by_card_in_chromium(
    browser: Browser, shop: tuple[Sandbox, Plural], receiver: CallbackReceiver, tmp_path: Path
) -> None:
    _, plural = shop
    link = plural.checkout.generate_link(
        merchant_order_reference=str(uuid.uuid4()),
        order_amount=AMOUNT,
        allowed_payment_methods=["CARD", "UPI", "NETBANKING"],
        callback_url=receiver.url,
    )
    with customer(browser, tmp_path) as page:
        _pay_by_card_on_the_page(page, link.redirect_url)

    result = verify_callback(signed_callback(receiver, "POST"), DEFAULT_CALLBACK_SECRET_KEY)
    assert (result.order_id, result.status) == (link.order_id, "PROCESSED")
    assert plural.orders.get(link.order_id).status == "PROCESSED"


def test_payment_link_paid_by_card_in_chromium(
    browser: Browser, shop: tuple[Sandbox, Plural], receiver: CallbackReceiver, tmp_path: Path
) -> None:
    _, plural = shop
    link = plural.payment_links.create(
        merchant_payment_link_reference=str(uuid.uuid4())[:30],
        amount=AMOUNT,
        description="Order 1001",
        callback_url=receiver.url,
    )
    with customer(browser, tmp_path) as page:
        _pay_by_card_on_the_page(page, link.payment_link)

    result = verify_callback(signed_callback(receiver, "POST"), DEFAULT_CALLBACK_SECRET_KEY)
    assert result.status == "PROCESSED"
    assert plural.payment_links.get(link.payment_link_id).status == "PROCESSED"
