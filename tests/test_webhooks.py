"""Webhook signatures (Standard Webhooks), against the vector in plural-api-notes.md."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from plural_client.models import Order, OrderStatus
from plural_ext._exceptions import SignatureError
from plural_ext._webhooks import WebhookEvent, sign_webhook, verify_webhook

# The notes' vector (the one of the Standard Webhooks libraries' own tests).
SECRET = "abc1234"
MSG_ID = "msg_2nEfCaUDn9fynC9Kz2upo1QSydl"
TIMESTAMP = 1728543028
BODY = b'{"payload":"payload"}'
SIGNATURE = "v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ="


def headers(
    signature: str = SIGNATURE, msg_id: str = MSG_ID, timestamp: int | str = TIMESTAMP
) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
    }


def verify(hdrs: Any = None, body: bytes | str = BODY, secret: str = SECRET, **kw: Any) -> Any:
    kw.setdefault("now", TIMESTAMP)
    return verify_webhook(headers() if hdrs is None else hdrs, body, secret, **kw)


def test_sign_gives_the_notes_vector() -> None:
    assert sign_webhook(SECRET, MSG_ID, TIMESTAMP, BODY) == SIGNATURE
    assert sign_webhook(SECRET, MSG_ID, TIMESTAMP, BODY.decode()) == SIGNATURE


def test_the_notes_vector_verifies_past_the_signature() -> None:
    # The vector's body has no event_type: the signature passed, the body is not Plural's.
    with pytest.raises(SignatureError, match="no event_type"):
        verify()


def test_a_whsec_secret_is_base64() -> None:
    whsec = "whsec_" + base64.b64encode(SECRET.encode()).decode()
    assert sign_webhook(whsec, MSG_ID, TIMESTAMP, BODY) == SIGNATURE


@pytest.mark.parametrize("secret", ["whsec_not*base64", "whsec_", ""])
def test_an_unusable_secret_is_refused(secret: str) -> None:
    with pytest.raises(SignatureError, match="secret"):
        verify(secret=secret)
    with pytest.raises(SignatureError, match="secret"):
        sign_webhook(secret, MSG_ID, TIMESTAMP, BODY)


ORDER = {
    "order_id": "v1-5757575757-aa-hU1rUd",
    "merchant_order_reference": "f4548bbf-a029-43d3-9209-e3385c80b1e9",
    "type": "CHARGE",
    "status": "PROCESSED",
    "merchant_id": "104359",
    "order_amount": {"value": 4000, "currency": "INR"},
}


def event(payload: dict[str, Any], **kw: Any) -> WebhookEvent:
    body = json.dumps(payload).encode()
    signature = sign_webhook(SECRET, MSG_ID, TIMESTAMP, body)
    result: WebhookEvent = verify(headers(signature), body, **kw)
    return result


def test_an_order_event_parses(guide_examples: dict[str, Any]) -> None:
    order = guide_examples["CaptureResponse"]["data"]
    got = event({"event_type": "ORDER_PROCESSED", "data": order})
    assert got.event_id == MSG_ID
    assert got.event_type == "ORDER_PROCESSED"
    assert got.timestamp == datetime(2024, 10, 10, 6, 50, 28, tzinfo=UTC)
    assert isinstance(got.order, Order)
    assert got.order.order_id == order["order_id"]
    assert got.order.status == OrderStatus.PROCESSED
    assert got.data == order


def test_an_unknown_event_type_is_kept() -> None:
    got = event({"event_type": "CUSTOMER_CREATED", "data": {"customer_id": "c1"}})
    assert got.event_type == "CUSTOMER_CREATED"
    assert got.order is None
    assert got.data == {"customer_id": "c1"}


def test_an_unknown_order_status_still_parses() -> None:
    got = event({"event_type": "ORDER_SOMETHING_NEW", "data": {**ORDER, "status": "NEW"}})
    assert got.order is not None and got.order.status == "NEW"


def test_an_event_without_data() -> None:
    got = event({"event_type": "PING"})
    assert got.data == {} and got.order is None


def test_the_event_is_frozen_and_hashable() -> None:
    got = event({"event_type": "ORDER_PROCESSED", "data": ORDER})
    with pytest.raises(AttributeError):
        got.event_type = "ORDER_FAILED"  # type: ignore[misc]
    assert got == event({"event_type": "ORDER_PROCESSED", "data": ORDER})
    assert len({got, event({"event_type": "ORDER_PROCESSED", "data": ORDER})}) == 1


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not valid JSON"),
        (b"\xff", "not valid JSON"),
        (b"[1]", "not a JSON object"),
        (b'{"data": {}}', "no event_type"),
        (b'{"event_type": 1}', "no event_type"),
        (b'{"event_type": "X", "data": [1]}', "data is not a JSON object"),
        (b'{"event_type": "X", "data": {"order_id": "o", "type": 5}}', "order does not parse"),
    ],
)
def test_a_signed_body_that_is_not_an_event_is_refused(body: bytes, reason: str) -> None:
    signature = sign_webhook(SECRET, MSG_ID, TIMESTAMP, body)
    with pytest.raises(SignatureError, match=reason):
        verify(headers(signature), body)


TAMPERED = [
    pytest.param({"body": BODY + b" "}, id="body"),
    pytest.param({"body": BODY.replace(b"payload", b"Payload", 1)}, id="body-case"),
    pytest.param({"hdrs": headers(msg_id=MSG_ID + "x")}, id="id"),
    pytest.param({"hdrs": headers(timestamp=TIMESTAMP + 1)}, id="timestamp"),
    pytest.param({"hdrs": headers("v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfq=")}, id="sig"),
    pytest.param({"hdrs": headers(SIGNATURE[:-2] + "R=")}, id="sig-padding-bits"),
    pytest.param({"hdrs": headers(SIGNATURE.rstrip("="))}, id="sig-no-padding"),
    pytest.param({"hdrs": headers(SIGNATURE.upper())}, id="sig-case"),
    pytest.param({"hdrs": headers("v1," + "A" * 44)}, id="sig-other"),
    pytest.param({"hdrs": headers("v1,not base64!")}, id="sig-not-base64"),
    pytest.param({"hdrs": headers("v1,")}, id="sig-empty"),
    pytest.param({"hdrs": headers(SIGNATURE[:-2] + "\u00e9=")}, id="sig-utf8"),
    pytest.param({"hdrs": headers(SIGNATURE.replace("v1,", "v2,"))}, id="other-version"),
    pytest.param({"hdrs": headers(SIGNATURE.replace("v1,", "v1a,"))}, id="asymmetric-version"),
    pytest.param({"hdrs": headers(SIGNATURE.replace(",", ""))}, id="no-comma"),
    pytest.param({"secret": SECRET + "5"}, id="secret"),
    pytest.param({"secret": "whsec_" + base64.b64encode(b"abc1235").decode()}, id="whsec"),
]


@pytest.mark.parametrize("change", TAMPERED)
def test_any_change_fails(change: dict[str, Any]) -> None:
    with pytest.raises(SignatureError, match="does not match"):
        verify(**change)


@pytest.mark.parametrize(
    "signature",
    [
        f"v1,{'A' * 44} {SIGNATURE}",
        f"{SIGNATURE} v1,{'A' * 44}",
        f"v1a,{'B' * 88} v2,xyz {SIGNATURE}",
        f"  {SIGNATURE}  v1,{'A' * 44}",
    ],
)
def test_any_of_several_signatures_may_match(signature: str) -> None:
    # Several signatures: the secret is being rotated, and one of them is the current one.
    with pytest.raises(SignatureError, match="no event_type"):
        verify(headers(signature))


def test_rotation_with_two_secrets() -> None:
    body = json.dumps({"event_type": "ORDER_PROCESSED", "data": ORDER}).encode()
    both = " ".join(sign_webhook(s, MSG_ID, TIMESTAMP, body) for s in ("old-secret", "new-secret"))
    for secret in ("old-secret", "new-secret"):
        assert verify(headers(both), body, secret=secret).event_type == "ORDER_PROCESSED"
    with pytest.raises(SignatureError, match="does not match"):
        verify(headers(both), body, secret="third-secret")


@pytest.mark.parametrize("offset", [-300, -1, 0, 1, 300])
def test_a_timestamp_within_tolerance_passes(offset: int) -> None:
    got = event({"event_type": "ORDER_PROCESSED", "data": ORDER}, now=TIMESTAMP + offset)
    assert got.event_type == "ORDER_PROCESSED"


@pytest.mark.parametrize(
    ("now", "reason"),
    [(TIMESTAMP + 301, "old"), (TIMESTAMP + 86_400, "old"), (TIMESTAMP - 301, "future")],
)
def test_a_timestamp_outside_tolerance_fails(now: int, reason: str) -> None:
    with pytest.raises(SignatureError, match=reason):
        verify(now=now)


def test_the_tolerance_can_be_set() -> None:
    with pytest.raises(SignatureError, match="10 s old"):
        verify(now=TIMESTAMP + 11, tolerance=10)
    with pytest.raises(SignatureError, match="no event_type"):
        verify(now=TIMESTAMP + 3600, tolerance=3600)


def test_now_defaults_to_the_clock() -> None:
    with pytest.raises(SignatureError, match="old"):
        verify_webhook(headers(), BODY, SECRET)


@pytest.mark.parametrize(
    "stamp",
    [
        "",
        "17285430.28",
        "-1728543028",
        " 1728543028",
        "\u0661\u0667\u0662\u0668\u0665\u0664\u0663\u0660\u0662\u0668",
    ],
)
def test_a_malformed_timestamp_is_refused(stamp: str) -> None:
    with pytest.raises(SignatureError, match="not a Unix time"):
        verify(headers(timestamp=stamp))


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_refused(missing: str) -> None:
    hdrs = headers()
    del hdrs[missing]
    with pytest.raises(SignatureError, match=f"no {missing} header"):
        verify(hdrs)


def test_header_names_are_case_insensitive() -> None:
    hdrs = {k.title(): v for k, v in headers().items()}
    with pytest.raises(SignatureError, match="no event_type"):
        verify(hdrs)


def test_httpx_headers_and_a_repeated_signature_header() -> None:
    # httpx folds repeated headers into "a, b" through the Mapping interface.
    hdrs = httpx.Headers(
        [
            ("Webhook-Id", MSG_ID),
            ("Webhook-Timestamp", str(TIMESTAMP)),
            ("Webhook-Signature", "v1," + "A" * 44),
            ("Webhook-Signature", SIGNATURE),
        ]
    )
    with pytest.raises(SignatureError, match="no event_type"):
        verify(hdrs)


def test_conflicting_id_headers_are_refused() -> None:
    hdrs = httpx.Headers([*headers().items(), ("Webhook-Id", "msg_other")])
    with pytest.raises(SignatureError, match="conflicting webhook-id"):
        verify(hdrs)


def test_the_body_may_be_text() -> None:
    with pytest.raises(SignatureError, match="no event_type"):
        verify(body=BODY.decode())


PLANTED = "whsec_" + base64.b64encode(b"planted-secret-5ec7e7").decode()


def test_nothing_secret_in_errors_or_reprs() -> None:
    body = json.dumps({"event_type": "ORDER_PROCESSED", "data": ORDER}).encode()
    good = sign_webhook(PLANTED, MSG_ID, TIMESTAMP, body)
    texts = [repr(verify(headers(good), body, secret=PLANTED))]
    attempts: list[dict[str, Any]] = [
        {"hdrs": headers(good), "body": body + b"x"},
        {"hdrs": headers(good), "body": body, "now": TIMESTAMP + 999},
        {"hdrs": headers(good), "body": b"nope"},
        {"hdrs": {}, "body": body},
    ]
    for attempt in attempts:
        with pytest.raises(SignatureError) as caught:
            verify(secret=PLANTED, **attempt)
        texts += [str(caught.value), repr(caught.value)]
    with pytest.raises(SignatureError) as caught:
        verify(headers(good), body, secret=PLANTED + "!")
    texts += [str(caught.value), repr(caught.value)]
    for text in texts:
        assert "planted" not in text and PLANTED[6:20] not in text
        assert good[3:20] not in text
