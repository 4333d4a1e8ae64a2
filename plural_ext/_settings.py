"""What a client is configured with, handed to every plugin."""

from __future__ import annotations

import os
import platform
import ssl
import time
from collections.abc import Callable, Mapping

import attrs
import httpx

from ._spec import servers
from ._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = (
    f"plural-sdk/{__version__} (Python {platform.python_version()}; httpx {httpx.__version__})"
)
"""What every request says it comes from (the token request too), for Plural's support."""


def environments() -> dict[str, str]:
    """Base URL of each environment, by lower-case name: the spec's ``servers``."""
    return servers()


def ssl_verify(verify: object) -> ssl.SSLContext | bool:
    """``Settings.verify`` from what a caller gives: a CA file is read now, so that a
    wrong path fails at construction, not at the first call."""
    if isinstance(verify, (bool, ssl.SSLContext)):
        return verify
    if not isinstance(verify, (str, os.PathLike)):
        kind = type(verify).__name__
        raise TypeError(f"verify must be a bool, a CA file's path or an ssl.SSLContext, not {kind}")
    path = os.fspath(verify)
    try:
        return ssl.create_default_context(cafile=path)
    except OSError as error:  # ssl.SSLError too: a file that holds no PEM certificate
        reason = error.strerror or str(error)
        raise ValueError(f"verify: {path!r} is not a readable PEM file of CAs ({reason})") from None


@attrs.frozen(kw_only=True)
class Settings:
    """A client's configuration. ``client_secret`` never appears in its repr."""

    base_url: str
    client_id: str | None = None
    client_secret: str | None = attrs.field(default=None, repr=False)
    callback_secret_key: str | None = attrs.field(default=None, repr=False)
    """The hex key Plural signs callbacks with (``PLURAL_SECRET_KEY``), for verify_callback."""
    webhook_secret: str | None = attrs.field(default=None, repr=False)
    """The secret Plural signs webhooks with (``PLURAL_WEBHOOK_SECRET``), for verify_webhook."""
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    max_attempts: int = 4
    """Attempts in all for one request, the first included."""
    backoff: float = 0.5
    """Seconds before the first retry; doubled for each further one, with jitter."""
    max_retry_after: float = 30.0
    """The longest Retry-After honoured; a longer one ends the retries."""
    deadline: float | None = 60.0
    """Seconds a whole call may take, its token request and retries included (None: no
    deadline); its end is a TransportError. Each read is bounded by ``timeout`` too."""
    max_response_bytes: int = 16 * 1024 * 1024
    """The largest answer read (decoded); a larger one is an InvalidResponseError. Plural's
    largest, a challan PDF or a settlement page, is far below."""
    clock: Callable[[], float] = time.time
    """Wall clock in seconds, for token expiry; tests move it."""
    verify: ssl.SSLContext | bool = attrs.field(default=True, converter=ssl_verify)
    """Which servers' certificates are trusted: True, the public CAs (certifi's, as httpx);
    a path to a PEM file of CAs (``plural sandbox --tls``'s CA, a company's proxy) turned
    into an ``ssl.SSLContext`` that trusts those only; or an ``ssl.SSLContext`` as given.
    Host names and certificates are checked either way; False turns checking off, which
    no real Plural host needs."""

    @classmethod
    def build(
        cls,
        client_id: str | None,
        client_secret: str | None,
        *,
        environment: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        **options: object,
    ) -> Settings:
        if base_url is None:
            known = environments()
            name = (environment or "uat").lower()
            if name not in known:
                raise ValueError(f"environment must be one of {sorted(known)}, not {name!r}")
            base_url = known[name]
        if timeout is None:
            # No request may wait forever on a payment gateway.
            timeout = DEFAULT_TIMEOUT
        elif not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        return cls(
            base_url=host_url(base_url),
            client_id=client_id,
            client_secret=client_secret,
            timeout=timeout,
            **options,  # type: ignore[arg-type]
        )


def host_url(base_url: str) -> str:
    """The base URL that the spec's paths follow: Plural's host, without a final ``/api``.

    The spec's paths are written as sent (``/api/pay/v1/orders``, ``/payouts/v3/payments``),
    because payouts and pay by points live outside ``/api``. Plural's own documents give
    URLs with ``/api`` at the end, and so did this SDK's first release: such a base URL is
    taken as its host rather than sending ``/api/api/...``.
    """
    url = base_url.rstrip("/")
    return url.removesuffix("/api")


def from_environ(environ: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Client arguments from ``PLURAL_CLIENT_ID``, ``PLURAL_CLIENT_SECRET``, ``PLURAL_ENV``,
    ``PLURAL_BASE_URL``, ``PLURAL_SECRET_KEY`` and ``PLURAL_WEBHOOK_SECRET``."""
    env = os.environ if environ is None else environ
    return {
        "client_id": env.get("PLURAL_CLIENT_ID"),
        "client_secret": env.get("PLURAL_CLIENT_SECRET"),
        "environment": env.get("PLURAL_ENV"),
        "base_url": env.get("PLURAL_BASE_URL"),
        "callback_secret_key": env.get("PLURAL_SECRET_KEY"),
        "webhook_secret": env.get("PLURAL_WEBHOOK_SECRET"),
    }
