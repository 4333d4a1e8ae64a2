"""The affordability operations, as functions (one module each) and as a resource of ``Plural``
(``plural.affordability``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.affordability_result import AffordabilityResult
from ...models.discover_cardless_offers_request import DiscoverCardlessOffersRequest
from ...models.discover_offers_request import DiscoverOffersRequest
from ...models.downpayment_details_request import DownpaymentDetailsRequest
from ...models.downpayment_details_response import DownpaymentDetailsResponse
from ...models.error import Error
from ...models.imei_validation_request import ImeiValidationRequest
from ...models.imei_validation_response import ImeiValidationResponse
from ...models.offer_discovery_response import OfferDiscoveryResponse
from ...models.validate_offer_request import ValidateOfferRequest
from ...types import UNSET, Unset
from . import discover_cardless_offers as _discover_cardless_offers
from . import discover_offers as _discover_offers
from . import get_down_payment_details as _get_down_payment_details
from . import validate_imei as _validate_imei
from . import validate_offer as _validate_offer


class Affordability:
    """``plural.affordability``: the affordability operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def discover_offers(
        self,
        *,
        body: DiscoverOffersRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfferDiscoveryResponse:
        """Discover EMI offers for a cart or card: ``discover_offers``."""
        return _discover_offers.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def discover_cardless_offers(
        self,
        *,
        body: DiscoverCardlessOffersRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfferDiscoveryResponse:
        """Discover cardless EMI offers: ``discover_cardless_offers``."""
        return _discover_cardless_offers.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def validate_offer(
        self,
        *,
        body: ValidateOfferRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AffordabilityResult:
        """Validate the chosen EMI offer: ``validate_offer``."""
        return _validate_offer.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get_down_payment_details(
        self,
        *,
        body: DownpaymentDetailsRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DownpaymentDetailsResponse:
        """Get the allowed down payment range: ``get_down_payment_details``."""
        return _get_down_payment_details.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def validate_imei(
        self,
        order_id: str,
        *,
        body: ImeiValidationRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ImeiValidationResponse:
        """Block or unblock product IMEIs of a brand EMI order: ``validate_imei``."""
        return _validate_imei.call(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncAffordability:
    """``plural.affordability`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def discover_offers(
        self,
        *,
        body: DiscoverOffersRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfferDiscoveryResponse:
        """Discover EMI offers for a cart or card: ``discover_offers``."""
        return await _discover_offers.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def discover_cardless_offers(
        self,
        *,
        body: DiscoverCardlessOffersRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OfferDiscoveryResponse:
        """Discover cardless EMI offers: ``discover_cardless_offers``."""
        return await _discover_cardless_offers.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def validate_offer(
        self,
        *,
        body: ValidateOfferRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AffordabilityResult:
        """Validate the chosen EMI offer: ``validate_offer``."""
        return await _validate_offer.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get_down_payment_details(
        self,
        *,
        body: DownpaymentDetailsRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DownpaymentDetailsResponse:
        """Get the allowed down payment range: ``get_down_payment_details``."""
        return await _get_down_payment_details.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def validate_imei(
        self,
        order_id: str,
        *,
        body: ImeiValidationRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ImeiValidationResponse:
        """Block or unblock product IMEIs of a brand EMI order: ``validate_imei``."""
        return await _validate_imei.acall(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
