"""Plural (Pine Labs Online) v3 for Python: the generated typed client, made ready for payments.

``Plural`` / ``AsyncPlural`` add token auth, Request-ID/Request-Timestamp headers,
validation against the spec's rules, logging with secrets redacted, retries and typed
errors to the generated client; plugins extend them through the hooks of
:mod:`plural_ext._hookspecs`, marked with :data:`hookimpl`.
"""

import logging

from ._client import AsyncPlural, Plural
from ._exceptions import (
    APIError,
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    PluralError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    SignatureError,
    TransportError,
)
from ._hookspecs import hookimpl, hookspec
from ._outcomes import ReferenceReusedError
from ._plugins.token_auth import ClientCredentialsAuth, MemoryTokenCache, TokenCache
from ._settings import Settings
from ._signatures import CallbackResult, callback_signature, verify_callback
from ._version import __version__
from ._webhooks import WebhookEvent, WebhookPayloadError, sign_webhook, verify_webhook

# A library prints nothing unless the application configures logging: without a handler of
# its own, the "plural" logger's records would reach Python's last-resort stderr handler.
logging.getLogger("plural").addHandler(logging.NullHandler())

__all__ = [
    "APIError",
    "AsyncPlural",
    "AuthenticationError",
    "CallbackResult",
    "ClientCredentialsAuth",
    "InvalidRequestError",
    "InvalidResponseError",
    "MemoryTokenCache",
    "NotFoundError",
    "Plural",
    "PluralError",
    "RateLimitError",
    "ReferenceReusedError",
    "RequestValidationError",
    "ServerError",
    "Settings",
    "SignatureError",
    "TokenCache",
    "TransportError",
    "WebhookEvent",
    "WebhookPayloadError",
    "__version__",
    "callback_signature",
    "hookimpl",
    "hookspec",
    "sign_webhook",
    "verify_callback",
    "verify_webhook",
]
