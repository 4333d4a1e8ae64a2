"""Ids, tokens and timestamps in Plural's formats, from the sandbox's clock.

Every random part of what the sandbox answers is drawn here, from :mod:`secrets`: the
cassette recorder seeds this one module for cassettes that diff well."""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable, Container
from datetime import UTC, datetime

__all__ = [
    "digits",
    "hex_token",
    "iso_timestamp",
    "opaque_token",
    "order_id",
    "payment_id",
    "random_bytes",
    "unused",
]

_ALNUM = string.ascii_letters + string.digits


def iso_timestamp(seconds: float) -> str:
    """``2024-07-15T05:44:51.174Z``: UTC, milliseconds, ``Z``."""
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def order_id(seconds: float) -> str:
    """``v1-4405071524-aa-qlAtAf``.

    The ten digits of Plural's ids read as minute, hour, month, day and year of
    creation (the guide's order created 2024-07-15T05:44 is ``4405071524``).
    """
    moment = datetime.fromtimestamp(seconds, UTC)
    return f"v1-{moment:%M%H%m%d%y}-aa-{_random(_ALNUM, 6)}"


def payment_id(seconds: float) -> str:
    """``v1-5307071124-aa-dmkVNf-cc-c``: an order-style id and one more character."""
    return f"{order_id(seconds)}-cc-{_random(_ALNUM, 1)}"


def unused(make: Callable[[], str], taken: Container[str]) -> str:
    """A new id from ``make`` that ``taken`` does not hold: a random part may repeat."""
    while (candidate := make()) in taken:
        pass
    return candidate


def opaque_token(nbytes: int) -> str:
    """An opaque URL-safe token of ``nbytes`` random bytes."""
    return secrets.token_urlsafe(nbytes)


def hex_token(nbytes: int) -> str:
    """``nbytes`` random bytes in hex."""
    return secrets.token_hex(nbytes)


def random_bytes(nbytes: int) -> bytes:
    return secrets.token_bytes(nbytes)


def digits(count: int) -> str:
    """Random decimal digits, for acquirer references."""
    return _random(string.digits, count)


def _random(alphabet: str, count: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(count))
