"""The tokenization operations, as functions (one module each) and as a resource of ``Plural``
(``plural.tokenization``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.card_token import CardToken
from ...models.cryptogram import Cryptogram
from ...models.customer_token import CustomerToken
from ...models.customer_tokens import CustomerTokens
from ...models.delete_customer_token_request import DeleteCustomerTokenRequest
from ...models.deleted_token import DeletedToken
from ...models.error import Error
from ...models.generate_card_token_request import GenerateCardTokenRequest
from ...models.generate_cryptogram_request import GenerateCryptogramRequest
from ...models.service_provider_token_lookup import ServiceProviderTokenLookup
from ...types import UNSET, Unset
from . import delete_customer_token as _delete_customer_token
from . import delete_token as _delete_token
from . import generate_card_token as _generate_card_token
from . import generate_cryptogram as _generate_cryptogram
from . import get_customer_token as _get_customer_token
from . import get_service_provider_token as _get_service_provider_token
from . import list_customer_tokens as _list_customer_tokens


class Tokenization:
    """``plural.tokenization``: the tokenization operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate_card_token(
        self,
        *,
        body: GenerateCardTokenRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CardToken:
        """Generate a network token for a customer's card: ``generate_card_token``."""
        return _generate_card_token.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def generate_cryptogram(
        self,
        token_id: str,
        *,
        body: GenerateCryptogramRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cryptogram:
        """Generate a cryptogram for a token payment: ``generate_cryptogram``."""
        return _generate_cryptogram.call(
            token_id=token_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get_service_provider_token(
        self,
        identifier: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> ServiceProviderTokenLookup:
        """Get service provider tokens by customer id or token id: ``get_service_provider_token``."""
        return _get_service_provider_token.call(
            identifier=identifier,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def delete_token(
        self,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> DeletedToken:
        """Delete a service provider token: ``delete_token``."""
        return _delete_token.call(
            token_id=token_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def list_customer_tokens(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerTokens:
        """List a customer's tokens: ``list_customer_tokens``."""
        return _list_customer_tokens.call(
            customer_id=customer_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def get_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerToken:
        """Get one of a customer's tokens: ``get_customer_token``."""
        return _get_customer_token.call(
            customer_id=customer_id,
            token_id=token_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def delete_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        body: DeleteCustomerTokenRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedToken:
        """Delete one of a customer's tokens: ``delete_customer_token``."""
        return _delete_customer_token.call(
            customer_id=customer_id,
            token_id=token_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncTokenization:
    """``plural.tokenization`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate_card_token(
        self,
        *,
        body: GenerateCardTokenRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CardToken:
        """Generate a network token for a customer's card: ``generate_card_token``."""
        return await _generate_card_token.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def generate_cryptogram(
        self,
        token_id: str,
        *,
        body: GenerateCryptogramRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Cryptogram:
        """Generate a cryptogram for a token payment: ``generate_cryptogram``."""
        return await _generate_cryptogram.acall(
            token_id=token_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get_service_provider_token(
        self,
        identifier: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> ServiceProviderTokenLookup:
        """Get service provider tokens by customer id or token id: ``get_service_provider_token``."""
        return await _get_service_provider_token.acall(
            identifier=identifier,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def delete_token(
        self,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> DeletedToken:
        """Delete a service provider token: ``delete_token``."""
        return await _delete_token.acall(
            token_id=token_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def list_customer_tokens(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerTokens:
        """List a customer's tokens: ``list_customer_tokens``."""
        return await _list_customer_tokens.acall(
            customer_id=customer_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def get_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerToken:
        """Get one of a customer's tokens: ``get_customer_token``."""
        return await _get_customer_token.acall(
            customer_id=customer_id,
            token_id=token_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def delete_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        body: DeleteCustomerTokenRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DeletedToken:
        """Delete one of a customer's tokens: ``delete_customer_token``."""
        return await _delete_customer_token.acall(
            customer_id=customer_id,
            token_id=token_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
