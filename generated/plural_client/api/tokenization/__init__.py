"""The tokenization operations, as functions (one module each) and as a resource of ``Plural``
(``plural.tokenization``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.card_token import CardToken
    from ...models.card_token_payment import CardTokenPayment, CardTokenPaymentParams
    from ...models.card_token_payment_option import (
        CardTokenPaymentOption,
        CardTokenPaymentOptionParams,
    )
    from ...models.cryptogram import Cryptogram
    from ...models.customer_token import CustomerToken
    from ...models.customer_tokens import CustomerTokens
    from ...models.delete_customer_token_request import DeleteCustomerTokenRequest
    from ...models.deleted_token import DeletedToken
    from ...models.error import Error
    from ...models.generate_card_token_request import GenerateCardTokenRequest
    from ...models.generate_card_token_request_payment_method import (
        GenerateCardTokenRequestPaymentMethod,
        GenerateCardTokenRequestPaymentMethodValue,
    )
    from ...models.generate_cryptogram_request import GenerateCryptogramRequest
    from ...models.merchant_metadata import MerchantMetadata
    from ...models.service_provider_token_lookup import ServiceProviderTokenLookup
    from . import delete_customer_token as _delete_customer_token
    from . import delete_token as _delete_token
    from . import generate_card_token as _generate_card_token
    from . import generate_cryptogram as _generate_cryptogram
    from . import get_customer_token as _get_customer_token
    from . import get_service_provider_token as _get_service_provider_token
    from . import list_customer_tokens as _list_customer_tokens
else:
    _generate_card_token = _types.Deferred(
        globals(), "_generate_card_token", ".generate_card_token"
    )
    _generate_cryptogram = _types.Deferred(
        globals(), "_generate_cryptogram", ".generate_cryptogram"
    )
    _get_service_provider_token = _types.Deferred(
        globals(), "_get_service_provider_token", ".get_service_provider_token"
    )
    _delete_token = _types.Deferred(globals(), "_delete_token", ".delete_token")
    _list_customer_tokens = _types.Deferred(
        globals(), "_list_customer_tokens", ".list_customer_tokens"
    )
    _get_customer_token = _types.Deferred(globals(), "_get_customer_token", ".get_customer_token")
    _delete_customer_token = _types.Deferred(
        globals(), "_delete_customer_token", ".delete_customer_token"
    )
    GenerateCardTokenRequest = _types.Deferred(
        globals(),
        "GenerateCardTokenRequest",
        "...models.generate_card_token_request",
        "GenerateCardTokenRequest",
    )
    GenerateCryptogramRequest = _types.Deferred(
        globals(),
        "GenerateCryptogramRequest",
        "...models.generate_cryptogram_request",
        "GenerateCryptogramRequest",
    )
    DeleteCustomerTokenRequest = _types.Deferred(
        globals(),
        "DeleteCustomerTokenRequest",
        "...models.delete_customer_token_request",
        "DeleteCustomerTokenRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "generate_card_token",
            "generate_cryptogram",
            "get_service_provider_token",
            "delete_token",
            "list_customer_tokens",
            "get_customer_token",
            "delete_customer_token",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Tokenization:
    """``plural.tokenization``: the tokenization operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate_card_token(
        self,
        *,
        customer_id: str,
        merchant_token_reference: str,
        payment_method: "GenerateCardTokenRequestPaymentMethodValue | GenerateCardTokenRequestPaymentMethod",
        payment_option: "CardTokenPaymentOptionParams | CardTokenPaymentOption | Unset" = UNSET,
        payment: "CardTokenPaymentParams | CardTokenPayment | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CardToken":
        """Generate a network token for a customer's card: ``generate_card_token``.

        The body's fields are keyword arguments (``GenerateCardTokenRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GenerateCardTokenRequest.from_dict(
            _types.given(
                {
                    "customer_id": customer_id,
                    "merchant_token_reference": merchant_token_reference,
                    "payment_method": payment_method,
                    "payment_option": payment_option,
                    "payment": payment,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _generate_card_token.unwrap(
            _generate_card_token.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def generate_cryptogram(
        self,
        token_id: str,
        *,
        merchant_unique_reference: str,
        service_provider_token_id: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Cryptogram":
        """Generate a cryptogram for a token payment: ``generate_cryptogram``.

        The body's fields are keyword arguments (``GenerateCryptogramRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GenerateCryptogramRequest.from_dict(
            _types.given(
                {
                    "merchant_unique_reference": merchant_unique_reference,
                    "service_provider_token_id": service_provider_token_id,
                }
            )
        )

        return _generate_cryptogram.unwrap(
            _generate_cryptogram.sync_detailed(
                token_id=token_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get_service_provider_token(
        self,
        identifier: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "ServiceProviderTokenLookup":
        """Get service provider tokens by customer id or token id: ``get_service_provider_token``."""
        return _get_service_provider_token.unwrap(
            _get_service_provider_token.sync_detailed(
                identifier=identifier,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def delete_token(
        self,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "DeletedToken":
        """Delete a service provider token: ``delete_token``."""
        return _delete_token.unwrap(
            _delete_token.sync_detailed(
                token_id=token_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def list_customer_tokens(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "CustomerTokens":
        """List a customer's tokens: ``list_customer_tokens``."""
        return _list_customer_tokens.unwrap(
            _list_customer_tokens.sync_detailed(
                customer_id=customer_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def get_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "CustomerToken":
        """Get one of a customer's tokens: ``get_customer_token``."""
        return _get_customer_token.unwrap(
            _get_customer_token.sync_detailed(
                customer_id=customer_id,
                token_id=token_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def delete_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        merchant_unique_reference: str,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "DeletedToken":
        """Delete one of a customer's tokens: ``delete_customer_token``.

        The body's fields are keyword arguments (``DeleteCustomerTokenRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DeleteCustomerTokenRequest.from_dict(
            _types.given(
                {
                    "merchant_unique_reference": merchant_unique_reference,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _delete_customer_token.unwrap(
            _delete_customer_token.sync_detailed(
                customer_id=customer_id,
                token_id=token_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncTokenization:
    """``plural.tokenization`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate_card_token(
        self,
        *,
        customer_id: str,
        merchant_token_reference: str,
        payment_method: "GenerateCardTokenRequestPaymentMethodValue | GenerateCardTokenRequestPaymentMethod",
        payment_option: "CardTokenPaymentOptionParams | CardTokenPaymentOption | Unset" = UNSET,
        payment: "CardTokenPaymentParams | CardTokenPayment | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CardToken":
        """Generate a network token for a customer's card: ``generate_card_token``.

        The body's fields are keyword arguments (``GenerateCardTokenRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GenerateCardTokenRequest.from_dict(
            _types.given(
                {
                    "customer_id": customer_id,
                    "merchant_token_reference": merchant_token_reference,
                    "payment_method": payment_method,
                    "payment_option": payment_option,
                    "payment": payment,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _generate_card_token.unwrap(
            await _generate_card_token.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def generate_cryptogram(
        self,
        token_id: str,
        *,
        merchant_unique_reference: str,
        service_provider_token_id: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Cryptogram":
        """Generate a cryptogram for a token payment: ``generate_cryptogram``.

        The body's fields are keyword arguments (``GenerateCryptogramRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GenerateCryptogramRequest.from_dict(
            _types.given(
                {
                    "merchant_unique_reference": merchant_unique_reference,
                    "service_provider_token_id": service_provider_token_id,
                }
            )
        )

        return _generate_cryptogram.unwrap(
            await _generate_cryptogram.asyncio_detailed(
                token_id=token_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get_service_provider_token(
        self,
        identifier: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "ServiceProviderTokenLookup":
        """Get service provider tokens by customer id or token id: ``get_service_provider_token``."""
        return _get_service_provider_token.unwrap(
            await _get_service_provider_token.asyncio_detailed(
                identifier=identifier,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def delete_token(
        self,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "DeletedToken":
        """Delete a service provider token: ``delete_token``."""
        return _delete_token.unwrap(
            await _delete_token.asyncio_detailed(
                token_id=token_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def list_customer_tokens(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "CustomerTokens":
        """List a customer's tokens: ``list_customer_tokens``."""
        return _list_customer_tokens.unwrap(
            await _list_customer_tokens.asyncio_detailed(
                customer_id=customer_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def get_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "CustomerToken":
        """Get one of a customer's tokens: ``get_customer_token``."""
        return _get_customer_token.unwrap(
            await _get_customer_token.asyncio_detailed(
                customer_id=customer_id,
                token_id=token_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def delete_customer_token(
        self,
        customer_id: str,
        token_id: str,
        *,
        merchant_unique_reference: str,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "DeletedToken":
        """Delete one of a customer's tokens: ``delete_customer_token``.

        The body's fields are keyword arguments (``DeleteCustomerTokenRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DeleteCustomerTokenRequest.from_dict(
            _types.given(
                {
                    "merchant_unique_reference": merchant_unique_reference,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _delete_customer_token.unwrap(
            await _delete_customer_token.asyncio_detailed(
                customer_id=customer_id,
                token_id=token_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class TokenizationWithRawResponse:
    """``plural.with_raw_response.tokenization``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, tokenization: Tokenization) -> None:
        self.generate_card_token = _types.with_response(tokenization.generate_card_token)
        self.generate_cryptogram = _types.with_response(tokenization.generate_cryptogram)
        self.get_service_provider_token = _types.with_response(
            tokenization.get_service_provider_token
        )
        self.delete_token = _types.with_response(tokenization.delete_token)
        self.list_customer_tokens = _types.with_response(tokenization.list_customer_tokens)
        self.get_customer_token = _types.with_response(tokenization.get_customer_token)
        self.delete_customer_token = _types.with_response(tokenization.delete_customer_token)


class AsyncTokenizationWithRawResponse:
    """``with_raw_response.tokenization`` of ``AsyncPlural``."""

    def __init__(self, tokenization: AsyncTokenization) -> None:
        self.generate_card_token = _types.with_response_async(tokenization.generate_card_token)
        self.generate_cryptogram = _types.with_response_async(tokenization.generate_cryptogram)
        self.get_service_provider_token = _types.with_response_async(
            tokenization.get_service_provider_token
        )
        self.delete_token = _types.with_response_async(tokenization.delete_token)
        self.list_customer_tokens = _types.with_response_async(tokenization.list_customer_tokens)
        self.get_customer_token = _types.with_response_async(tokenization.get_customer_token)
        self.delete_customer_token = _types.with_response_async(tokenization.delete_customer_token)
