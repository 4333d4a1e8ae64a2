"""The e_challans operations, as functions (one module each) and as a resource of ``Plural``
(``plural.e_challans``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from io import BytesIO
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.challan import Challan
from ...models.create_challan_request import CreateChallanRequest
from ...models.error import Error
from ...types import UNSET, File, FileTypes, Unset
from . import create_challan as _create_challan
from . import get_challan as _get_challan
from . import get_challan_pdf as _get_challan_pdf


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
    ) -> Challan:
        """Get the e-challan of an order: ``get_challan``."""
        return _get_challan.call(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def create_challan(
        self,
        order_id: str,
        *,
        body: CreateChallanRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Challan:
        """Create an e-challan for an order: ``create_challan``."""
        return _create_challan.call(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get_challan_pdf(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> _types.File:
        """Download the e-challan of an order as a PDF: ``get_challan_pdf``."""
        return _get_challan_pdf.call(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
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
    ) -> Challan:
        """Get the e-challan of an order: ``get_challan``."""
        return await _get_challan.acall(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def create_challan(
        self,
        order_id: str,
        *,
        body: CreateChallanRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Challan:
        """Create an e-challan for an order: ``create_challan``."""
        return await _create_challan.acall(
            order_id=order_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get_challan_pdf(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> _types.File:
        """Download the e-challan of an order as a PDF: ``get_challan_pdf``."""
        return await _get_challan_pdf.acall(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
