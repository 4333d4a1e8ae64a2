"""The e_challans operations, as functions (one module each) and as a resource of ``Plural``
(``plural.e_challans``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ...models.challan import Challan
    from ...models.convenience_fee_breakdown import (
        ConvenienceFeeBreakdown,
        ConvenienceFeeBreakdownParams,
    )
    from ...models.create_challan_request import CreateChallanRequest
    from ...models.error import Error
    from . import create_challan as _create_challan
    from . import get_challan as _get_challan
    from . import get_challan_pdf as _get_challan_pdf
else:
    _get_challan = _types.Deferred(globals(), "_get_challan", ".get_challan")
    _create_challan = _types.Deferred(globals(), "_create_challan", ".create_challan")
    _get_challan_pdf = _types.Deferred(globals(), "_get_challan_pdf", ".get_challan_pdf")
    CreateChallanRequest = _types.Deferred(
        globals(),
        "CreateChallanRequest",
        "...models.create_challan_request",
        "CreateChallanRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "get_challan",
            "create_challan",
            "get_challan_pdf",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class EChallans:
    """``plural.e_challans``: the e_challans operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get_challan(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Challan":
        """Get the e-challan of an order: ``get_challan``."""
        return _get_challan.unwrap(
            _get_challan.sync_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def create_challan(
        self,
        order_id: str,
        *,
        convenience_fee_breakdown: "ConvenienceFeeBreakdownParams | ConvenienceFeeBreakdown | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Challan":
        """Create an e-challan for an order: ``create_challan``.

        The body's fields are keyword arguments (``CreateChallanRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateChallanRequest.from_dict(
            _types.given(
                {
                    "convenience_fee_breakdown": convenience_fee_breakdown,
                }
            )
        )

        return _create_challan.unwrap(
            _create_challan.sync_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get_challan_pdf(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> _types.File:
        """Download the e-challan of an order as a PDF: ``get_challan_pdf``."""
        return _get_challan_pdf.unwrap(
            _get_challan_pdf.sync_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class AsyncEChallans:
    """``plural.e_challans`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_challan(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Challan":
        """Get the e-challan of an order: ``get_challan``."""
        return _get_challan.unwrap(
            await _get_challan.asyncio_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def create_challan(
        self,
        order_id: str,
        *,
        convenience_fee_breakdown: "ConvenienceFeeBreakdownParams | ConvenienceFeeBreakdown | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Challan":
        """Create an e-challan for an order: ``create_challan``.

        The body's fields are keyword arguments (``CreateChallanRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateChallanRequest.from_dict(
            _types.given(
                {
                    "convenience_fee_breakdown": convenience_fee_breakdown,
                }
            )
        )

        return _create_challan.unwrap(
            await _create_challan.asyncio_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get_challan_pdf(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> _types.File:
        """Download the e-challan of an order as a PDF: ``get_challan_pdf``."""
        return _get_challan_pdf.unwrap(
            await _get_challan_pdf.asyncio_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class EChallansWithRawResponse:
    """``plural.with_raw_response.e_challans``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, e_challans: EChallans) -> None:
        self.get_challan = _types.with_response(e_challans.get_challan)
        self.create_challan = _types.with_response(e_challans.create_challan)
        self.get_challan_pdf = _types.with_response(e_challans.get_challan_pdf)


class AsyncEChallansWithRawResponse:
    """``with_raw_response.e_challans`` of ``AsyncPlural``."""

    def __init__(self, e_challans: AsyncEChallans) -> None:
        self.get_challan = _types.with_response_async(e_challans.get_challan)
        self.create_challan = _types.with_response_async(e_challans.create_challan)
        self.get_challan_pdf = _types.with_response_async(e_challans.get_challan_pdf)
