"""The auth operations, as functions (one module each) and as a resource of ``Plural``
(``plural.auth``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.grant_type import GrantType, GrantTypeValue
    from ...models.token_request import TokenRequest
    from ...models.token_response import TokenResponse
    from . import generate_token as _generate_token
else:
    _generate_token = _types.Deferred(globals(), "_generate_token", ".generate_token")
    TokenRequest = _types.Deferred(
        globals(), "TokenRequest", "...models.token_request", "TokenRequest"
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("generate_token",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Auth:
    """``plural.auth``: the auth operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate_token(
        self,
        *,
        client_id: str,
        client_secret: str,
        grant_type: "GrantTypeValue | GrantType",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "TokenResponse":
        """Generate an access token: ``generate_token``.

        The body's fields are keyword arguments (``TokenRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = TokenRequest.from_dict(
            _types.given(
                {
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "grant_type": grant_type,
                }
            )
        )

        return _generate_token.unwrap(
            _generate_token.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncAuth:
    """``plural.auth`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate_token(
        self,
        *,
        client_id: str,
        client_secret: str,
        grant_type: "GrantTypeValue | GrantType",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "TokenResponse":
        """Generate an access token: ``generate_token``.

        The body's fields are keyword arguments (``TokenRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = TokenRequest.from_dict(
            _types.given(
                {
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "grant_type": grant_type,
                }
            )
        )

        return _generate_token.unwrap(
            await _generate_token.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AuthWithRawResponse:
    """``plural.with_raw_response.auth``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, auth: Auth) -> None:
        self.generate_token = _types.with_response(auth.generate_token)


class AsyncAuthWithRawResponse:
    """``with_raw_response.auth`` of ``AsyncPlural``."""

    def __init__(self, auth: AsyncAuth) -> None:
        self.generate_token = _types.with_response_async(auth.generate_token)
