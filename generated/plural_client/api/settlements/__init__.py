"""The settlements operations, as functions (one module each) and as a resource of ``Plural``
(``plural.settlements``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.settlement_detail import SettlementDetail
    from ...models.settlement_list import SettlementList
    from . import get_settlements_by_utr as _get_settlements_by_utr
    from . import list_settlements as _list_settlements
else:
    _list_settlements = _types.Deferred(globals(), "_list_settlements", ".list_settlements")
    _get_settlements_by_utr = _types.Deferred(
        globals(), "_get_settlements_by_utr", ".get_settlements_by_utr"
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "list_settlements",
            "get_settlements_by_utr",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Settlements:
    """``plural.settlements``: the settlements operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
        *,
        start_date: str,
        end_date: str,
        page: str | Unset = UNSET,
        per_page: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "SettlementList":
        """List settlements: ``list_settlements``."""
        return _list_settlements.unwrap(
            _list_settlements.sync_detailed(
                start_date=start_date,
                end_date=end_date,
                page=page,
                per_page=per_page,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def get_by_utr(
        self,
        utr: str,
        *,
        page: str | Unset = UNSET,
        per_page: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "SettlementDetail":
        """Get a settlement by UTR: ``get_settlements_by_utr``."""
        return _get_settlements_by_utr.unwrap(
            _get_settlements_by_utr.sync_detailed(
                utr=utr,
                page=page,
                per_page=per_page,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class AsyncSettlements:
    """``plural.settlements`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
        *,
        start_date: str,
        end_date: str,
        page: str | Unset = UNSET,
        per_page: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "SettlementList":
        """List settlements: ``list_settlements``."""
        return _list_settlements.unwrap(
            await _list_settlements.asyncio_detailed(
                start_date=start_date,
                end_date=end_date,
                page=page,
                per_page=per_page,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def get_by_utr(
        self,
        utr: str,
        *,
        page: str | Unset = UNSET,
        per_page: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "SettlementDetail":
        """Get a settlement by UTR: ``get_settlements_by_utr``."""
        return _get_settlements_by_utr.unwrap(
            await _get_settlements_by_utr.asyncio_detailed(
                utr=utr,
                page=page,
                per_page=per_page,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class SettlementsWithRawResponse:
    """``plural.with_raw_response.settlements``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, settlements: Settlements) -> None:
        self.list = _types.with_response(settlements.list)
        self.get_by_utr = _types.with_response(settlements.get_by_utr)


class AsyncSettlementsWithRawResponse:
    """``with_raw_response.settlements`` of ``AsyncPlural``."""

    def __init__(self, settlements: AsyncSettlements) -> None:
        self.list = _types.with_response_async(settlements.list)
        self.get_by_utr = _types.with_response_async(settlements.get_by_utr)
