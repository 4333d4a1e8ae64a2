"""The sandbox's state file (``SandboxConfig.state_file``, ``plural sandbox --state FILE``).

A merchant's dev setup stops the sandbox and starts it again on the same file: everything
it relied on is still there (orders and their payments, challenges, tokens, checkouts,
payment links, OTPs, customers and saved cards, webhooks not yet delivered), and a file the
sandbox cannot use is refused at start with the file and the problem named. Each test
restarts the sandbox under one ``Plural`` client, as an app that keeps running would.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sandbox_helpers import Clock

from plural_ext import Plural, verify_webhook
from plural_ext._cli import main
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    IN_PROCESS_BASE_URL,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    StateFileError,
    _records,
)
from plural_ext.sandbox._cli import add_parser
from plural_ext.testing import approve

INR = "INR"
RETURN = "https://shop.example/return"
TOKEN_REQUEST = {
    "client_id": DEFAULT_CLIENT_ID,
    "client_secret": DEFAULT_CLIENT_SECRET,
    "grant_type": "client_credentials",
}


class CurrentSandbox(httpx.BaseTransport):
    """The in-process transport of whichever sandbox runs now: a client that outlives
    restarts, as a merchant's app outlives ``plural sandbox``."""

    base_url = IN_PROCESS_BASE_URL

    def __init__(self) -> None:
        self.sandbox: Sandbox | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert self.sandbox is not None, "no sandbox running"
        return self.sandbox.handle(request, base_url=self.base_url)


class Hooks(httpx.BaseTransport):
    """A webhook receiver: down (every POST a connection error) or up, keeping what came."""

    def __init__(self, *, up: bool) -> None:
        self.up = up
        self.received: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if not self.up:
            raise httpx.ConnectError("the receiver is down", request=request)
        self.received.append(request)
        return httpx.Response(200)


@dataclass
class Site:
    """A merchant's dev setup: one sandbox at a time on one state file, one Plural client."""

    config: SandboxConfig
    transport: CurrentSandbox
    plural: Plural
    started: list[Sandbox] = field(default_factory=list)

    @property
    def sandbox(self) -> Sandbox:
        assert self.transport.sandbox is not None
        return self.transport.sandbox

    def start(self, hooks: httpx.BaseTransport | None = None, **changes: Any) -> Sandbox:
        config = dataclasses.replace(self.config, **changes)
        sandbox = Sandbox(config, webhook_transport=hooks)
        self.started.append(sandbox)
        self.transport.sandbox = sandbox
        return sandbox

    def restart(self, hooks: httpx.BaseTransport | None = None, **changes: Any) -> Sandbox:
        self.sandbox.close()
        return self.start(hooks, **changes)

    def approve(self, url: object) -> str:
        """The customer approves on the page; the status the signed callback brings."""
        callback = approve(str(url), transport=self.transport)
        return self.plural.verify_callback(callback.body).status


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return tmp_path / "state" / "s.sqlite3"


@pytest.fixture
def site(state_file: Path, clock: Clock) -> Iterator[Site]:
    state_file.parent.mkdir()
    config = SandboxConfig(now=clock, state_file=state_file, webhook_backoff=0.01)
    transport = CurrentSandbox()
    with Plural(
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        base_url=IN_PROCESS_BASE_URL,
        transport=transport,
        entry_points=False,
        clock=clock,
        callback_secret_key=config.callback_secret_key,
        webhook_secret=config.webhook_secret,
    ) as plural:
        running = Site(config, transport, plural)
        running.start()
        try:
            yield running
        finally:
            for sandbox in running.started:
                sandbox.close()


def _create(plural: Plural, reference: str, *, pre_auth: bool = True, value: int = 1100) -> Any:
    return plural.orders.create(
        merchant_order_reference=reference,
        order_amount={"value": value, "currency": INR},
        pre_auth=pre_auth,
        callback_url=RETURN,
    )


def _card(reference: str, value: int = 1100, card: str = CARD_SUCCESS) -> list[Any]:
    return [
        {
            "merchant_payment_reference": reference,
            "payment_method": "CARD",
            "payment_amount": {"value": value, "currency": INR},
            "payment_option": {
                "card_details": {
                    "name": "Anil Reddy",
                    "card_number": card,
                    "cvv": "272",
                    "expiry_month": "04",
                    "expiry_year": "2029",
                }
            },
        }
    ]


def _paid(site: Site, reference: str, *, pre_auth: bool = True) -> Any:
    order = _create(site.plural, reference, pre_auth=pre_auth)
    pending = site.plural.payments.create(order.order_id, payments=_card(f"{reference}-pay"))
    site.approve(pending.challenge_url)
    return site.plural.orders.get(order.order_id)


def _file_bytes(state_file: Path) -> bytes:
    """The database and its write-ahead log, if any: everything the sandbox wrote."""
    return b"".join(path.read_bytes() for path in sorted(state_file.parent.iterdir()))


# --- What survives a restart -------------------------------------------------------------


def test_orders_payments_captures_and_refunds_survive_a_restart(site: Site) -> None:
    plural = site.plural
    captured = _paid(site, "keep-captured")
    plural.orders.capture(captured.order_id, merchant_capture_reference="keep-capture-1")
    plural.refunds.create(
        captured.order_id,
        merchant_order_reference="keep-refund-1",
        order_amount={"value": 400, "currency": INR},
    )
    pending = _create(plural, "keep-pending")
    plural.payments.create(pending.order_id, payments=_card("keep-pending-pay"))
    before = site.sandbox.orders()
    today = time.strftime("%Y-%m-%d", time.gmtime(site.config.now()))
    settlements = plural.settlements.list(start_date=today, end_date=today).to_dict()

    site.restart()

    # Every order as the API answers it, refunds in their parent, in the order made.
    assert site.sandbox.orders() == before
    assert plural.orders.get(captured.order_id).status == "PARTIALLY_REFUNDED"
    assert plural.orders.get_by_reference("keep-refund-1").parent_order_id == captured.order_id
    # Settlements are worked out from the orders: the same.
    assert plural.settlements.list(start_date=today, end_date=today).to_dict() == settlements
    # And the life cycle goes on: the rest is refunded.
    plural.refunds.create(captured.order_id, merchant_order_reference="keep-refund-2")
    assert plural.orders.get(captured.order_id).status == "FULLY_REFUNDED"


def test_a_challenge_issued_before_a_restart_is_approved_after_it(site: Site) -> None:
    order = _create(site.plural, "challenge-across")
    pending = site.plural.payments.create(order.order_id, payments=_card("challenge-across-pay"))
    answered = _paid(site, "challenge-answered")
    answered_url = site.sandbox.orders()[-1]["challenge_url"]

    site.restart()

    assert site.approve(pending.challenge_url) == "AUTHORIZED"
    assert site.plural.orders.get(order.order_id).status == "AUTHORIZED"
    # A challenge answered before the restart stays answered.
    with httpx.Client(transport=site.transport) as browser:
        assert browser.get(answered_url).status_code == 409
    assert site.plural.orders.get(answered.order_id).status == "AUTHORIZED"


def test_an_access_token_works_after_a_restart_until_it_expires(
    site: Site, clock: Clock, state_file: Path
) -> None:
    with httpx.Client(transport=site.transport, base_url=IN_PROCESS_BASE_URL) as client:
        token = client.post("/api/auth/v1/token", json=TOKEN_REQUEST).json()["access_token"]
        order = _create(site.plural, "token-order")
        site.restart()
        get = f"/api/pay/v1/orders/{order.order_id}"
        bearer = {"Authorization": f"Bearer {token}"}
        assert client.get(get, headers=bearer).status_code == 200
        assert client.get(get, headers={"Authorization": "Bearer not-issued"}).status_code == 401
        clock.advance(site.config.token_ttl)  # by the sandbox's clock, its expiry has come
        expired = client.get(get, headers=bearer)
    assert expired.status_code == 401 and "expired" in expired.json()["message"]
    # The file keeps what checks a token, not the token: it cannot be lifted from there.
    site.sandbox.close()
    assert token.encode() not in _file_bytes(state_file)


def test_expired_tokens_leave_the_file_when_the_next_is_issued(
    site: Site, clock: Clock, state_file: Path
) -> None:
    with httpx.Client(transport=site.transport, base_url=IN_PROCESS_BASE_URL) as client:
        client.post("/api/auth/v1/token", json=TOKEN_REQUEST)
        clock.advance(site.config.token_ttl)
        client.post("/api/auth/v1/token", json=TOKEN_REQUEST)
    site.sandbox.close()
    assert _kinds_in(state_file)["access_token"] == 1


def test_merchant_references_stay_idempotent_across_a_restart(site: Site) -> None:
    plural = site.plural
    order = _paid(site, "idem-order")
    plural.orders.capture(order.order_id, merchant_capture_reference="idem-capture")
    refund = plural.refunds.create(order.order_id, merchant_order_reference="idem-refund")
    other = _create(plural, "idem-other")
    before = site.sandbox.orders()

    site.restart()

    # Each repeat answers what exists, changing nothing.
    assert _create(plural, "idem-order").order_id == order.order_id
    again = plural.payments.create(order.order_id, payments=_card("idem-order-pay"))
    assert again.order_id == order.order_id
    captured = plural.orders.capture(order.order_id, merchant_capture_reference="idem-capture")
    assert captured.status == "FULLY_REFUNDED"
    repeat = plural.refunds.create(order.order_id, merchant_order_reference="idem-refund")
    assert repeat.order_id == refund.order_id
    assert site.sandbox.orders() == before
    # A reference another order holds is still refused.
    with httpx.Client(transport=site.transport, base_url=IN_PROCESS_BASE_URL) as client:
        token = client.post("/api/auth/v1/token", json=TOKEN_REQUEST).json()["access_token"]
        taken = client.post(
            f"/api/pay/v1/orders/{other.order_id}/payments",
            json={"payments": _card("idem-order-pay")},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert taken.status_code == 400 and taken.json()["code"] == "DUPLICATE_REQUEST"


def test_a_webhook_pending_at_stop_is_sent_by_the_next_sandbox(site: Site, clock: Clock) -> None:
    down = Hooks(up=False)
    # The receiver is down and the retry an hour away: the event is pending when it stops.
    site.restart(down, webhook_url="https://shop.example/hooks", webhook_backoff=3600)
    order = _paid(site, "hook-pending", pre_auth=False)
    pending = site.sandbox.webhooks.deliveries()
    assert [(d.event_type, d.delivered) for d in pending] == [("ORDER_PROCESSED", False)]

    # Started without a webhook URL, a sandbox sends nothing and keeps the event.
    site.restart(webhook_url=None)
    assert site.sandbox.webhooks.deliveries() == []

    up = Hooks(up=True)
    site.restart(up, webhook_url="https://shop.example/hooks")
    assert site.sandbox.webhooks.join(timeout=10)
    (sent,) = up.received
    # The same event: its id (receivers drop a repeat by it) and body, signed afresh.
    assert sent.headers["webhook-id"] == pending[0].msg_id
    assert sent.content == pending[0].body
    event = verify_webhook(sent.headers, sent.content, site.config.webhook_secret, now=clock())
    assert event.event_type == "ORDER_PROCESSED" and event.order is not None
    assert event.order.order_id == order.order_id

    # Delivered, it is out of the file: the next sandbox sends nothing again.
    again = Hooks(up=True)
    site.restart(again, webhook_url="https://shop.example/hooks")
    _paid(site, "hook-after", pre_auth=False)
    assert site.sandbox.webhooks.join(timeout=10)
    assert [json.loads(r.content)["data"]["merchant_order_reference"] for r in again.received] == [
        "hook-after"
    ]


def test_a_webhook_given_up_is_not_sent_again(site: Site) -> None:
    site.restart(Hooks(up=False), webhook_url="https://shop.example/hooks", webhook_attempts=1)
    _paid(site, "hook-given-up", pre_auth=False)
    assert site.sandbox.webhooks.join(timeout=10)
    up = Hooks(up=True)
    site.restart(up, webhook_url="https://shop.example/hooks")
    assert site.sandbox.webhooks.join(timeout=10)
    assert up.received == []


def test_a_customer_and_its_saved_card_survive_a_restart(site: Site, clock: Clock) -> None:
    plural = site.plural
    paid = _paid(site, "saved-card-order")
    customer = plural.customers.create(
        merchant_customer_reference="cust-persist", mobile_number="9876543210", first_name="Anil"
    )
    site.restart()
    assert plural.customers.get(customer.customer_id).to_dict() == customer.to_dict()

    acquirer = paid.payments[0].acquirer_data
    clock.advance(60)  # each change below dates the customer's list of cards
    token = plural.tokenization.generate_card_token(
        customer_id=customer.customer_id,
        merchant_token_reference="card-persist",
        payment_method="CARD",
        payment={
            "acquirer_data": {
                "approval_code": acquirer.approval_code,
                "acquirer_reference": acquirer.acquirer_reference,
                "rrn": acquirer.rrn,
            }
        },
    )
    saved = plural.tokenization.list_customer_tokens(customer.customer_id).to_dict()

    site.restart()

    found = plural.customers.find(
        country_code="91", mobile_number="9876543210", merchant_customer_reference="cust-persist"
    )
    assert found.to_dict() == plural.customers.get(customer.customer_id).to_dict()
    assert found.first_name == "Anil"
    assert plural.tokenization.list_customer_tokens(customer.customer_id).to_dict() == saved
    assert saved["tokens"][0]["card_data"]["last4_digit"] == CARD_SUCCESS[-4:]
    repeat = plural.tokenization.generate_card_token(
        customer_id=customer.customer_id,
        merchant_token_reference="card-persist",
        payment_method="CARD",
    )
    assert repeat.token_id == token.token_id  # the reference is still the idempotency key
    provider = plural.tokenization.get_service_provider_token(token.token_id)
    sp_token_id = provider.to_dict()["service_provider_token_id"]
    cryptogram = plural.tokenization.generate_cryptogram(
        token.token_id, merchant_unique_reference="crypt-1", service_provider_token_id=sp_token_id
    )

    site.restart()

    again = plural.tokenization.generate_cryptogram(
        token.token_id, merchant_unique_reference="crypt-1", service_provider_token_id=sp_token_id
    )
    assert again.to_dict() == cryptogram.to_dict()  # the one made before, not a new one
    clock.advance(60)
    plural.tokenization.delete_token(token.token_id)
    deleted = plural.tokenization.list_customer_tokens(customer.customer_id).to_dict()

    site.restart()

    assert plural.tokenization.list_customer_tokens(customer.customer_id).to_dict() == deleted
    assert deleted["tokens"][0]["status"] == "DEACTIVATED"
    plural.customers.update(
        customer.customer_id, first_name="Anila", merchant_customer_reference="cust-renamed"
    )

    site.restart()

    renamed = plural.customers.find(
        country_code="91", mobile_number="9876543210", merchant_customer_reference="cust-renamed"
    )
    assert (renamed.customer_id, renamed.first_name) == (customer.customer_id, "Anila")


def test_payment_links_and_hosted_checkouts_survive_a_restart(site: Site) -> None:
    plural = site.plural
    amount = {"value": 2500, "currency": INR}
    link = plural.payment_links.create(
        merchant_payment_link_reference="link-keep", amount=amount, callback_url=RETURN
    )
    cancelled = plural.payment_links.create(
        merchant_payment_link_reference="link-cancel", amount=amount
    )
    plural.payment_links.cancel(cancelled.payment_link_id)
    checkout = plural.checkout.generate_link(
        merchant_order_reference="checkout-keep", order_amount=amount, callback_url=RETURN
    )

    site.restart()

    assert plural.payment_links.get(link.payment_link_id).to_dict() == link.to_dict()
    again = plural.payment_links.create(
        merchant_payment_link_reference="link-keep", amount=amount, callback_url=RETURN
    )
    assert again.payment_link_id == link.payment_link_id
    assert plural.payment_links.get_by_reference("link-cancel").status == "CANCELLED"
    # The same checkout for its reference: the same token and page.
    repeat = plural.checkout.generate_link(
        merchant_order_reference="checkout-keep", order_amount=amount, callback_url=RETURN
    )
    assert (repeat.token, repeat.redirect_url) == (checkout.token, checkout.redirect_url)
    # And the customer pays on the pages made before the restart.
    assert site.approve(link.payment_link) == "PROCESSED"
    assert plural.payment_links.get(link.payment_link_id).status == "PROCESSED"
    assert site.approve(checkout.redirect_url) == "PROCESSED"
    assert plural.orders.get(checkout.order_id).status == "PROCESSED"


def test_where_an_otp_stands_survives_a_restart(site: Site, clock: Clock) -> None:
    plural = site.plural
    order = _create(plural, "otp-order", pre_auth=False)
    pending = plural.payments.create(order.order_id, payments=_card("otp-pay"))
    payment_id = pending.payments[0].id
    plural.otp.generate(payment_id=payment_id)
    with httpx.Client(transport=site.transport, base_url=IN_PROCESS_BASE_URL) as client:
        token = client.post("/api/auth/v1/token", json=TOKEN_REQUEST).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"

        def wrong_otp() -> int:
            answer = client.post(
                "/api/pay/v1/otp/submit", json={"payment_id": payment_id, "otp": "000000"}
            )
            left: int = answer.json()["additional_error_details"]["metadata"]["attempts_left"]
            return left

        def resend() -> httpx.Response:
            return client.post("/api/pay/v1/otp/resend", json={"payment_id": payment_id})

        site.restart()
        assert wrong_otp() == 2  # the OTP sent before the restart is there to be tried
        site.restart()
        assert wrong_otp() == 1
        clock.advance(30)
        assert resend().status_code == 200
        site.restart()
        early = resend()  # 30 s from the last send, not from the first
    assert early.status_code == 400
    assert early.json()["additional_error_details"]["reason"] == "resent too early"
    assert plural.otp.submit(payment_id=payment_id, otp="123456").status == "SUCCESS"
    assert plural.orders.get(order.order_id).status == "PROCESSED"


# --- The file ----------------------------------------------------------------------------


def test_the_file_is_created_readable_by_its_owner_only(site: Site, state_file: Path) -> None:
    _paid(site, "mode-order")
    files = list(state_file.parent.iterdir())
    assert state_file in files
    for path in files:  # the write-ahead log too, while the sandbox runs
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_no_card_number_or_cvv_reaches_the_file(site: Site, state_file: Path) -> None:
    number, cvv = "4012888888881881", "9173"
    order = _create(site.plural, "card-data-order")
    card = _card("card-data-pay", card=number)
    card[0]["payment_option"]["card_details"]["cvv"] = cvv
    pending = site.plural.payments.create(order.order_id, payments=card)
    site.approve(pending.challenge_url)
    site.sandbox.close()
    written = _file_bytes(state_file)
    assert number[-4:].encode() in written  # what is kept of a card: its last four digits
    assert number.encode() not in written and number[:6].encode() not in written
    assert f'"{cvv}"'.encode() not in written
    assert b"card_number" not in written and b"cvv" not in written


def test_reads_write_nothing(site: Site, state_file: Path) -> None:
    order = _paid(site, "read-only")
    link = site.plural.payment_links.create(
        merchant_payment_link_reference="read-link", amount={"value": 100, "currency": INR}
    )
    written = _file_bytes(state_file)
    site.plural.orders.get(order.order_id)
    site.plural.orders.get_by_reference("read-only")
    site.plural.payment_links.get(link.payment_link_id)
    with httpx.Client(transport=site.transport) as browser:
        assert browser.get(link.payment_link).status_code == 200  # the customer's page
    site.sandbox.orders()
    assert _file_bytes(state_file) == written


def test_a_file_of_another_version_is_refused(site: Site, state_file: Path) -> None:
    site.sandbox.close()
    with contextlib.closing(sqlite3.connect(state_file)) as connection, connection:
        connection.execute("UPDATE meta SET value = '2' WHERE name = 'version'")
    with pytest.raises(StateFileError) as refused:
        site.start()
    assert str(state_file) in str(refused.value)
    assert "version 2" in str(refused.value) and "version 1" in str(refused.value)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"orders,payments\nv1,PROCESSED\n" * 200, "not a sandbox state file (not an SQLite"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "not a sandbox state file"),
    ],
    ids=["csv", "damaged-header"],
)
def test_a_file_that_is_no_state_file_is_refused(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(content)
    with pytest.raises(StateFileError) as refused:
        Sandbox(SandboxConfig(state_file=path))
    assert str(refused.value).startswith(f"state file {path}: ")
    assert problem in str(refused.value)
    assert path.read_bytes() == content  # left as it was


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE users (name TEXT)")
    with pytest.raises(StateFileError, match="not a sandbox state file"):
        Sandbox(SandboxConfig(state_file=path))


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        ("UPDATE records SET data = '{' WHERE kind = 'order'", "an order record is damaged"),
        (
            "UPDATE records SET data = json_remove(data, '$.status') WHERE kind = 'order'",
            "an order record is damaged (missing 'status')",
        ),
        (
            "UPDATE records SET data = json_set(data, '$.payment_id', 'v1-none') "
            "WHERE kind = 'challenge'",
            "a challenge record is damaged (a challenge of no payment)",
        ),
        ("INSERT INTO records VALUES ('subscription', 'x', '{}')", "unknown kind, 'subscription'"),
    ],
    ids=["not-json", "missing-field", "dangling-challenge", "unknown-kind"],
)
def test_a_damaged_record_is_refused_at_start(
    site: Site, state_file: Path, damage: str, problem: str
) -> None:
    order = _create(site.plural, "damaged")
    site.plural.payments.create(order.order_id, payments=_card("damaged-pay"))
    site.sandbox.close()
    with contextlib.closing(sqlite3.connect(state_file)) as connection, connection:
        connection.execute(damage)
    with pytest.raises(StateFileError) as refused:
        site.start()
    assert str(refused.value).startswith(f"state file {state_file}: ")
    assert problem in str(refused.value)


def test_one_sandbox_per_file(site: Site, state_file: Path) -> None:
    with pytest.raises(StateFileError, match="in use by another sandbox"):
        Sandbox(SandboxConfig(state_file=state_file))
    # The first one is unharmed.
    assert _create(site.plural, "still-mine").order_id


def test_a_file_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "s.sqlite3"
    with pytest.raises(StateFileError, match="cannot be created"):
        Sandbox(SandboxConfig(state_file=missing))
    with pytest.raises(StateFileError, match="cannot be opened"):
        Sandbox(SandboxConfig(state_file=tmp_path))  # a directory


# --- Failures while it runs ----------------------------------------------------------------


def test_a_removed_file_is_logged_and_the_sandbox_serves_on_from_memory(
    site: Site, state_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="plural_ext.sandbox")
    _create(site.plural, "before-removal")
    shutil.rmtree(state_file.parent)
    orders = [_paid(site, f"after-removal-{n}") for n in range(2)]
    assert [order.status for order in orders] == ["AUTHORIZED", "AUTHORIZED"]
    assert len(site.sandbox.orders()) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1  # once, not per call
    assert str(state_file) in errors[0].getMessage()
    assert "serves on from memory" in errors[0].getMessage()
    assert not state_file.parent.exists()  # nothing written into thin air


def test_a_record_that_cannot_be_saved_is_logged_and_the_rest_is_written(
    site: Site, state_file: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self: _records.OrderRecord) -> Any:
        raise RuntimeError("a bug in the order's record")

    monkeypatch.setattr(_records.OrderRecord, "to_state", broken)
    link = site.plural.payment_links.create(
        merchant_payment_link_reference="link-of-a-broken-order",
        amount={"value": 100, "currency": INR},
    )
    assert site.plural.payment_links.get(link.payment_link_id).status == "CREATED"
    # The bug is logged with its traceback; the call answered, the link and token are saved.
    (logged,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert logged.getMessage() == "plural sandbox: an order record cannot be saved"
    assert logged.exc_info is not None
    site.sandbox.close()
    assert _kinds_in(state_file) == {"access_token": 1, "payment_link": 1}


def test_a_full_disk_is_logged_and_what_was_missed_is_written_once_it_can_be(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="plural_ext.sandbox")
    first = _create(site.plural, "before-full")
    # Fault injection: SQLite's own "database or disk is full", by capping the file's size.
    connection = site.sandbox._journal._connection  # type: ignore[attr-defined]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    during = [_create(site.plural, f"while-full-{n}", value=100 + n) for n in range(30)]
    assert any("cannot be written" in r.getMessage() for r in caplog.records)
    connection.execute("PRAGMA max_page_count = 1073741823")
    _create(site.plural, "after-full")  # this call writes what was missed too
    assert any("is written again" in r.getMessage() for r in caplog.records)

    site.restart()

    kept = [order["merchant_order_reference"] for order in site.sandbox.orders()]
    assert kept[0] == first.merchant_order_reference
    assert set(kept) == {"before-full", "after-full", *(o.merchant_order_reference for o in during)}


def test_a_failed_write_leaves_the_file_as_the_last_good_one(site: Site, state_file: Path) -> None:
    _create(site.plural, "good-1")
    connection = site.sandbox._journal._connection  # type: ignore[attr-defined]
    connection.execute(
        f"PRAGMA max_page_count = {connection.execute('PRAGMA page_count').fetchone()[0]}"
    )
    for n in range(30):
        _create(site.plural, f"lost-{n}", value=100 + n)
    site.sandbox.close()  # its last try to write fails too

    site.start()

    kept = [order["merchant_order_reference"] for order in site.sandbox.orders()]
    assert kept[0] == "good-1"
    assert all(reference.startswith(("good", "lost")) for reference in kept)
    assert len(kept) < 31  # the writes that failed left nothing half done


# A sandbox on the file given, a client logged in to it; then a scenario, and the process
# dies (os._exit: no close, no cleanup), as a sandbox killed by the system would.
_KILLED = """
import os, sys
import httpx
from plural_ext.sandbox import Sandbox, SandboxConfig, SandboxTransport, _state

sandbox = Sandbox(SandboxConfig(state_file=sys.argv[1]))
client = httpx.Client(transport=SandboxTransport(sandbox), base_url="http://sandbox.plural.test")
token = client.post("/api/auth/v1/token", json={
    "client_id": "sandbox-client-id", "client_secret": "sandbox-client-secret",
    "grant_type": "client_credentials"}).json()["access_token"]
client.headers["Authorization"] = f"Bearer {token}"
amount = {"value": 1100, "currency": "INR"}
order = client.post("/api/pay/v1/orders", json={
    "merchant_order_reference": "killed-1", "order_amount": amount}).json()["data"]
"""
_MID_WRITE = """
put = _state.StateFile._put

def dies_after_a_row(self, kind, key, data):
    put(self, kind, key, data)
    os._exit(9)

_state.StateFile._put = dies_after_a_row
# Two rows in one transaction: the link's order, then the link.
client.post("/api/pay/v1/paymentlink", json={
    "merchant_payment_link_reference": "killed-link", "amount": amount})
"""
_AFTER_A_REFUSAL = """
card = {"card_number": "4111111111111111", "cvv": "123", "expiry_month": "04",
        "expiry_year": "2029", "name": "Anil Reddy"}
paying = client.post(f"/api/pay/v1/orders/{order['order_id']}/payments", json={"payments": [{
    "merchant_payment_reference": "killed-pay", "payment_method": "CARD",
    "payment_amount": amount, "payment_option": {"card_details": card}}]}).json()["data"]
payment_id = paying["payments"][0]["id"]
client.post("/api/pay/v1/otp/generate", json={"payment_id": payment_id})
wrong = client.post("/api/pay/v1/otp/submit", json={"payment_id": payment_id, "otp": "000000"})
assert wrong.status_code == 422, wrong.text
print(payment_id, end="")
os._exit(9)
"""


def _killed(path: Path, scenario: str) -> str:
    """Run the scenario in a process that dies in it; what it printed."""
    run = subprocess.run(
        [sys.executable, "-c", _KILLED + scenario, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 9, run.stderr
    return run.stdout


def test_a_crash_mid_write_leaves_the_previous_state(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    _killed(path, _MID_WRITE)
    with Sandbox(SandboxConfig(state_file=path)) as sandbox:
        references = [order["merchant_order_reference"] for order in sandbox.orders()]
    # The call that died wrote none of its rows: no order of a link that is not there.
    assert references == ["killed-1"]


def test_a_refused_call_that_changed_state_is_written_before_it_answers(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    payment_id = _killed(path, _AFTER_A_REFUSAL)  # a wrong OTP: refused, an attempt spent
    with (
        Sandbox(SandboxConfig(state_file=path)) as sandbox,
        httpx.Client(transport=SandboxTransport(sandbox), base_url=IN_PROCESS_BASE_URL) as client,
    ):
        token = client.post("/api/auth/v1/token", json=TOKEN_REQUEST).json()["access_token"]
        wrong = client.post(
            "/api/pay/v1/otp/submit",
            json={"payment_id": payment_id, "otp": "000000"},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert wrong.json()["additional_error_details"]["metadata"]["attempts_left"] == 1


# --- Without a file, and from the command line ---------------------------------------------


def test_without_a_state_file_nothing_is_serialised_or_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: Clock
) -> None:
    monkeypatch.chdir(tmp_path)

    def never(*args: object) -> Any:
        raise AssertionError("serialised with no state file")

    monkeypatch.setattr(_records.OrderRecord, "to_state", never)
    with (
        Sandbox(SandboxConfig(now=clock)) as sandbox,
        Plural(
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            base_url=IN_PROCESS_BASE_URL,
            transport=SandboxTransport(sandbox),
            entry_points=False,
            clock=clock,
        ) as plural,
    ):
        assert sandbox.state_file is None
        order = _create(plural, "memory-only")
        pending = plural.payments.create(order.order_id, payments=_card("memory-only-pay"))
        approve(str(pending.challenge_url), transport=SandboxTransport(sandbox))
        assert plural.orders.get(order.order_id).status == "AUTHORIZED"
    assert list(tmp_path.iterdir()) == []
    with Sandbox(SandboxConfig(now=clock)) as fresh:
        assert fresh.orders() == []


@contextlib.contextmanager
def _cli_sandbox(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, str]]:
    """``plural sandbox ARGV`` on a thread until the block ends: its banner and base URL."""
    parser = argparse.ArgumentParser(prog="plural")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["sandbox", "--port", "0", *argv])
    stop = threading.Event()
    result: list[int] = []
    runner = threading.Thread(target=lambda: result.append(args.func(args, stop=stop)), daemon=True)
    runner.start()
    banner = ""
    deadline = time.monotonic() + 10
    while "Ctrl-C" not in banner and time.monotonic() < deadline:
        time.sleep(0.02)
        banner += capsys.readouterr().out
    try:
        yield banner, banner.split("Plural sandbox at ", 1)[1].split()[0]
    finally:
        stop.set()
        runner.join(timeout=10)
    assert result == [0]


def test_the_command_keeps_its_state_in_the_file_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dev.sqlite3"
    with _cli_sandbox(["--state", str(path)], capsys) as (banner, base_url):
        assert f"state         {path} (orders: 0; kept across restarts)" in banner
        with httpx.Client(base_url=base_url, trust_env=False) as client:
            token = client.post("/api/auth/v1/token", json=TOKEN_REQUEST).json()["access_token"]
            order = {
                "merchant_order_reference": "cli-1",
                "order_amount": {"value": 100, "currency": INR},
            }
            auth = {"Authorization": f"Bearer {token}"}
            assert client.post("/api/pay/v1/orders", json=order, headers=auth).status_code == 200
    with _cli_sandbox(["--state", str(path)], capsys) as (banner, base_url):
        assert f"state         {path} (orders: 1; kept across restarts)" in banner
        with httpx.Client(base_url=base_url, trust_env=False) as client:
            found = client.get("/api/pay/v1/orders/reference/cli-1", headers=auth)
    assert found.status_code == 200 and found.json()["data"]["order_amount"]["value"] == 100


def test_the_command_says_the_state_is_in_memory_without_a_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with _cli_sandbox([], capsys) as (banner, _):
        assert "state         in memory, lost on stop (--state FILE keeps it)" in banner


def test_the_command_refuses_a_bad_state_file_with_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 100)
    assert main(["sandbox", "--port", "0", "--state", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"plural: error: state file {path}: not a sandbox state file (not an SQLite database)\n"
    )


def _kinds_in(state_file: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(state_file)) as connection, connection:
        return dict(
            connection.execute("SELECT kind, count(*) FROM records GROUP BY kind").fetchall()
        )
