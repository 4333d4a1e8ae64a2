"""The refunds operations, as functions (one module each) and as a resource of ``Plural``
(``plural.refunds``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...models.refund_request import RefundRequest
from ...types import UNSET, Unset
from . import create_refund as _create_refund


class Refunds:
    """``plural.refunds``: the refunds operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        order_id: str,
        *,
        body: RefundRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Refund a processed order, fully or in part: ``create_refund``."""
        return _create_refund.call(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncRefunds:
    """``plural.refunds`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        order_id: str,
        *,
        body: RefundRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Refund a processed order, fully or in part: ``create_refund``."""
        return await _create_refund.acall(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
