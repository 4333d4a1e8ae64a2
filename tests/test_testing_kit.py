"""plural_ext.testing, the merchant's testing kit: as a merchant's own test suite uses it.

- approve() / decline() on every sandbox page a customer answers (card challenge, hosted
  checkout, payment link, UPI intent), over HTTP and in-process, POST and GET callbacks,
  and the errors of a page that does not take the answer;
- the fixtures (the ``plural_testing`` plugin, loaded here from the installed entry
  point): the clients, the webhook receiver that keeps verified events only, the clock
  that the sandbox, the client and the receiver share;
- vcr_config(): a checkout recorded with it (vcrpy, and pytest-recording) holds no secret,
  replays on another port, records no webhook delivery; the scanner and its CLI;
- the README's example, run by pytest as a merchant's test;
- the first "Done when" of issue 11: a merchant project outside the repository, with only
  the built wheel installed, records, scans, approves and gets a verified webhook.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import vcr
import yaml
from readme import ROOT, module

from plural_client.models import Order, OrderStatus
from plural_client.types import MASK, UNSET
from plural_ext import (
    AsyncPlural,
    Plural,
    SignatureError,
    sign_webhook,
    verify_callback,
)
from plural_ext.sandbox import (
    CARD_DECLINE,
    CARD_SUCCESS,
    CARD_SUCCESS_MASTERCARD,
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_WEBHOOK_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    serve,
    upi_app_url,
)
from plural_ext.sandbox.pytest_plugin import RunningSandbox
from plural_ext.testing import (
    PLACEHOLDER_ORIGIN,
    Callback,
    Clock,
    CustomerStepError,
    Scrubber,
    WebhookReceiver,
    approve,
    decline,
    find_secrets,
    rewrites_for,
    vcr_config,
)
from plural_ext.testing.__main__ import main as kit_main

pytest_plugins = ["pytester"]

RETURN_URL = "https://shop.example/plural/return"
FAILED_URL = "https://shop.example/plural/failed"
CVV = "9731"


def pay_by_card(plural: Plural, reference: str, card: str = CARD_SUCCESS, **order: Any) -> Order:
    """A pre_auth order paid by card: PENDING, its challenge_url the 3-D Secure page."""
    created = plural.orders.create(
        merchant_order_reference=reference,
        order_amount={"value": 1100, "currency": "INR"},
        pre_auth=True,
        **({"callback_url": RETURN_URL, "failure_callback_url": FAILED_URL} | order),
    )
    return plural.payments.create(
        created.order_id,
        payments=[
            {
                "merchant_payment_reference": f"{reference}-pay",
                "payment_method": "CARD",
                "payment_amount": created.order_amount,
                "payment_option": {
                    "card_details": {
                        "name": "Kevin Bob",
                        "card_number": card,
                        "cvv": CVV,
                        "expiry_month": "12",
                        "expiry_year": "2030",
                    }
                },
            }
        ],
    )


def verified(callback: Callback) -> dict[str, str]:
    """The callback's fields once the sandbox's signature on them is checked."""
    result = verify_callback(callback.fields, DEFAULT_CALLBACK_SECRET_KEY)
    return dict(result.fields)


# --- approve() and decline() ---------------------------------------------------------------


def test_approve_a_card_challenge_gives_the_signed_callback_a_browser_posts(
    plural_test_client: Plural,
) -> None:
    paying = pay_by_card(plural_test_client, "kit-approve")

    callback = approve(paying.challenge_url)

    assert (callback.method, callback.url) == ("POST", RETURN_URL)
    assert verified(callback) == {"order_id": paying.order_id, "status": "AUTHORIZED"}
    # The body is the form, urlencoded in the page's order, as a browser posts it; the
    # merchant's server verifies exactly those bytes.
    assert parse_qsl(callback.body.decode("ascii")) == list(callback.fields.items())
    assert plural_test_client.verify_callback(callback.body).status == "AUTHORIZED"
    request = callback.request()
    assert request.method == "POST" and request.content == callback.body
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert plural_test_client.orders.get(paying.order_id).status == OrderStatus.AUTHORIZED


def test_decline_sends_the_customer_to_the_failure_callback(plural_test_client: Plural) -> None:
    paying = pay_by_card(plural_test_client, "kit-decline")

    callback = decline(paying.challenge_url)

    assert callback.url == FAILED_URL
    fields = verified(callback)
    assert fields["order_id"] == paying.order_id and fields["status"] != "AUTHORIZED"
    assert plural_test_client.orders.get(paying.order_id).status == OrderStatus.ATTEMPTED


def test_approve_an_in_process_sandbox_page(plural_sandbox_transport: SandboxTransport) -> None:
    with Plural(
        "sandbox-client-id",
        DEFAULT_CLIENT_SECRET,
        base_url=plural_sandbox_transport.base_url,
        transport=plural_sandbox_transport,
    ) as plural:
        paying = pay_by_card(plural, "kit-in-process")
        callback = approve(paying.challenge_url, transport=plural_sandbox_transport)
        assert verified(callback)["status"] == "AUTHORIZED"
        assert plural.orders.get(paying.order_id).status == OrderStatus.AUTHORIZED


def test_approve_the_hosted_checkout_pays_by_card_unless_told(plural_test_client: Plural) -> None:
    link = plural_test_client.checkout.generate_link(
        merchant_order_reference="kit-hosted",
        order_amount={"value": 2500, "currency": "INR"},
        allowed_payment_methods=["UPI", "CARD"],
        callback_url=RETURN_URL,
    )
    # The customer types the test card that declines: Pay, and the issuer says no.
    declined = approve(link.redirect_url, card_number=CARD_DECLINE)
    assert verified(declined)["status"] != "PROCESSED"
    # A declined order may be paid again on the same page, here by UPI.
    paid = approve(link.redirect_url, method="UPI")
    assert verified(paid) == {"order_id": link.order_id, "status": "PROCESSED"}
    order = plural_test_client.orders.get(link.order_id)
    assert order.status == OrderStatus.PROCESSED
    assert [payment.payment_method for payment in order.payments or []] == ["CARD", "UPI"]


def test_approve_a_payment_link_with_a_chosen_card(plural_test_client: Plural) -> None:
    link = plural_test_client.payment_links.create(
        merchant_payment_link_reference="kit-link",
        amount={"value": 2000, "currency": "INR"},
        description="Invoice 42",
        callback_url=RETURN_URL,
    )

    callback = approve(link.payment_link, card_number=CARD_SUCCESS_MASTERCARD)

    assert verified(callback)["status"] == "PROCESSED"
    assert plural_test_client.payment_links.get(link.payment_link_id).status == "PROCESSED"
    order = plural_test_client.orders.get(link.order_id)
    card = order.payments[0].payment_option.card_data if order.payments else None
    assert card is not None and card.network_name == "MASTERCARD"


def _upi_intent(plural: Plural, reference: str) -> Order:
    created = plural.orders.create(
        merchant_order_reference=reference,
        order_amount={"value": 1100, "currency": "INR"},
        callback_url=RETURN_URL,
    )
    return plural.payments.create(
        created.order_id,
        payments=[
            {
                "merchant_payment_reference": f"{reference}-pay",
                "payment_method": "UPI",
                "payment_amount": created.order_amount,
                "payment_option": {"upi_details": {"txn_mode": "INTENT"}},
            }
        ],
    )


def test_approve_a_upi_intent_link_on_the_sandbox_app_page(plural_test_client: Plural) -> None:
    paying = _upi_intent(plural_test_client, "kit-upi")
    link = str(paying.challenge_url)
    assert link.startswith("upi://pay?")

    with pytest.raises(ValueError, match=r"^base_url is needed for a upi://pay link"):
        approve(link)
    callback = approve(link, base_url=plural_test_client.settings.base_url)

    assert verified(callback) == {"order_id": paying.order_id, "status": "PROCESSED"}
    # The same page as upi_app_url() gives: nothing more to pay there.
    with pytest.raises(CustomerStepError, match=r"answered 409|answered 404|answered 400"):
        approve(upi_app_url(link, plural_test_client.settings.base_url))


def test_decline_a_upi_intent_in_process(plural_sandbox_transport: SandboxTransport) -> None:
    with Plural(
        "sandbox-client-id",
        DEFAULT_CLIENT_SECRET,
        base_url=plural_sandbox_transport.base_url,
        transport=plural_sandbox_transport,
    ) as plural:
        paying = _upi_intent(plural, "kit-upi-decline")
        # The transport's own base URL is the sandbox's: no base_url needed.
        callback = decline(paying.challenge_url, transport=plural_sandbox_transport)
        assert verified(callback)["status"] != "PROCESSED"
        assert plural.orders.get(paying.order_id).status != OrderStatus.PROCESSED


@pytest.mark.parametrize("plural_sandbox_config", [SandboxConfig(callback_method="GET")])
def test_a_get_callback_carries_its_fields_in_the_url(plural_test_client: Plural) -> None:
    paying = pay_by_card(plural_test_client, "kit-get")

    callback = approve(paying.challenge_url)

    assert callback.method == "GET" and callback.body == b""
    assert callback.url.startswith(RETURN_URL + "?")
    assert dict(parse_qsl(urlsplit(callback.url).query)) == callback.fields
    assert plural_test_client.verify_callback(callback.fields).status == "AUTHORIZED"
    assert callback.request().method == "GET" and str(callback.request().url) == callback.url
    # A repr lands in logs and reports: the signature is not in it, in the fields or the URL.
    assert callback.fields["signature"] not in repr(callback)
    assert "signature=***" in repr(callback) and "'signature': '***'" in repr(callback)


def test_a_page_that_takes_no_answer_is_a_customer_step_error(
    plural_test_client: Plural, plural_test_sandbox: RunningSandbox
) -> None:
    paying = pay_by_card(plural_test_client, "kit-twice")
    approve(paying.challenge_url)
    with pytest.raises(CustomerStepError, match=r"^approve: the page at /sandbox/\S+ answered 4"):
        approve(paying.challenge_url)  # answered already
    unknown = f"{plural_test_sandbox.base_url}/sandbox/challenge/no-such-token"
    with pytest.raises(CustomerStepError, match=r"answered 404: No page has this address|404"):
        decline(unknown)
    # An AssertionError: in a test, a checkout that goes another way is a failure.
    assert issubclass(CustomerStepError, AssertionError)


def test_an_order_without_a_callback_url_sends_the_customer_nowhere(
    plural_test_client: Plural,
) -> None:
    paying = pay_by_card(plural_test_client, "kit-nowhere", callback_url=UNSET)

    with pytest.raises(CustomerStepError, match=r"sends the customer nowhere.*no callback_url"):
        approve(paying.challenge_url)


@pytest.mark.parametrize(
    ("url", "options", "message"),
    [
        (UNSET, {}, r"^url: no page to open"),
        ("", {}, r"^url: no page to open"),
        ("ftp://sandbox.local/x", {}, r"^url must be an http\(s\) page or a upi://pay link"),
        ("upi://collect?pa=x", {"base_url": "http://127.0.0.1:1"}, r"not a upi://pay link"),
    ],
)
def test_a_url_that_is_no_page_is_a_value_error(
    url: Any, options: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        approve(url, **options)


def test_a_choice_the_page_does_not_offer_is_a_value_error(plural_test_client: Plural) -> None:
    paying = pay_by_card(plural_test_client, "kit-choices")
    with pytest.raises(ValueError, match=r"^card_number: this page takes no card number"):
        approve(paying.challenge_url, card_number=CARD_DECLINE)
    with pytest.raises(ValueError, match=r"^method: this page offers no choice"):
        approve(paying.challenge_url, method="UPI")
    link = plural_test_client.checkout.generate_link(
        merchant_order_reference="kit-card-only",
        order_amount={"value": 1100, "currency": "INR"},
        allowed_payment_methods=["CARD"],
        callback_url=RETURN_URL,
    )
    with pytest.raises(ValueError, match=r"^method must be one this page offers \(CARD\)"):
        approve(link.redirect_url, method="NETBANKING")
    # Nothing was posted: the order still takes the payment.
    assert verified(approve(paying.challenge_url))["status"] == "AUTHORIZED"


# --- the fixtures ----------------------------------------------------------------------------


def test_one_clock_moves_the_sandbox_and_the_client(
    plural_test_client: Plural,
    plural_test_sandbox: RunningSandbox,
    plural_clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert plural_test_sandbox.config.now is plural_clock
    assert plural_test_client.settings.clock is plural_clock
    caplog.set_level(logging.INFO, logger="plural")
    order = plural_test_client.orders.create(
        merchant_order_reference="kit-clock", order_amount={"value": 1100, "currency": "INR"}
    )
    plural_test_client.orders.get(order.order_id)
    plural_clock.advance(plural_test_sandbox.config.token_ttl)

    again = plural_test_client.orders.get(order.order_id)

    # The client's lines only: the sandbox and httpx log on other loggers.
    lines = [r.getMessage().split(" ")[:3] for r in caplog.records if r.name == "plural"]
    # One token, two calls; then the token expired on both sides at once: a new token and
    # the call, without a 401 first (the sandbox and the client read the same time).
    assert lines == [
        ["POST", "/api/auth/v1/token", "200"],
        ["POST", "/api/pay/v1/orders", "200"],
        ["GET", f"/api/pay/v1/orders/{order.order_id}", "200"],
        ["POST", "/api/auth/v1/token", "200"],
        ["GET", f"/api/pay/v1/orders/{order.order_id}", "200"],
    ]
    assert again.order_id == order.order_id


def test_the_webhook_receiver_keeps_the_verified_events(
    plural_test_client: Plural,
    plural_webhooks: WebhookReceiver,
    plural_test_sandbox: RunningSandbox,
) -> None:
    assert plural_test_sandbox.config.webhook_url == plural_webhooks.url
    paying = pay_by_card(plural_test_client, "kit-webhooks")
    approve(paying.challenge_url)
    plural_test_client.orders.capture(paying.order_id, merchant_capture_reference="kit-cap")

    processed = plural_webhooks.wait_for("ORDER_PROCESSED", order_id=paying.order_id)

    authorized = plural_webhooks.wait_for("ORDER_AUTHORIZED")
    assert authorized.order is not None and authorized.order.order_id == paying.order_id
    assert processed.order is not None and processed.order.status == OrderStatus.PROCESSED
    assert [event.event_type for event in plural_webhooks.events] == [
        "ORDER_AUTHORIZED",
        "ORDER_PROCESSED",
    ]
    assert plural_webhooks.refused == [] and plural_webhooks.unread == []
    # What the merchant's own handler would do with a received webhook.
    received = plural_webhooks.received[0]
    assert received.status == 200 and received.reason is None
    assert plural_test_client.verify_webhook(received.headers, received.body).event_type == (
        "ORDER_AUTHORIZED"
    )


def test_the_receiver_refuses_what_is_not_signed_with_the_sandbox_secret(
    plural_webhooks: WebhookReceiver, plural_clock: Clock
) -> None:
    body = json.dumps({"event_type": "ORDER_PROCESSED", "data": {"note": "no order"}}).encode()
    stamp = int(plural_clock())

    def post(secret: str, content: bytes, timestamp: int = stamp) -> int:
        headers = {
            "webhook-id": "msg_kit",
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign_webhook(secret, "msg_kit", timestamp, content),
        }
        return httpx.post(plural_webhooks.url, content=content, headers=headers).status_code

    assert post("a-forger-secret", body) == 400
    assert post(DEFAULT_WEBHOOK_SECRET, body, stamp - 301) == 400  # older than the tolerance
    assert post(DEFAULT_WEBHOOK_SECRET, b"not json") == 200  # authentic, a shape unknown
    assert post(DEFAULT_WEBHOOK_SECRET, body) == 200

    assert [received.status for received in plural_webhooks.received] == [400, 400, 200, 200]
    reasons = [received.reason or "" for received in plural_webhooks.refused]
    assert "does not match" in reasons[0] and "timestamp" in reasons[1]
    assert [unread.body for unread in plural_webhooks.unread] == [b"not json"]
    event = plural_webhooks.wait_for("ORDER_PROCESSED")
    assert event.order is None and event.data == {"note": "no order"}
    # A webhook verified on receipt is refused once the receiver's clock is past the tolerance.
    accepted = plural_webhooks.received[-1]
    plural_clock.advance(301)
    with pytest.raises(SignatureError, match="timestamp"):
        plural_webhooks.verify(accepted.headers, accepted.body)


def test_waiting_for_a_webhook_that_never_comes_names_what_came(
    plural_webhooks: WebhookReceiver,
) -> None:
    httpx.post(plural_webhooks.url, content=b"{}", headers={"webhook-id": "x"})
    with pytest.raises(AssertionError) as failure:
        plural_webhooks.wait_for("REFUND_PROCESSED", order_id="v1-none", timeout=0.2)
    assert str(failure.value).startswith("no REFUND_PROCESSED webhook for v1-none within 0.2 s")
    assert "verified: none; refused: [" in str(failure.value)


@pytest.mark.parametrize(
    "plural_sandbox_config", [SandboxConfig(webhook_url="http://127.0.0.1:9/elsewhere")]
)
def test_a_webhook_url_of_the_config_is_kept(plural_test_sandbox: RunningSandbox) -> None:
    assert plural_test_sandbox.config.webhook_url == "http://127.0.0.1:9/elsewhere"


def test_the_async_client_serves_any_event_loop(
    plural_test_async_client: AsyncPlural, plural_test_sandbox: RunningSandbox
) -> None:
    async def create(reference: str) -> str:
        order = await plural_test_async_client.orders.create(
            merchant_order_reference=reference, order_amount={"value": 1100, "currency": "INR"}
        )
        return order.order_id

    first, second = asyncio.run(create("kit-async-1")), asyncio.run(create("kit-async-2"))

    assert [order["order_id"] for order in plural_test_sandbox.sandbox.orders()] == [first, second]
    assert plural_test_async_client.settings.callback_secret_key == DEFAULT_CALLBACK_SECRET_KEY


def test_the_clock_refuses_what_is_no_time() -> None:
    clock = Clock(start=1_000_000.0)
    assert 1_000_000.0 <= clock() < 1_000_060.0
    clock.advance(-60)
    assert clock.offset < 0
    for bad in (float("nan"), float("inf"), "10", True):
        with pytest.raises(ValueError, match=r"^seconds must be a finite number of seconds"):
            clock.advance(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^start must be"):
        Clock(start=float("inf"))


def test_the_receiver_needs_a_secret_and_a_start() -> None:
    with pytest.raises(ValueError, match=r"^secret must be the webhook secret"):
        WebhookReceiver("")
    receiver = WebhookReceiver(DEFAULT_WEBHOOK_SECRET)
    with pytest.raises(RuntimeError, match="not started"):
        receiver.url  # noqa: B018
    with receiver:
        assert receiver.url.startswith("http://127.0.0.1:")
        with pytest.raises(RuntimeError, match="already started"):
            receiver.start()


# --- cassettes: vcr_config() and the scanner -------------------------------------------------


def _record_checkout(path: Path, running: RunningSandbox, plural: Plural, **options: Any) -> Order:
    """A whole card checkout, the customer's pages included, recorded at ``path``."""
    recorder = vcr.VCR(record_mode="all", **options)
    with recorder.use_cassette(str(path)):
        paying = pay_by_card(plural, "kit-rec")
        approve(paying.challenge_url)
        order = plural.orders.get(paying.order_id)
        # The sandbox's webhooks go out meanwhile, from its thread, through httpx too.
        assert running.sandbox.webhooks.join(timeout=10)
    return order


def _interactions(path: Path) -> list[dict[str, Any]]:
    document: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return list(document["interactions"])


def test_a_checkout_recorded_with_vcr_config_holds_no_secret(
    tmp_path: Path,
    plural_test_client: Plural,
    plural_test_sandbox: RunningSandbox,
    plural_webhooks: WebhookReceiver,
) -> None:
    scrubber = Scrubber(rewrites_for(plural_test_sandbox.base_url))
    path = tmp_path / "checkout.yaml"

    order = _record_checkout(
        path, plural_test_sandbox, plural_test_client, **vcr_config(scrubber=scrubber)
    )

    assert order.status == OrderStatus.AUTHORIZED
    assert find_secrets(path) == []
    text = path.read_text("utf-8")
    # The hooks took out the live values (the client secret, the access token, the card, the
    # callback's signature), and none reached the file; nor the CVV, checked by field.
    assert DEFAULT_CLIENT_SECRET in scrubber.masked and CARD_SUCCESS in scrubber.masked
    assert [secret for secret in scrubber.masked if secret in text] == []
    assert "411111******1111" in text and "Bearer ***" in text and "127.0.0.1" not in text
    interactions = _interactions(path)
    payment = json.loads(interactions[2]["request"]["body"])["payments"][0]
    assert payment["payment_option"]["card_details"]["cvv"] == MASK
    # Every call of the client's and of the customer's browser, on the placeholder origin;
    # the webhook deliveries went through unrecorded (and were verified on arrival).
    uris = [urlsplit(interaction["request"]["uri"]) for interaction in interactions]
    assert {f"{uri.scheme}://{uri.netloc}" for uri in uris} == {PLACEHOLDER_ORIGIN}
    assert [uri.path.split("/")[-1] for uri in uris][:3] == ["token", "orders", "payments"]
    assert sum(uri.path.startswith("/sandbox/challenge/") for uri in uris) == 2  # GET, POST
    assert len(uris) == 6  # and get_order: no webhook delivery among them
    assert plural_webhooks.wait_for("ORDER_AUTHORIZED", order_id=order.order_id)


def test_the_same_checkout_recorded_by_plain_vcrpy_is_caught(
    tmp_path: Path, plural_test_client: Plural, plural_test_sandbox: RunningSandbox
) -> None:
    path = tmp_path / "raw.yaml"
    _record_checkout(path, plural_test_sandbox, plural_test_client)

    problems = "\n".join(find_secrets(path))

    for kind in (
        "the sandbox's client_secret",
        "access_token is not masked",
        "cvv is not masked",
        "card_number shows more than six and four digits",
        "signature is not masked",
        "a Bearer credential",
        "the webhook-signature header is not masked",  # the deliveries, recorded too
    ):
        assert kind in problems, kind
    # A finding says where and what, never the value.
    assert DEFAULT_CLIENT_SECRET not in problems.replace("the sandbox's client_secret", "")
    assert CARD_SUCCESS not in problems


def test_a_cassette_recorded_on_one_port_replays_on_another(tmp_path: Path) -> None:
    path = tmp_path / "orders.yaml"
    with Sandbox() as sandbox, serve(sandbox) as server:
        recorder = vcr.VCR(record_mode="all", **vcr_config(base_url=server.base_url))
        with (
            recorder.use_cassette(str(path)),
            Plural("sandbox-client-id", DEFAULT_CLIENT_SECRET, base_url=server.base_url) as plural,
        ):
            created = plural.orders.create(
                merchant_order_reference="kit-replay",
                order_amount={"value": 1100, "currency": "INR"},
            )
    # The sandbox is gone; a client on another address is answered from the cassette.
    elsewhere = "http://127.0.0.1:9"
    player = vcr.VCR(record_mode="none", **vcr_config(base_url=elsewhere))
    with (
        player.use_cassette(str(path)) as cassette,
        Plural("sandbox-client-id", "another-secret", base_url=elsewhere) as plural,
    ):
        replayed = plural.orders.create(
            merchant_order_reference="kit-replay", order_amount={"value": 1100, "currency": "INR"}
        )
        assert cassette.all_played
    assert replayed.order_id == created.order_id


def test_vcr_config_is_the_hooks_and_nothing_else() -> None:
    config = vcr_config()
    assert set(config) == {
        "before_record_request",
        "before_record_response",
        "filter_headers",
        "decode_compressed_response",
    }
    assert [name for name, _ in config["filter_headers"]] == [
        "authorization",
        "cookie",
        "proxy-authorization",
        "set-cookie",
        "webhook-signature",
    ]
    with pytest.raises(ValueError, match=r"^give base_url or scrubber, not both"):
        vcr_config(base_url="http://127.0.0.1:1", scrubber=Scrubber())
    with pytest.raises(ValueError, match=r"^base_url must be an absolute URL"):
        vcr_config(base_url="127.0.0.1:8080")


def test_pytest_recording_records_with_the_kit_config(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest
        from plural_ext.testing import vcr_config as plural_vcr_config

        @pytest.fixture
        def vcr_config(plural_test_sandbox):
            return plural_vcr_config(base_url=plural_test_sandbox.base_url)
        """
    )
    pytester.makepyfile(
        test_shop="""
        import pytest

        @pytest.mark.vcr
        def test_order(plural_test_client):
            order = plural_test_client.orders.create(
                merchant_order_reference="kit-pr", order_amount={"value": 1100, "currency": "INR"}
            )
            assert order.status == "CREATED"
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--record-mode=once")
    result.assert_outcomes(passed=1)
    cassette = pytester.path / "cassettes" / "test_shop" / "test_order.yaml"
    assert find_secrets(cassette) == []
    paths = [urlsplit(i["request"]["uri"]).path for i in _interactions(cassette)]
    assert paths == ["/api/auth/v1/token", "/api/pay/v1/orders"]
    assert '"client_secret": "***"' in cassette.read_text("utf-8")


# --- the scanner's command --------------------------------------------------------------------


def _cassette(path: Path, body: str) -> Path:
    request = {"method": "POST", "uri": "http://sandbox.local/api", "body": body, "headers": {}}
    document = {"interactions": [{"request": request, "response": {}}], "version": 1}
    path.write_text(yaml.safe_dump(document), "utf-8")
    return path


def test_the_scan_command_fails_on_a_secret_and_never_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cassettes = tmp_path / "cassettes"
    (cassettes / "shop").mkdir(parents=True)
    _cassette(
        cassettes / "shop" / "clean.yaml", '{"cvv": "***", "card_number": "411111******1111"}'
    )
    assert kit_main(["scan", str(cassettes)]) == 0
    assert capsys.readouterr().out == ""

    own_secret = "merchant-live-secret-Q7x"
    monkeypatch.setenv("PLURAL_CLIENT_SECRET", own_secret)
    _cassette(cassettes / "shop" / "leaky.yaml", f'{{"cvv": "272", "notes": "{own_secret}"}}')
    (cassettes / "notes.json").write_text(json.dumps({"card_number": CARD_SUCCESS}), "utf-8")

    assert kit_main(["scan", str(cassettes)]) == 1
    out = capsys.readouterr().out
    assert "leaky.yaml" in out and "cvv is not masked" in out
    assert "holds the value of PLURAL_CLIENT_SECRET" in out
    assert "notes.json/card_number: card_number shows more than six and four digits" in out
    assert "clean.yaml" not in out
    assert own_secret not in out and "272" not in out and CARD_SUCCESS not in out


def test_the_scan_command_runs_as_a_module(tmp_path: Path) -> None:
    clean = _cassette(tmp_path / "clean.yaml", '{"client_secret": "***"}')
    leaky = _cassette(tmp_path / "leaky.yaml", '{"client_secret": "abcd1234"}')
    command = [sys.executable, "-m", "plural_ext.testing", "scan"]
    env = {key: value for key, value in os.environ.items() if not key.startswith("PLURAL_")}

    def run(*paths: Path | str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *map(str, paths)], capture_output=True, text=True, env=env, check=False
        )

    assert run(clean).returncode == 0
    found = run(clean, leaky)
    assert found.returncode == 1
    assert found.stdout.strip().endswith("client_secret is not masked")
    assert "abcd1234" not in found.stdout + found.stderr
    missing = run(tmp_path / "nowhere")
    assert missing.returncode == 2 and "no such file or directory" in missing.stderr


def test_find_secrets_needs_a_path_that_exists(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file or directory"):
        find_secrets(tmp_path / "nowhere")
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    assert find_secrets(broken)[0].startswith(f"{broken}: not JSON")


# --- the README's example ---------------------------------------------------------------------


def test_the_readme_example_passes_as_a_merchant_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_readme_example=module("Testing your integration"))
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


# --- Done when: a merchant project with only the wheel ----------------------------------------

MERCHANT_CONFTEST = """
from typing import Any

import pytest

from plural_ext.sandbox.pytest_plugin import RunningSandbox
from plural_ext.testing import vcr_config as plural_vcr_config


@pytest.fixture
def vcr_config(plural_test_sandbox: RunningSandbox) -> dict[str, Any]:
    return plural_vcr_config(base_url=plural_test_sandbox.base_url)
"""

MERCHANT_TEST = """
import importlib.metadata
import os
import sys
from pathlib import Path

import pytest

import plural_client
import plural_ext
from plural_ext import Plural
from plural_ext.testing import WebhookReceiver, approve

WHEEL_SITE = os.environ["MERCHANT_WHEEL_SITE"]


def test_the_sdk_is_the_wheel() -> None:
    assert plural_ext.__file__.startswith(WHEEL_SITE), plural_ext.__file__
    assert plural_client.__file__.startswith(WHEEL_SITE), plural_client.__file__
    paths = [str(dist.locate_file("")) for dist in importlib.metadata.distributions()
             if dist.metadata["Name"] == "plural-sdk"]
    assert paths == [WHEEL_SITE], paths
    assert not any(os.environ["REPO_ROOT"] in entry for entry in sys.path), sys.path


@pytest.mark.vcr
def test_checkout(plural_test_client: Plural, plural_webhooks: WebhookReceiver) -> None:
    order = plural_test_client.orders.create(
        merchant_order_reference="shop-1001",
        order_amount={"value": 1100, "currency": "INR"},
        pre_auth=True,
        callback_url="https://shop.example/return",
    )
    paying = plural_test_client.payments.create(
        order.order_id,
        payments=[{
            "merchant_payment_reference": "shop-1001-pay",
            "payment_method": "CARD",
            "payment_amount": order.order_amount,
            "payment_option": {"card_details": {
                "name": "Kevin Bob", "card_number": "4111111111111111", "cvv": "272",
                "expiry_month": "12", "expiry_year": "2030",
            }},
        }],
    )
    callback = approve(paying.challenge_url)
    assert plural_test_client.verify_callback(callback.body).status == "AUTHORIZED"
    event = plural_webhooks.wait_for("ORDER_AUTHORIZED", order_id=order.order_id)
    assert event.order is not None and event.order.status == "AUTHORIZED"
    Path("webhook-ok").write_text(event.event_id)
"""


def _site_packages_without_the_sdk(into: Path) -> Path:
    """This venv's site-packages as links, less the SDK's editable install (its finder, its
    metadata) and every .pth file: what a merchant's environment has besides the wheel."""
    site = Path(next(p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()))
    into.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("plural_sdk", "__editable__", "plural_ext", "plural_client")):
            continue
        if name.endswith(".pth"):
            continue
        (into / entry.name).symlink_to(entry)
    return into


def _sdk_sources(into: Path) -> Path:
    """What the wheel is built from, copied: the build writes nothing into the repository."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("plural_ext", "generated"):
        shutil.copytree(ROOT / name, into / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, into / name)
    return into


def test_a_merchant_project_outside_the_repo_uses_the_wheel(tmp_path: Path) -> None:
    # Offline: no build isolation (the venv's setuptools), no dependencies fetched.
    sources = _sdk_sources(tmp_path / "sources")
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(sources)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (wheel,) = wheels.glob("plural_sdk-*.whl")
    wheel_site = tmp_path / "wheel-site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "-q", "--target", str(wheel_site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    others = _site_packages_without_the_sdk(tmp_path / "site-packages")
    shop = tmp_path / "shop"
    (shop / "tests").mkdir(parents=True)
    (shop / "tests" / "conftest.py").write_text(MERCHANT_CONFTEST, "utf-8")
    (shop / "tests" / "test_checkout.py").write_text(MERCHANT_TEST, "utf-8")
    env = {
        "PATH": os.environ.get("PATH", ""),
        # -S: no site, so no .pth (the editable install's finder); the wheel first.
        "PYTHONPATH": os.pathsep.join([str(wheel_site), str(others)]),
        "MERCHANT_WHEEL_SITE": str(wheel_site),
        "REPO_ROOT": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    run = subprocess.run(
        [
            sys.executable,
            "-S",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--record-mode=once",
            "tests",
        ],
        cwd=shop,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
    assert (shop / "webhook-ok").read_text().startswith("msg_")

    cassette = shop / "tests" / "cassettes" / "test_checkout" / "test_checkout.yaml"
    paths = [urlsplit(i["request"]["uri"]).path for i in _interactions(cassette)]
    assert paths[:2] == ["/api/auth/v1/token", "/api/pay/v1/orders"]
    assert paths[2].endswith("/payments")
    assert sum(path.startswith("/sandbox/challenge/") for path in paths) == 2
    # The kit's scanner, from the wheel, as the merchant's CI runs it.
    scan = subprocess.run(
        [sys.executable, "-S", "-m", "plural_ext.testing", "scan", "tests/cassettes"],
        cwd=shop,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert scan.returncode == 0, scan.stdout + scan.stderr
    text = cassette.read_text("utf-8")
    assert DEFAULT_CLIENT_SECRET not in text and "Bearer ***" in text
    installed = importlib.metadata.distribution("plural-sdk").version
    assert wheel.name.startswith(f"plural_sdk-{installed}-")
