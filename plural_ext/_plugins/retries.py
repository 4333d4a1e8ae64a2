"""Built-in plugin ``retries``: connection errors, timeouts, 429 and 5xx, with backoff.

Retrying a POST is safe with Plural because the ``merchant_*_reference`` fields are its
idempotency keys, and a retry sends the very same body: a retried create_order finds
the order the first attempt made instead of making a second one.
"""

from __future__ import annotations

import email.utils
import random
import ssl
import time

import httpx

from .._hookspecs import hookimpl
from .._settings import Settings

RETRY_STATUSES = frozenset({408, 425, 429})
RETRY_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
MAX_BACKOFF = 8.0


@hookimpl(trylast=True)
def plural_retry_delay(
    response: httpx.Response | None, error: Exception | None, attempt: int, settings: Settings
) -> float | None:
    if attempt >= settings.max_attempts:
        return None
    if response is not None:
        if response.status_code not in RETRY_STATUSES and response.status_code < 500:
            return None
        wait = retry_after(response)
        if wait is not None:
            # A server that asks for longer than we are willing to wait gets its error now.
            return wait if wait <= settings.max_retry_after else None
    elif not isinstance(error, RETRY_ERRORS) or _certificate_refused(error):
        return None
    # Exponential backoff with jitter, so that many clients do not retry in step.
    backoff: float = min(settings.backoff * 2 ** (attempt - 1), MAX_BACKOFF)
    return backoff * random.uniform(0.5, 1.0)  # noqa: S311


def _certificate_refused(error: BaseException) -> bool:
    """A server certificate this client does not trust: no retry can change that."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def retry_after(response: httpx.Response) -> float | None:
    """Seconds asked for by a Retry-After header (delta seconds or an HTTP date)."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
