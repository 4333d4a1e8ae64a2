"""The split_settlements operations, as functions (one module each) and as a resource of ``Plural``
(``plural.split_settlements``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.money import Money, MoneyParams
    from ...models.order import Order
    from ...models.order_response import OrderResponse
    from ...models.release_split_settlement_request import ReleaseSplitSettlementRequest
    from . import cancel_split_settlement as _cancel_split_settlement
    from . import release_split_settlement as _release_split_settlement
else:
    _release_split_settlement = _types.Deferred(
        globals(), "_release_split_settlement", ".release_split_settlement"
    )
    _cancel_split_settlement = _types.Deferred(
        globals(), "_cancel_split_settlement", ".cancel_split_settlement"
    )
    ReleaseSplitSettlementRequest = _types.Deferred(
        globals(),
        "ReleaseSplitSettlementRequest",
        "...models.release_split_settlement_request",
        "ReleaseSplitSettlementRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "release_split_settlement",
            "cancel_split_settlement",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SplitSettlements:
    """``plural.split_settlements``: the split_settlements operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def release(
        self,
        order_id: str,
        settlement_id: str,
        *,
        release_amount: "MoneyParams | Money | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Release a held split settlement: ``release_split_settlement``.

        The body's fields are keyword arguments (``ReleaseSplitSettlementRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ReleaseSplitSettlementRequest.from_dict(
            _types.given(
                {
                    "release_amount": release_amount,
                }
            )
        )

        return _release_split_settlement.unwrap(
            _release_split_settlement.sync_detailed(
                order_id=order_id,
                settlement_id=settlement_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def cancel(
        self,
        order_id: str,
        settlement_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Cancel a held split settlement: ``cancel_split_settlement``."""
        return _cancel_split_settlement.unwrap(
            _cancel_split_settlement.sync_detailed(
                order_id=order_id,
                settlement_id=settlement_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
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
        release_amount: "MoneyParams | Money | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Release a held split settlement: ``release_split_settlement``.

        The body's fields are keyword arguments (``ReleaseSplitSettlementRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ReleaseSplitSettlementRequest.from_dict(
            _types.given(
                {
                    "release_amount": release_amount,
                }
            )
        )

        return _release_split_settlement.unwrap(
            await _release_split_settlement.asyncio_detailed(
                order_id=order_id,
                settlement_id=settlement_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def cancel(
        self,
        order_id: str,
        settlement_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Cancel a held split settlement: ``cancel_split_settlement``."""
        return _cancel_split_settlement.unwrap(
            await _cancel_split_settlement.asyncio_detailed(
                order_id=order_id,
                settlement_id=settlement_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class SplitSettlementsWithRawResponse:
    """``plural.with_raw_response.split_settlements``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, split_settlements: SplitSettlements) -> None:
        self.release = _types.with_response(split_settlements.release)
        self.cancel = _types.with_response(split_settlements.cancel)


class AsyncSplitSettlementsWithRawResponse:
    """``with_raw_response.split_settlements`` of ``AsyncPlural``."""

    def __init__(self, split_settlements: AsyncSplitSettlements) -> None:
        self.release = _types.with_response_async(split_settlements.release)
        self.cancel = _types.with_response_async(split_settlements.cancel)
