"""The convenience_fee operations, as functions (one module each) and as a resource of ``Plural``
(``plural.convenience_fee``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.convenience_fee_request import ConvenienceFeeRequest
from ...models.convenience_fee_response import ConvenienceFeeResponse
from ...models.error import Error
from ...types import UNSET, Unset
from . import calculate_convenience_fee as _calculate_convenience_fee


class ConvenienceFee:
    """``plural.convenience_fee``: the convenience_fee operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def calculate(
        self,
        *,
        body: ConvenienceFeeRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConvenienceFeeResponse:
        """Calculate the convenience fee of a payment: ``calculate_convenience_fee``."""
        return _calculate_convenience_fee.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncConvenienceFee:
    """``plural.convenience_fee`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def calculate(
        self,
        *,
        body: ConvenienceFeeRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ConvenienceFeeResponse:
        """Calculate the convenience fee of a payment: ``calculate_convenience_fee``."""
        return await _calculate_convenience_fee.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
