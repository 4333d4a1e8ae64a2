"""Webhook signatures: Plural signs its webhooks by the Standard Webhooks scheme.

Three headers travel with each webhook: ``webhook-id``, ``webhook-timestamp``
(Unix seconds) and ``webhook-signature``, one or more space-separated
``v1,<base64 HMAC-SHA256>`` over ``{id}.{timestamp}.{raw body}``. Several
signatures mean the secret is being rotated: any one that matches will do.
See https://www.standardwebhooks.com/ and ``plural-api-notes.md``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from plural_client.models import Order
from plural_ext._exceptions import SignatureError

__all__ = ["WebhookEvent", "sign_webhook", "verify_webhook"]

DEFAULT_TOLERANCE = 300
"""Seconds a webhook's timestamp may be off from now: replays of older ones are refused."""

# Marks a secret given as base64, the form the Standard Webhooks libraries print.
_BASE64_PREFIX = "whsec_"


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A webhook whose signature matched.

    ``event_type`` is kept as sent, also when this SDK does not know it, so a
    new kind of event reaches the application instead of failing here.
    ``order`` is ``data`` read as an order when it holds an ``order_id``.
    """

    event_id: str
    event_type: str
    timestamp: datetime
    order: Order | None = field(hash=False)  # attrs models are unhashable
    data: dict[str, Any] = field(hash=False)


def sign_webhook(secret: str, msg_id: str, timestamp: int, body: bytes | str) -> str:
    """The ``webhook-signature`` header value for a webhook: ``v1,<base64>``."""
    digest = _digest(_decode_secret(secret), msg_id, str(timestamp), _as_bytes(body))
    return "v1," + base64.b64encode(digest).decode("ascii")


def verify_webhook(
    headers: Mapping[str, str],
    body: bytes | str,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a webhook's signature and timestamp, then read its JSON body.

    ``headers`` is any mapping of the request's headers (httpx.Headers or a
    framework's); names are matched without regard to case. ``body`` must be
    the raw body exactly as received: parsing and re-serialising JSON changes
    bytes, and the signature covers bytes. A secret starting with ``whsec_`` is
    base64 after the prefix, as in the Standard Webhooks libraries; any other is
    used as its UTF-8 bytes. Every failure raises :class:`SignatureError`.
    """
    key = _decode_secret(secret)
    msg_id = _header(headers, "webhook-id")
    stamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    sent_at = _check_timestamp(stamp, tolerance, time.time() if now is None else now)
    raw = _as_bytes(body)
    expected = _digest(key, msg_id, stamp, raw)
    if not _any_matches(expected, signatures):
        raise SignatureError(
            "the webhook signature does not match: a different secret, or the id, timestamp "
            "or body changed (the body must be the raw bytes as received)"
        )
    return _read_event(msg_id, sent_at, raw)


def _decode_secret(secret: str) -> bytes:
    if not secret:
        raise SignatureError("the webhook secret is empty")
    if not secret.startswith(_BASE64_PREFIX):
        return secret.encode("utf-8")
    try:
        key = base64.b64decode(secret.removeprefix(_BASE64_PREFIX), validate=True)
    except binascii.Error:
        raise SignatureError("the webhook secret is not base64 after 'whsec_'") from None
    if not key:
        raise SignatureError("the webhook secret is empty after 'whsec_'")
    return key


def _digest(key: bytes, msg_id: str, stamp: str, body: bytes) -> bytes:
    signed = b"%s.%s.%s" % (msg_id.encode("utf-8"), stamp.encode("utf-8"), body)
    return hmac.new(key, signed, hashlib.sha256).digest()


def _header(headers: Mapping[str, str], name: str) -> str:
    # httpx.Headers.items() folds a repeated header into "a, b", which would
    # corrupt a signature list; multi_items() gives each one as sent.
    multi_items = getattr(headers, "multi_items", None)
    items = multi_items() if callable(multi_items) else headers.items()
    values = [value for key, value in items if key.lower() == name]
    if not values:
        raise SignatureError(f"the webhook has no {name} header")
    if name == "webhook-signature":
        return " ".join(values)
    if len(set(values)) > 1:
        raise SignatureError(f"the webhook has conflicting {name} headers")
    return values[0]


def _check_timestamp(stamp: str, tolerance: int, now: float) -> datetime:
    # isdecimal() also admits other scripts' digits, which int() reads but the
    # sender's bytes would not match; ASCII digits only.
    if not (stamp.isascii() and stamp.isdecimal()):
        raise SignatureError("the webhook-timestamp header is not a Unix time in seconds")
    seconds = int(stamp)
    if seconds < now - tolerance:
        raise SignatureError(f"the webhook timestamp is more than {tolerance} s old")
    if seconds > now + tolerance:
        raise SignatureError(f"the webhook timestamp is more than {tolerance} s in the future")
    return datetime.fromtimestamp(seconds, UTC)


def _any_matches(expected: bytes, header: str) -> bool:
    # Compared as base64 text, as the Standard Webhooks libraries do: decoding
    # first would also accept the same digest spelled with other padding bits.
    wanted = base64.b64encode(expected)
    matched = False
    for entry in header.split():
        version, _, encoded = entry.partition(",")
        if version != "v1":
            continue  # other schemes (v1a: asymmetric) are not Plural's; a v1 may follow
        # No early exit: the time taken should not tell which entry matched.
        matched |= hmac.compare_digest(wanted, encoded.encode("utf-8"))
    return matched


def _read_event(msg_id: str, sent_at: datetime, body: bytes) -> WebhookEvent:
    try:
        payload = json.loads(body)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        raise SignatureError("the webhook body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise SignatureError("the webhook body is not a JSON object")
    event_type = payload.get("event_type")
    if not isinstance(event_type, str):
        raise SignatureError("the webhook body has no event_type")
    data = payload.get("data", {})
    if not isinstance(data, dict):
        raise SignatureError("the webhook's data is not a JSON object")
    return WebhookEvent(
        event_id=msg_id,
        event_type=event_type,
        timestamp=sent_at,
        order=_read_order(data),
        data=data,
    )


def _read_order(data: dict[str, Any]) -> Order | None:
    # Order, payment and refund events all carry an order (a refund is an order
    # of type REFUND); customer, token and subscription events do not.
    if "order_id" not in data:
        return None
    try:
        return Order.from_dict(data)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise SignatureError(f"the webhook's order does not parse ({type(exc).__name__})") from None


def _as_bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body
