"""Hook specifications of the ``plural`` plugin system.

A plugin is any object (or module) with functions marked ``@plural_ext.hookimpl`` whose
names are the hooks below. pluggy passes each implementation only the arguments it
names, so a plugin may accept a subset of them. Plugins are registered by
:class:`plural_ext.Plural` / :class:`plural_ext.AsyncPlural`: the built-in ones by name,
those of installed distributions from the ``plural_ext`` entry-point group, and those
passed as ``plugins=[...]``.

Observer hooks (``plural_after_response``, ``plural_on_error``) are called one
implementation at a time: one that raises is logged on the ``plural`` logger and the
call goes on. The other hooks take part in the call, so what they raise propagates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx
import pluggy

if TYPE_CHECKING:
    from ._settings import Settings
    from ._signatures import CallbackResult

PROJECT = "plural"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def plural_before_request(request: httpx.Request, attempt: int, settings: Settings) -> None:
    """Change an outgoing request before it is sent.

    :param request: the request about to go out; change ``request.headers`` in place.
        The body is already encoded and must not be changed: a retried POST has to
        carry the very body of the first attempt.
    :param attempt: 1 for the first attempt, 2 for the first retry, and so on.
    :param settings: the client's settings.

    Called before every attempt of every request, token requests included, after the
    request passed the spec's validation. The built-in ``headers`` plugin sets
    ``Request-ID`` and ``Request-Timestamp`` here.
    """


@hookspec
def plural_after_response(
    request: httpx.Request, response: httpx.Response, attempt: int, elapsed_ms: float
) -> None:
    """Observe a response, whatever its status.

    :param request: the request that was sent.
    :param response: the response, its body already read.
    :param attempt: which attempt this was (1 for the first).
    :param elapsed_ms: milliseconds from sending to the whole body read.

    Called after every attempt that got an HTTP response, before a retry is decided
    on. The built-in ``logging`` plugin writes its line here. Return value ignored.
    """


@hookspec
def plural_on_error(request: httpx.Request, error: Exception, attempt: int) -> None:
    """Observe a failure: a transport error, or an error response about to be raised.

    :param request: the request that failed.
    :param error: an ``httpx.TransportError`` (connection reset, timeout) for an attempt
        that got no response, or the :class:`plural_ext.APIError` about to be raised
        for a final error response.
    :param attempt: which attempt failed (1 for the first) for a transport error;
        0 for the error response raised once the attempts are over.

    Return value ignored.
    """


@hookspec(firstresult=True)
def plural_retry_delay(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    settings: Settings,
) -> float | None:
    """Decide whether to send a request again, and after how long.

    :param request: the request that was sent.
    :param response: the response of this attempt, or None when it got none.
    :param error: the transport error of this attempt, or None when it got a response.
    :param attempt: which attempt this was (1 for the first).
    :param settings: the client's settings (``max_attempts``, ``backoff``, ``max_retry_after``).
    :return: seconds to wait before the next attempt, or None to stop here.

    Called after every attempt but one answered with a 2xx, which is never sent again
    (that check costs nothing; a hook call on every call would). The first non-None
    result wins; with none (the
    ``retries`` plugin blocked, say) nothing is retried. The request is sent again as
    it is, body unchanged.
    """


@hookspec(firstresult=True)
def plural_token_auth(settings: Settings) -> httpx.Auth | None:
    """Provide the authentication of API calls: the source of access tokens.

    :param settings: the client's settings (credentials, base URL, clock).
    :return: an ``httpx.Auth`` that adds ``Authorization: Bearer <token>``.

    Called once when a client is built. The first non-None result wins. The built-in
    ``token_auth`` plugin returns :class:`plural_ext.ClientCredentialsAuth`, which
    fetches, caches and refreshes tokens; a plugin can return that same class with its
    own ``token_cache`` (a token shared by many processes), or any other ``httpx.Auth``.
    """


@hookspec(firstresult=True)
def plural_verify_callback(params: Mapping[str, str], secret_key: str) -> CallbackResult | None:
    """Verify the signed fields that Plural sends to the merchant's callback URL.

    :param params: the callback's fields, ``signature`` included.
    :param secret_key: the merchant's secret key, as issued (hex).
    :return: the verified result, or None to let another plugin try.
    :raises plural_ext.SignatureError: to refuse the callback.

    Called by :meth:`plural_ext.Plural.verify_callback`. The built-in
    ``callback_signature`` plugin implements Plural's HMAC-SHA256 scheme; a plugin
    registered ``tryfirst`` can recognise another scheme first.
    """
