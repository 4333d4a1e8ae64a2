"""The sandbox's settings: test credentials, secrets, token lifetime, webhooks, clock, state file."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "DEFAULT_CALLBACK_SECRET_KEY",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_MERCHANT_ID",
    "DEFAULT_MERCHANT_NAME",
    "DEFAULT_WEBHOOK_SECRET",
    "SandboxConfig",
]

# Test credentials, published on purpose: the sandbox guards nothing of value.
DEFAULT_CLIENT_ID = "sandbox-client-id"
DEFAULT_CLIENT_SECRET = "sandbox-client-secret"  # noqa: S105
# Hex, as Plural hands out callback secret keys; it spells "sandbox-callback-secret".
DEFAULT_CALLBACK_SECRET_KEY = "73616e64626f782d63616c6c6261636b2d736563726574"  # noqa: S105
DEFAULT_WEBHOOK_SECRET = "sandbox-webhook-secret"  # noqa: S105
DEFAULT_MERCHANT_ID = "104359"
DEFAULT_MERCHANT_NAME = "Plural Sandbox Merchant"


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """How a :class:`~plural_ext.sandbox.Sandbox` behaves.

    ``now`` is the sandbox's only clock (token expiry, timestamps, ids and
    webhook timestamps): tests pass their own to move time without sleeping.
    ``merchant_name`` is the payee name (``pn``) of UPI intent links.
    ``webhook_url`` unset means no webhooks are sent. A failed webhook is tried
    ``webhook_attempts`` times in all, waiting ``webhook_backoff`` seconds,
    then twice that, between attempts.

    Where Plural's documents offer two readings, the default is the one Plural
    sends, the other an option: ``callback_method`` "POST" returns the customer
    to the merchant with an auto-submitting form of the callback fields (as
    Plural's plugins receive them), "GET" with a 303 and the fields in the
    query; ``token_expiry`` "expires_at" (the API reference: ISO-8601 UTC,
    milliseconds, ``Z``) or "expires_in" (the guide: seconds). With
    ``strict_headers`` a missing or ill-formed ``Request-ID`` or
    ``Request-Timestamp`` is refused (400) instead of logged.

    ``state_file`` None (the default) keeps the state in memory only; a path keeps it
    in that SQLite file too (created 0600 if missing), so that a sandbox started again
    on it has the same orders, tokens, links, customers and pending webhooks
    (``_state``). Times in the file are the ``now`` clock's: restart on the same clock.
    """

    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str = DEFAULT_CLIENT_SECRET
    token_ttl: int = 3600
    callback_secret_key: str = DEFAULT_CALLBACK_SECRET_KEY
    merchant_id: str = DEFAULT_MERCHANT_ID
    merchant_name: str = DEFAULT_MERCHANT_NAME
    webhook_url: str | None = None
    webhook_secret: str = DEFAULT_WEBHOOK_SECRET
    webhook_attempts: int = 3
    webhook_backoff: float = 0.5
    webhook_timeout: float = 5.0
    now: Callable[[], float] = time.time
    callback_method: Literal["POST", "GET"] = "POST"
    token_expiry: Literal["expires_at", "expires_in"] = "expires_at"  # noqa: S105
    strict_headers: bool = False
    state_file: str | os.PathLike[str] | None = None

    def __post_init__(self) -> None:
        if self.callback_method not in ("POST", "GET"):
            raise ValueError("callback_method must be 'POST' or 'GET'")
        if self.token_expiry not in ("expires_at", "expires_in"):
            raise ValueError("token_expiry must be 'expires_at' or 'expires_in'")
        if self.token_ttl <= 0:
            raise ValueError("token_ttl must be positive")
        if self.webhook_attempts < 1:
            raise ValueError("webhook_attempts must be at least 1")
        if self.webhook_backoff < 0 or self.webhook_timeout <= 0:
            raise ValueError("webhook_backoff must be >= 0 and webhook_timeout > 0")
        try:
            bytes.fromhex(self.callback_secret_key)
        except ValueError:
            raise ValueError("callback_secret_key must be hex") from None
