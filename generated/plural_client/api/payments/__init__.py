"""The payments operations, as functions (one module each) and as a resource of ``Plural``
(``plural.payments``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_payment_request import CreatePaymentRequest
from ...models.error import Error
from ...models.get_card_details_request import GetCardDetailsRequest
from ...models.get_card_details_response import GetCardDetailsResponse
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...types import UNSET, Unset
from . import create_payment as _create_payment
from . import get_card_details as _get_card_details


class Payments:
    """``plural.payments``: the payments operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        order_id: str,
        *,
        body: CreatePaymentRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Create a payment against an order: ``create_payment``."""
        return _create_payment.call(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get_card_details(
        self,
        *,
        body: GetCardDetailsRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetCardDetailsResponse:
        """Look up a card's details: ``get_card_details``."""
        return _get_card_details.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncPayments:
    """``plural.payments`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        order_id: str,
        *,
        body: CreatePaymentRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Create a payment against an order: ``create_payment``."""
        return await _create_payment.acall(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get_card_details(
        self,
        *,
        body: GetCardDetailsRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetCardDetailsResponse:
        """Look up a card's details: ``get_card_details``."""
        return await _get_card_details.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
