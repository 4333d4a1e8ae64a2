"""Access tokens: issued for the test credentials, refused once expired.

The token response tells the token's lifetime as Plural's API reference does,
``expires_at`` (ISO-8601 UTC with milliseconds and ``Z``, by the sandbox's clock), or
as its integration guide does, ``expires_in`` (seconds): ``SandboxConfig.token_expiry``.

The store keeps a digest of each token (``_state.digest``), not the token: a state file
then holds what checks a token, and nothing that could be sent as one.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, json_response
from plural_ext.sandbox._ids import iso_timestamp, opaque_token
from plural_ext.sandbox._state import Journal, Kind, Record, digest

__all__ = ["Auth", "TokenStore"]

_ACCESS_TOKEN = "access_token"  # noqa: S105  (a kind of record in the state file)


class TokenStore:
    """Issues opaque bearer tokens and checks them against the sandbox's clock.

    Not locked by itself: the sandbox calls it under its own lock.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        ttl: int,
        now: Callable[[], float],
        expiry: str = "expires_at",
        journal: Journal | None = None,
    ) -> None:
        if expiry not in ("expires_at", "expires_in"):
            raise ValueError("expiry must be 'expires_at' or 'expires_in'")
        self._client_id = client_id
        self._client_secret = client_secret
        self._ttl = ttl
        self._now = now
        self._expiry_field = expiry
        self._journal = journal or Journal()
        # The digest of each live token, to when it expires.
        self._expiry: dict[str, float] = {}
        self.kinds = (Kind(_ACCESS_TOKEN, self._dump, self._load),)

    def issue(self, client_id: str, client_secret: str) -> dict[str, object]:
        """The token response, or 401 INVALID_CLIENT for other credentials."""
        # Both compared, always, so the time taken does not tell which one was wrong.
        id_ok = hmac.compare_digest(client_id.encode(), self._client_id.encode())
        secret_ok = hmac.compare_digest(client_secret.encode(), self._client_secret.encode())
        if not (id_ok and secret_ok):
            raise SandboxError(401, "INVALID_CLIENT", "client_id or client_secret is wrong")
        now = self._now()
        # Dropping expired tokens here keeps a long-running sandbox from growing without end.
        for expired in [key for key, at in self._expiry.items() if at <= now]:
            del self._expiry[expired]
            self._journal.changed(_ACCESS_TOKEN, expired)
        token = opaque_token(32)
        expires_at = now + self._ttl
        self._expiry[digest(token)] = expires_at
        self._journal.changed(_ACCESS_TOKEN, digest(token))
        if self._expiry_field == "expires_in":
            return {"access_token": token, "expires_in": self._ttl}
        return {"access_token": token, "expires_at": iso_timestamp(expires_at)}

    def check(self, authorization: str | None) -> None:
        """Accept ``Bearer <live token>``; anything else is 401 UNAUTHORIZED."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _unauthorized("the Authorization header must be 'Bearer <access_token>'")
        expires_at = self._expiry.get(digest(token.strip()))
        if expires_at is None:
            raise _unauthorized("the access token is not one this sandbox issued")
        if expires_at <= self._now():
            raise _unauthorized("the access token has expired; generate a new one")

    def _dump(self, key: str) -> Record | None:
        expires_at = self._expiry.get(key)
        return None if expires_at is None else {"expires_at": expires_at}

    def _load(self, records: list[tuple[str, Any]]) -> None:
        # Expired ones too: the next token issued drops them, from the file as well.
        self._expiry.update((key, float(data["expires_at"])) for key, data in records)


def _unauthorized(message: str) -> SandboxError:
    return SandboxError(401, "UNAUTHORIZED", message, headers={"WWW-Authenticate": "Bearer"})


class Auth:
    """``generate_token``; the sandbox checks every other call's token with the same store."""

    def __init__(self, tokens: TokenStore) -> None:
        self.routes: Mapping[str, Route] = {"generate_token": self._generate_token}
        self.pages: Mapping[str, Page] = {}
        self.kinds = tokens.kinds
        self._tokens = tokens

    def _generate_token(self, call: Call) -> httpx.Response:
        return json_response(
            200, self._tokens.issue(call.body["client_id"], call.body["client_secret"])
        )
