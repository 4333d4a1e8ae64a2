"""The split_settlements operations, as functions (one module each) and as a resource of ``Plural``
(``plural.split_settlements``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...models.release_split_settlement_request import ReleaseSplitSettlementRequest
from ...types import UNSET, Unset
from . import cancel_split_settlement as _cancel_split_settlement
from . import release_split_settlement as _release_split_settlement


class SplitSettlements:
    """``plural.split_settlements``: the split_settlements operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def release(
        self,
        order_id: str,
        settlement_id: str,
        *,
        body: ReleaseSplitSettlementRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Release a held split settlement: ``release_split_settlement``."""
        return _release_split_settlement.call(
            order_id=order_id,
            settlement_id=settlement_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def cancel(
        self,
        order_id: str,
        settlement_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Cancel a held split settlement: ``cancel_split_settlement``."""
        return _cancel_split_settlement.call(
            order_id=order_id,
            settlement_id=settlement_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )


class AsyncSplitSettlements:
    """``plural.split_settlements`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def release(
        self,
        order_id: str,
        settlement_id: str,
        *,
        body: ReleaseSplitSettlementRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Release a held split settlement: ``release_split_settlement``."""
        return await _release_split_settlement.acall(
            order_id=order_id,
            settlement_id=settlement_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def cancel(
        self,
        order_id: str,
        settlement_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Order:
        """Cancel a held split settlement: ``cancel_split_settlement``."""
        return await _cancel_split_settlement.acall(
            order_id=order_id,
            settlement_id=settlement_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
