"""Webhook signatures (Standard Webhooks), against the Standard Webhooks libraries' own test vector.

Two failures, two types: SignatureError when a webhook cannot be shown to be
Plural's (refuse it), WebhookPayloadError when it is Plural's but its body is not
an event this SDK reads (store it, acknowledge it). Every bad argument is a
SignatureError, never a ValueError, TypeError or UnicodeEncodeError.
"""

from __future__ import annotations

import base64
import json
import pickle
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import plural_ext
from plural_client.models import Order, OrderStatus
from plural_ext._exceptions import PluralError, SignatureError
from plural_ext._webhooks import WebhookEvent, WebhookPayloadError, sign_webhook, verify_webhook

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


def genuine(**kw: Any) -> WebhookPayloadError:
    """The error for a webhook whose signature matched but whose body is no Plural event."""
    with pytest.raises(WebhookPayloadError) as caught:
        verify(**kw)
    return caught.value


def test_the_notes_vector_is_genuine_but_not_an_event() -> None:
    # The vector's body has no event_type: the signature matched, so this is not a
    # forgery, and the application gets what it needs to store it.
    error = genuine()
    assert not isinstance(error, SignatureError)
    assert isinstance(error, PluralError)
    assert (error.event_id, error.body) == (MSG_ID, BODY)
    assert error.timestamp == datetime(2024, 10, 10, 6, 50, 28, tzinfo=UTC)
    assert error.reason == "the webhook body has no event_type"
    assert "signature matched" in str(error)
    assert plural_ext.WebhookPayloadError is WebhookPayloadError


def test_a_payload_error_pickles_and_quotes_no_body() -> None:
    body = b'{"note": "planted-body-text"}'
    error = genuine(hdrs=headers(sign_webhook(SECRET, MSG_ID, TIMESTAMP, body)), body=body)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - bytes pickled just above
    assert type(copy) is WebhookPayloadError
    assert (copy.reason, copy.event_id, copy.timestamp, copy.body) == (
        error.reason,
        error.event_id,
        error.timestamp,
        body,
    )
    assert str(copy) == str(error)
    assert "planted" not in str(error) and "planted" not in repr(error)


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
        (b"", "not valid JSON"),
        (b"\xff", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),  # deeper than the parser goes
        (b'{"n": ' + b"9" * 5000 + b"}", "not valid JSON"),  # past int()'s digit limit
        (b"[1]", "not a JSON object"),
        (b'"event_type"', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b'{"payload": "payload"}', "no event_type"),
        (b'{"data": {}}', "no event_type"),
        (b'{"event_type": 1}', "no event_type"),
        (b'{"event_type": null}', "no event_type"),
        (b'{"event_type": "X", "data": [1]}', "data is not a JSON object"),
        (b'{"event_type": "X", "data": null}', "data is not a JSON object"),
        (b'{"event_type": "X", "data": {"order_id": "o", "type": 5}}', "order does not parse"),
        (b'{"event_type": "X", "data": {"order_id": "o"}}', "order does not parse"),
    ],
)
def test_a_signed_body_that_is_not_an_event_is_from_plural(body: bytes, reason: str) -> None:
    signature = sign_webhook(SECRET, MSG_ID, TIMESTAMP, body)
    error = genuine(hdrs=headers(signature), body=body)
    assert reason in error.reason and error.body == body and error.event_id == MSG_ID
    # Raised outside any handler: a JSONDecodeError's .doc would carry the body along.
    assert error.__context__ is None and error.__cause__ is None


def test_a_forged_body_that_is_not_an_event_is_a_signature_error() -> None:
    # Shape is read only after the signature matched: garbage from anyone else is a forgery.
    with pytest.raises(SignatureError, match="does not match"):
        verify(body=b"not json")


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
    assert genuine(hdrs=headers(signature)).body == BODY


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
    genuine(now=TIMESTAMP + 3600, tolerance=3600)
    genuine(now=TIMESTAMP + 3600, tolerance=3600.5)


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
        "1728543028\n",
        "1_728_543_028",
        "\u0661\u0667\u0662\u0668\u0665\u0664\u0663\u0660\u0662\u0668",
        "1" * 12,  # past the year 5138
        "9" * 5000,  # past int()'s digit limit: refused by length, before int()
        "\ud800",
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
    genuine(hdrs=hdrs)


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
    genuine(hdrs=hdrs)


def test_conflicting_id_headers_are_refused() -> None:
    hdrs = httpx.Headers([*headers().items(), ("Webhook-Id", "msg_other")])
    with pytest.raises(SignatureError, match="conflicting webhook-id"):
        verify(hdrs)


@pytest.mark.parametrize("body", [BODY.decode(), bytearray(BODY), memoryview(BODY)])
def test_the_body_may_be_text_or_any_bytes(body: Any) -> None:
    assert genuine(body=body).body == BODY


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


# --- every bad argument is a SignatureError naming what is wrong


def test_the_largest_timestamp_is_read() -> None:
    stamp = 99_999_999_999
    signature = sign_webhook(SECRET, MSG_ID, stamp, BODY)
    error = genuine(hdrs=headers(signature, timestamp=stamp), now=0, tolerance=10**400)
    assert error.timestamp == datetime(5138, 11, 16, 9, 46, 39, tzinfo=UTC)


SIGNED = headers()

BAD_HEADERS = [
    pytest.param(None, "must be a mapping", id="None"),
    pytest.param(5, "must be a mapping", id="int"),
    pytest.param("webhook-id: x", "must be a mapping", id="str"),
    pytest.param(b"webhook-id: x", "must be a mapping", id="bytes"),
    pytest.param(list(SIGNED.items()), "must be a mapping", id="list-of-pairs"),
    pytest.param({k.encode(): v for k, v in SIGNED.items()}, "must be text", id="bytes-names"),
    pytest.param({k: v.encode() for k, v in SIGNED.items()}, "must be text", id="bytes-values"),
    pytest.param({**SIGNED, "webhook-timestamp": TIMESTAMP}, "must be text", id="int-value"),
    pytest.param({**SIGNED, 5: "x"}, "must be text", id="int-name"),
    pytest.param({**SIGNED, "x-other": None}, "must be text", id="None-value"),
    pytest.param(
        {**SIGNED, "webhook-id": "msg_\ud800"},
        "webhook id holds a lone surrogate",
        id="id-surrogate",
    ),
    pytest.param({**SIGNED, "webhook-timestamp": "\udcff"}, "not a Unix time", id="ts-surrogate"),
    pytest.param(
        {**SIGNED, "webhook-signature": "v1,\ud800"}, "does not match", id="sig-surrogate"
    ),
    pytest.param({**SIGNED, "webhook-signature": ""}, "does not match", id="sig-blank"),
    pytest.param({**SIGNED, "webhook-signature": "v1"}, "does not match", id="sig-no-comma"),
    pytest.param({**SIGNED, "webhook-signature": ",,,"}, "does not match", id="sig-commas"),
]


@pytest.mark.parametrize(("hdrs", "reason"), BAD_HEADERS)
def test_bad_headers_are_a_signature_error(hdrs: Any, reason: str) -> None:
    with pytest.raises(SignatureError, match=reason):
        verify_webhook(hdrs, BODY, SECRET, now=TIMESTAMP)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (None, "must be the raw body as received, bytes \\(or text\\), not NoneType"),
        (5, "not int"),
        ([BODY], "not list"),
        ({"payload": "payload"}, "not dict"),  # parsed JSON: the signature covers bytes
        ('{"payload":"\ud800"}', "body holds a lone surrogate"),
    ],
)
def test_a_bad_body_is_a_signature_error(body: Any, reason: str) -> None:
    with pytest.raises(SignatureError, match=reason):
        verify(body=body)
    with pytest.raises(SignatureError, match=reason):
        sign_webhook(SECRET, MSG_ID, TIMESTAMP, body)


BAD_SECRETS = [
    pytest.param(None, "must be text", id="None"),
    pytest.param(b"abc1234", "must be text", id="bytes"),
    pytest.param(1234, "must be text", id="int"),
    pytest.param("", "empty", id="empty"),
    pytest.param("abc\ud800", "secret holds a lone surrogate", id="surrogate"),
    pytest.param("whsec_", "not base64", id="whsec-empty"),
    pytest.param("whsec_not*base64", "not base64", id="whsec-star"),
    pytest.param("whsec_YWJj\u00e9", "not base64", id="whsec-non-ascii"),
    pytest.param("whsec_YWJj\ud800", "not base64", id="whsec-surrogate"),
    pytest.param("whsec_YWJjM", "not base64", id="whsec-length"),
    pytest.param("whsec_YW Jj", "not base64", id="whsec-space"),
]


@pytest.mark.parametrize(("secret", "reason"), BAD_SECRETS)
def test_a_bad_secret_is_a_signature_error(secret: Any, reason: str) -> None:
    with pytest.raises(SignatureError, match=reason) as caught:
        verify(secret=secret)
    # Nothing rides along that holds the secret (a UnicodeEncodeError's .object would).
    assert caught.value.__context__ is None
    with pytest.raises(SignatureError, match=reason):
        sign_webhook(secret, MSG_ID, TIMESTAMP, BODY)


def test_a_whsec_secret_may_leave_out_its_padding() -> None:
    # The Standard Webhooks libraries accept unpadded base64 after whsec_.
    key = base64.b64encode(b"abc12").decode()
    assert key.endswith("=")
    assert sign_webhook("whsec_" + key.rstrip("="), MSG_ID, TIMESTAMP, BODY) == sign_webhook(
        "whsec_" + key, MSG_ID, TIMESTAMP, BODY
    )


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"now": float("nan")}, "now must be a finite"),
        ({"now": float("inf")}, "now must be a finite"),
        ({"now": float("-inf")}, "now must be a finite"),
        ({"now": str(TIMESTAMP)}, "now must be a number"),
        ({"now": True}, "now must be a number"),
        ({"tolerance": float("nan")}, "tolerance must be a finite"),
        ({"tolerance": float("inf")}, "tolerance must be a finite"),
        ({"tolerance": -1}, "tolerance must not be negative"),
        ({"tolerance": "300"}, "tolerance must be a number"),
        ({"tolerance": None}, "tolerance must be a number"),
    ],
)
def test_a_bad_now_or_tolerance_accepts_nothing(kw: dict[str, Any], reason: str) -> None:
    # A NaN compares false with everything: unchecked, it would pass every timestamp.
    for stamp in (TIMESTAMP, 0, 99_999_999_999):
        signature = sign_webhook(SECRET, MSG_ID, stamp, BODY)
        with pytest.raises(SignatureError, match=reason):
            verify(headers(signature, timestamp=stamp), **kw)


@pytest.mark.parametrize("now", [10**400, -(10**400), 1e308, -1e308])
def test_a_far_now_is_compared_exactly(now: float) -> None:
    with pytest.raises(SignatureError, match=r"old|future"):
        verify(now=now)
    genuine(now=now, tolerance=10**401)  # no OverflowError on the way


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"msg_id": None}, "webhook id must be text"),
        ({"msg_id": b"msg"}, "webhook id must be text"),
        ({"msg_id": "msg_\ud800"}, "webhook id holds a lone surrogate"),
        ({"timestamp": 10**5000}, "from 0 to 99999999999"),
        ({"timestamp": 10**11}, "from 0 to 99999999999"),
        ({"timestamp": -1}, "from 0 to 99999999999"),
        ({"timestamp": str(TIMESTAMP)}, "must be an int"),
        ({"timestamp": float(TIMESTAMP)}, "must be an int"),
        ({"timestamp": True}, "must be an int"),
    ],
)
def test_sign_refuses_what_verify_would(kw: dict[str, Any], reason: str) -> None:
    args: dict[str, Any] = {"msg_id": MSG_ID, "timestamp": TIMESTAMP, **kw}
    with pytest.raises(SignatureError, match=reason):
        sign_webhook(SECRET, args["msg_id"], args["timestamp"], BODY)
