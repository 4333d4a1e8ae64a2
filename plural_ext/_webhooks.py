"""Webhook signatures: Plural signs its webhooks by the Standard Webhooks scheme.

Three headers travel with each webhook: ``webhook-id``, ``webhook-timestamp``
(Unix seconds) and ``webhook-signature``, one or more space-separated
``v1,<base64 HMAC-SHA256>`` over ``{id}.{timestamp}.{raw body}``. Several
signatures mean the secret is being rotated: any one that matches will do.
See https://www.standardwebhooks.com/ (its specification and reference libraries).

Authenticity and shape are two questions with two answers. A webhook whose
signature, headers or timestamp do not hold up is a :class:`SignatureError`:
not from Plural, refuse it. A webhook from Plural whose body is not an event
this SDK reads is a :class:`WebhookPayloadError`, which carries the verified
raw body: from Plural, store it and acknowledge it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from plural_ext._exceptions import PluralError, SignatureError

if TYPE_CHECKING:
    from plural_client.models import Order

__all__ = ["WebhookEvent", "WebhookPayloadError", "sign_webhook", "verify_webhook"]

DEFAULT_TOLERANCE = 300
"""Seconds a webhook's timestamp may be off from now: replays of older ones are refused."""

# Marks a secret given as base64, the form the Standard Webhooks libraries print.
_BASE64_PREFIX = "whsec_"

# Unix seconds in ASCII digits, at most 11 of them (until the year 5138): the bound
# keeps int() off hostile 5000-digit strings and the result inside datetime's range.
_TIMESTAMP = re.compile(r"[0-9]{1,11}")
_MAX_TIMESTAMP = 10**11 - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_HEADERS_HELP = "a mapping of header names to values (httpx.Headers, a framework's headers, a dict)"
_BODY_HELP = "the raw body as received, bytes (or text)"


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A webhook whose signature matched and whose body is a Plural event.

    ``event_type`` is kept as sent, also when this SDK does not know it, so a
    new kind of event reaches the application instead of failing here.
    ``order`` is ``data`` read as an order when it holds an ``order_id``, and
    ``None`` for events about something else (a customer, a token).
    """

    event_id: str
    event_type: str
    timestamp: datetime
    order: Order | None = field(hash=False)  # attrs models are unhashable
    data: dict[str, Any] = field(hash=False)


class WebhookPayloadError(PluralError):
    """A webhook from Plural (its signature matched) whose body is not an event this SDK reads.

    Not a :class:`SignatureError`: the sender is authentic, only the shape is
    unknown (not JSON, not an object, no ``event_type``, ``data`` not an object,
    an order that does not parse). ``body`` is the raw body as received,
    ``event_id`` the ``webhook-id`` (the same on Plural's retries) and
    ``timestamp`` when it was sent. Store the body and acknowledge with a 2xx:
    an error status makes Plural send the same body again. The message never
    quotes the body.
    """

    def __init__(self, reason: str, event_id: str, timestamp: datetime, body: bytes) -> None:
        super().__init__(f"{reason} (the signature matched: the webhook is from Plural)")
        self.reason = reason
        self.event_id = event_id
        self.timestamp = timestamp
        self.body = body


def sign_webhook(secret: str, msg_id: str, timestamp: int, body: bytes | str) -> str:
    """The ``webhook-signature`` header value for a webhook: ``v1,<base64>``.

    ``timestamp`` is Unix seconds, 0 to 99999999999. Raises :class:`SignatureError`
    for a secret, id, timestamp or body that :func:`verify_webhook` would refuse.
    """
    key = _decode_secret(secret)
    if isinstance(timestamp, bool) or not isinstance(timestamp, int):
        raise SignatureError("the webhook timestamp must be an int of Unix seconds")
    if not 0 <= timestamp <= _MAX_TIMESTAMP:
        raise SignatureError(f"the webhook timestamp must be from 0 to {_MAX_TIMESTAMP}")
    signed = _signed_message(_text(msg_id, "the webhook id"), str(timestamp), _body_bytes(body))
    return "v1," + base64.b64encode(_digest(key, signed)).decode("ascii")


def verify_webhook(
    headers: Mapping[str, str],
    body: bytes | str,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a webhook's signature and timestamp, then read its JSON body.

    ``headers`` is any mapping of the request's headers (httpx.Headers or a
    framework's); names are matched without regard to case. ``body`` must be
    the raw body exactly as received: parsing and re-serialising JSON changes
    bytes, and the signature covers bytes. A secret starting with ``whsec_`` is
    base64 after the prefix, as in the Standard Webhooks libraries; any other is
    used as its UTF-8 bytes.

    Raises :class:`SignatureError` when the webhook cannot be shown to be
    Plural's: a missing, malformed or non-matching signature or header, a
    timestamp more than ``tolerance`` seconds from ``now``, and also any unusable
    argument (headers that are not a mapping of text, a body that is not bytes or
    text, an empty or malformed secret, a ``now`` or ``tolerance`` that is not a
    finite number). Answer it with a 4xx.

    Raises :class:`WebhookPayloadError` (not a ``SignatureError``) when the
    signature matched but the body is not a Plural event; it carries the raw
    body and the id. Store it and answer 2xx.
    """
    key = _decode_secret(secret)
    raw = _body_bytes(body)
    msg_id, stamp, signatures = _webhook_headers(headers)
    checked_at = time.time() if now is None else _finite(now, "now")
    sent_at = _check_timestamp(stamp, _tolerance(tolerance), checked_at)
    expected = _digest(key, _signed_message(msg_id, stamp, raw))
    if not _any_matches(expected, signatures):
        raise SignatureError(
            "the webhook signature does not match: a different secret, or the id, timestamp "
            "or body changed (the body must be the raw bytes as received)"
        )
    event = _read_event(msg_id, sent_at, raw)
    if isinstance(event, str):
        raise WebhookPayloadError(event, msg_id, sent_at, raw)
    return event


def parse_timestamp(stamp: str) -> int:
    """A ``webhook-timestamp`` value as Unix seconds; :class:`SignatureError` when it is not one."""
    if not _TIMESTAMP.fullmatch(stamp):
        raise SignatureError(
            "the webhook-timestamp header is not a Unix time in seconds (1 to 11 ASCII digits)"
        )
    return int(stamp)


def _decode_secret(secret: object) -> bytes:
    if not isinstance(secret, str):
        raise SignatureError("the webhook secret must be text (str)")
    if not secret:
        raise SignatureError("the webhook secret is empty")
    if not secret.startswith(_BASE64_PREFIX):
        return _utf8(secret, "the webhook secret")
    key = _base64(secret.removeprefix(_BASE64_PREFIX))
    if not key:
        raise SignatureError("the webhook secret is not base64 after 'whsec_', or is empty")
    return key


def _base64(text: str) -> bytes | None:
    # Padding may be left off, as the Standard Webhooks libraries allow; every
    # other character must be base64.
    if not text.isascii():
        return None
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return None


def _utf8(text: str, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    # Raised out here, not in the handler: the UnicodeEncodeError holds the whole
    # text (a secret, maybe) and would ride along as __context__.
    raise SignatureError(f"{what} holds a lone surrogate (U+D800..U+DFFF), which is not text")


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise SignatureError(f"{what} must be text (str)")
    return value


def _body_bytes(body: object) -> bytes:
    if isinstance(body, str):
        return _utf8(body, "the webhook body")
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise SignatureError(f"the webhook body must be {_BODY_HELP}, not {type(body).__name__}")


def _finite(value: object, name: str) -> float:
    # NaN compares false with everything: a NaN `now` would pass any timestamp.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SignatureError(f"{name} must be a number of seconds")
    if isinstance(value, float) and not math.isfinite(value):
        raise SignatureError(f"{name} must be a finite number of seconds")
    return value


def _tolerance(value: object) -> float:
    tolerance = _finite(value, "tolerance")
    if tolerance < 0:
        raise SignatureError("tolerance must not be negative")
    return tolerance


def _signed_message(msg_id: str, stamp: str, body: bytes) -> bytes:
    return b"%s.%s.%s" % (_utf8(msg_id, "the webhook id"), stamp.encode("ascii"), body)


def _digest(key: bytes, signed: bytes) -> bytes:
    return hmac.new(key, signed, hashlib.sha256).digest()


def _webhook_headers(headers: object) -> tuple[str, str, str]:
    """The id, timestamp and signatures, each as sent."""
    # httpx.Headers.items() folds a repeated header into "a, b", which would
    # corrupt a signature list; multi_items() gives each one as sent.
    items = getattr(headers, "multi_items", None) or getattr(headers, "items", None)
    if not callable(items):
        raise SignatureError(f"the webhook headers must be {_HEADERS_HELP}")
    found: dict[str, list[str]] = {
        "webhook-id": [],
        "webhook-timestamp": [],
        "webhook-signature": [],
    }
    for name, value in items():
        if not (isinstance(name, str) and isinstance(value, str)):
            raise SignatureError(f"the webhook headers must be text, as in {_HEADERS_HELP}")
        if name.lower() in found:
            found[name.lower()].append(value)
    return (
        _one(found, "webhook-id"),
        _one(found, "webhook-timestamp"),
        " ".join(_all(found, "webhook-signature")),
    )


def _all(found: dict[str, list[str]], name: str) -> list[str]:
    if not found[name]:
        raise SignatureError(f"the webhook has no {name} header")
    return found[name]


def _one(found: dict[str, list[str]], name: str) -> str:
    values = _all(found, name)
    if len(set(values)) > 1:
        raise SignatureError(f"the webhook has conflicting {name} headers")
    return values[0]


def _check_timestamp(stamp: str, tolerance: float, now: float) -> datetime:
    seconds = parse_timestamp(stamp)
    # now - seconds, not now - tolerance: a huge int tolerance would overflow a float.
    age = now - seconds
    if age > tolerance:
        raise SignatureError(f"the webhook timestamp is more than {tolerance} s old")
    if -age > tolerance:
        raise SignatureError(f"the webhook timestamp is more than {tolerance} s in the future")
    return _EPOCH + timedelta(seconds=seconds)


def _any_matches(expected: bytes, header: str) -> bool:
    # Compared as base64 text, as the Standard Webhooks libraries do: decoding
    # first would also accept the same digest spelled with other padding bits.
    wanted = base64.b64encode(expected)
    matched = False
    for entry in header.split():
        version, _, encoded = entry.partition(",")
        if version != "v1" or not encoded.isascii():
            continue  # other schemes (v1a: asymmetric) are not Plural's; a v1 may follow
        # No early exit: the time taken should not tell which entry matched.
        matched |= hmac.compare_digest(wanted, encoded.encode("ascii"))
    return matched


_NOT_JSON = object()


def _read_event(msg_id: str, sent_at: datetime, body: bytes) -> WebhookEvent | str:
    """The event in a verified body, or why the body is not one."""
    payload = _json(body)
    if payload is _NOT_JSON:
        return "the webhook body is not valid JSON"
    if not isinstance(payload, dict):
        return "the webhook body is not a JSON object"
    event_type = payload.get("event_type")
    if not isinstance(event_type, str):
        return "the webhook body has no event_type"
    data = payload.get("data", {})
    if not isinstance(data, dict):
        return "the webhook's data is not a JSON object"
    order = _read_order(data)
    if isinstance(order, str):
        return order
    return WebhookEvent(
        event_id=msg_id, event_type=event_type, timestamp=sent_at, order=order, data=data
    )


def _json(body: bytes) -> object:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep
        return _NOT_JSON


def _read_order(data: dict[str, Any]) -> Order | str | None:
    # Order, payment and refund events all carry an order (a refund is an order
    # of type REFUND); customer, token and subscription events do not.
    if "order_id" not in data:
        return None
    from plural_client.models import Order  # and its 36 models: loaded by the first webhook

    try:
        return Order.from_dict(data)
    except (PluralError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        problem = type(exc).__name__
    return f"the webhook's order does not parse ({problem})"
