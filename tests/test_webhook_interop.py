"""Our webhook signatures against ``standardwebhooks``, the scheme's reference library, both ways.

Their signer feeds our ``verify_webhook``; our ``sign_webhook`` feeds their
verifier; both give the library's own published vector. One difference is by
design: a secret without the ``whsec_`` prefix is base64 to them and raw bytes
to us (Plural hands out a raw secret), so such a secret reaches their library as
bytes. Their verifier reads the clock, so the tests freeze it at the webhook's time.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo

import pytest
import standardwebhooks.webhooks as reference
from hypothesis import given, settings
from hypothesis import strategies as st
from standardwebhooks import Webhook, WebhookVerificationError

from plural_ext import SignatureError, WebhookPayloadError, sign_webhook, verify_webhook

# The vector of the library's own tests (tests/test_webhooks.py, test_sign_function).
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
VECTOR_TIMESTAMP = 1614265330
VECTOR_BODY = '{"test": 2432232314}'
VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

# A Plural event, as the sandbox sends one.
MSG_ID = "msg_2nEfCaUDn9fynC9Kz2upo1QSydl"
TIMESTAMP = 1728543028
ORDER = {
    "order_id": "v1-5757575757-aa-hU1rUd",
    "type": "CHARGE",
    "status": "PROCESSED",
    "order_amount": {"value": 4000, "currency": "INR"},
}
EVENT = json.dumps({"event_type": "ORDER_PROCESSED", "data": ORDER})


@contextmanager
def their_clock_at(seconds: int) -> Iterator[None]:
    """The reference library's clock (it reads datetime.now()), stopped at these Unix seconds."""

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Frozen:
            return cls.fromtimestamp(seconds, tz)

    saved = reference.datetime
    reference.datetime = Frozen  # type: ignore[misc]
    try:
        yield
    finally:
        reference.datetime = saved  # type: ignore[misc]


def their_signature(secret: str | bytes, msg_id: str, timestamp: int, body: str) -> str:
    return Webhook(secret).sign(msg_id, datetime.fromtimestamp(timestamp, UTC), body)


def headers(msg_id: str, timestamp: int, signature: str) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
    }


# --- the published vector


def test_both_give_the_published_vector() -> None:
    ours = sign_webhook(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)
    theirs = their_signature(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY)
    assert ours == theirs == VECTOR_SIGNATURE


def test_we_verify_the_published_vector() -> None:
    # Authentic, but its body is no Plural event: not a SignatureError.
    signed = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE)
    with pytest.raises(WebhookPayloadError) as caught:
        verify_webhook(signed, VECTOR_BODY, VECTOR_SECRET, now=VECTOR_TIMESTAMP)
    assert caught.value.body == VECTOR_BODY.encode()
    assert caught.value.event_id == VECTOR_ID


def test_they_verify_the_published_vector() -> None:
    signed = headers(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_SIGNATURE)
    with their_clock_at(VECTOR_TIMESTAMP):
        assert Webhook(VECTOR_SECRET).verify(VECTOR_BODY, signed) == {"test": 2432232314}


def test_both_give_the_notes_vector_with_a_raw_secret() -> None:
    # plural-api-notes.md: raw secret "abc1234", which their library takes as bytes.
    body = '{"payload":"payload"}'
    expected = "v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ="
    assert sign_webhook("abc1234", MSG_ID, TIMESTAMP, body) == expected
    assert their_signature(b"abc1234", MSG_ID, TIMESTAMP, body) == expected


# --- their signer, our verifier


def test_we_verify_their_event() -> None:
    signature = their_signature(VECTOR_SECRET, MSG_ID, TIMESTAMP, EVENT)
    event = verify_webhook(
        headers(MSG_ID, TIMESTAMP, signature), EVENT, VECTOR_SECRET, now=TIMESTAMP
    )
    assert (event.event_id, event.event_type) == (MSG_ID, "ORDER_PROCESSED")
    assert event.order is not None and event.order.order_id == ORDER["order_id"]


def test_we_refuse_their_event_altered() -> None:
    signature = their_signature(VECTOR_SECRET, MSG_ID, TIMESTAMP, EVENT)
    altered = EVENT.replace("PROCESSED", "FAILED")
    with pytest.raises(SignatureError, match="does not match"):
        verify_webhook(headers(MSG_ID, TIMESTAMP, signature), altered, VECTOR_SECRET, now=TIMESTAMP)


# --- our signer, their verifier


def test_they_verify_our_event() -> None:
    signature = sign_webhook(VECTOR_SECRET, MSG_ID, TIMESTAMP, EVENT)
    with their_clock_at(TIMESTAMP):
        parsed = Webhook(VECTOR_SECRET).verify(EVENT, headers(MSG_ID, TIMESTAMP, signature))
    assert parsed == {"event_type": "ORDER_PROCESSED", "data": ORDER}


def test_they_take_our_rotation_header() -> None:
    # Two secrets while one is being rotated: each verifier finds its own.
    old, new = "whsec_" + base64.b64encode(b"old").decode(), VECTOR_SECRET
    both = " ".join(sign_webhook(s, MSG_ID, TIMESTAMP, EVENT) for s in (old, new))
    with their_clock_at(TIMESTAMP):
        for secret in (old, new):
            assert Webhook(secret).verify(EVENT, headers(MSG_ID, TIMESTAMP, both))["data"] == ORDER


def test_they_refuse_ours_altered() -> None:
    signature = sign_webhook(VECTOR_SECRET, MSG_ID, TIMESTAMP, EVENT)
    with their_clock_at(TIMESTAMP), pytest.raises(WebhookVerificationError):
        Webhook(VECTOR_SECRET).verify(EVENT + " ", headers(MSG_ID, TIMESTAMP, signature))


# --- any webhook, both ways

secrets = st.binary(min_size=1, max_size=64)
msg_ids = st.text(st.characters(codec="utf-8", exclude_characters=" \t\r\n"), min_size=1)
timestamps = st.integers(0, 99_999_999_999)
bodies = st.text(st.characters(codec="utf-8"))


@settings(max_examples=200, deadline=None)
@given(secrets, msg_ids, timestamps, bodies)
def test_any_webhook_signs_the_same_and_verifies_both_ways(
    key: bytes, msg_id: str, timestamp: int, body: str
) -> None:
    whsec = "whsec_" + base64.b64encode(key).decode()
    ours = sign_webhook(whsec, msg_id, timestamp, body)
    assert ours == their_signature(key, msg_id, timestamp, body)
    signed = headers(msg_id, timestamp, ours)  # theirs too: the two are equal
    # Our verifier: a Plural event or not, never a SignatureError.
    try:
        verify_webhook(signed, body, whsec, now=timestamp)
    except WebhookPayloadError as error:
        assert error.body == body.encode()
    # Our signer and their verifier.
    with their_clock_at(timestamp):
        Webhook(key).verify(body, signed, json_parse=False)
