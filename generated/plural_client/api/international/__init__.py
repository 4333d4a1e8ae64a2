"""The international operations, as functions (one module each) and as a resource of ``Plural``
(``plural.international``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.currency_conversion import CurrencyConversion
from ...models.currency_conversion_request import CurrencyConversionRequest
from ...models.error import Error
from ...types import UNSET, Unset
from . import convert_currency as _convert_currency


class International:
    """``plural.international``: the international operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def convert_currency(
        self,
        *,
        body: CurrencyConversionRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CurrencyConversion:
        """Convert an amount between currencies (MCC): ``convert_currency``."""
        return _convert_currency.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncInternational:
    """``plural.international`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def convert_currency(
        self,
        *,
        body: CurrencyConversionRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CurrencyConversion:
        """Convert an amount between currencies (MCC): ``convert_currency``."""
        return await _convert_currency.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
