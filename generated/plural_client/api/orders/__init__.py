"""The orders operations, as functions (one module each) and as a resource of ``Plural``
(``plural.orders``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.capture_request import CaptureRequest
from ...models.create_order_request import CreateOrderRequest
from ...models.error import Error
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...types import UNSET, Unset
from . import cancel_order as _cancel_order
from . import capture_order as _capture_order
from . import create_order as _create_order
from . import get_order as _get_order
from . import get_order_by_reference as _get_order_by_reference


class Orders:
    """``plural.orders``: the orders operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateOrderRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Create an order: ``create_order``."""
        return _create_order.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Get an order by Plural's order id: ``get_order``."""
        return _get_order.call(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def get_by_reference(
        self,
        merchant_order_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Get an order by the merchant's order reference: ``get_order_by_reference``."""
        return _get_order_by_reference.call(
            merchant_order_reference=merchant_order_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def capture(
        self,
        order_id: str,
        *,
        body: CaptureRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Capture an authorized order: ``capture_order``."""
        return _capture_order.call(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def cancel(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Cancel an authorized order: ``cancel_order``."""
        return _cancel_order.call(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )


class AsyncOrders:
    """``plural.orders`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreateOrderRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Create an order: ``create_order``."""
        return await _create_order.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Get an order by Plural's order id: ``get_order``."""
        return await _get_order.acall(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def get_by_reference(
        self,
        merchant_order_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Get an order by the merchant's order reference: ``get_order_by_reference``."""
        return await _get_order_by_reference.acall(
            merchant_order_reference=merchant_order_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def capture(
        self,
        order_id: str,
        *,
        body: CaptureRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Capture an authorized order: ``capture_order``."""
        return await _capture_order.acall(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def cancel(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Cancel an authorized order: ``cancel_order``."""
        return await _cancel_order.acall(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
