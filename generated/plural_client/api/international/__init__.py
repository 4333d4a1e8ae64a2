"""The international operations, as functions (one module each) and as a resource of ``Plural``
(``plural.international``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.currency_conversion import CurrencyConversion
    from ...models.currency_conversion_request import CurrencyConversionRequest
    from ...models.error import Error
    from . import convert_currency as _convert_currency
else:
    _convert_currency = _types.Deferred(globals(), "_convert_currency", ".convert_currency")
    CurrencyConversionRequest = _types.Deferred(
        globals(),
        "CurrencyConversionRequest",
        "...models.currency_conversion_request",
        "CurrencyConversionRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("convert_currency",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class International:
    """``plural.international``: the international operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def convert_currency(
        self,
        *,
        bank_code: str,
        invoice_id: str,
        source_currency: str,
        dest_currency: str,
        transaction_amount: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CurrencyConversion":
        """Convert an amount between currencies (MCC): ``convert_currency``.

        The body's fields are keyword arguments (``CurrencyConversionRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CurrencyConversionRequest.from_dict(
            _types.given(
                {
                    "bank_code": bank_code,
                    "invoice_id": invoice_id,
                    "source_currency": source_currency,
                    "dest_currency": dest_currency,
                    "transaction_amount": transaction_amount,
                }
            )
        )

        return _convert_currency.unwrap(
            _convert_currency.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncInternational:
    """``plural.international`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def convert_currency(
        self,
        *,
        bank_code: str,
        invoice_id: str,
        source_currency: str,
        dest_currency: str,
        transaction_amount: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CurrencyConversion":
        """Convert an amount between currencies (MCC): ``convert_currency``.

        The body's fields are keyword arguments (``CurrencyConversionRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CurrencyConversionRequest.from_dict(
            _types.given(
                {
                    "bank_code": bank_code,
                    "invoice_id": invoice_id,
                    "source_currency": source_currency,
                    "dest_currency": dest_currency,
                    "transaction_amount": transaction_amount,
                }
            )
        )

        return _convert_currency.unwrap(
            await _convert_currency.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class InternationalWithRawResponse:
    """``plural.with_raw_response.international``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, international: International) -> None:
        self.convert_currency = _types.with_response(international.convert_currency)


class AsyncInternationalWithRawResponse:
    """``with_raw_response.international`` of ``AsyncPlural``."""

    def __init__(self, international: AsyncInternational) -> None:
        self.convert_currency = _types.with_response_async(international.convert_currency)
