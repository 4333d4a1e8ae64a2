"""The convenience_fee operations, as functions (one module each) and as a resource of ``Plural``
(``plural.convenience_fee``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.convenience_fee_request import ConvenienceFeeRequest
    from ...models.convenience_fee_response import ConvenienceFeeResponse
    from ...models.error import Error
    from . import calculate_convenience_fee as _calculate_convenience_fee
else:
    _calculate_convenience_fee = _types.Deferred(
        globals(), "_calculate_convenience_fee", ".calculate_convenience_fee"
    )
    ConvenienceFeeRequest = _types.Deferred(
        globals(),
        "ConvenienceFeeRequest",
        "...models.convenience_fee_request",
        "ConvenienceFeeRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("calculate_convenience_fee",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ConvenienceFee:
    """``plural.convenience_fee``: the convenience_fee operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def calculate(
        self,
        *,
        amount: "AmountParams | Amount",
        payment_method: str,
        network_type: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "ConvenienceFeeResponse":
        """Calculate the convenience fee of a payment: ``calculate_convenience_fee``.

        The body's fields are keyword arguments (``ConvenienceFeeRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ConvenienceFeeRequest.from_dict(
            _types.given(
                {
                    "amount": amount,
                    "payment_method": payment_method,
                    "network_type": network_type,
                }
            )
        )

        return _calculate_convenience_fee.unwrap(
            _calculate_convenience_fee.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncConvenienceFee:
    """``plural.convenience_fee`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def calculate(
        self,
        *,
        amount: "AmountParams | Amount",
        payment_method: str,
        network_type: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "ConvenienceFeeResponse":
        """Calculate the convenience fee of a payment: ``calculate_convenience_fee``.

        The body's fields are keyword arguments (``ConvenienceFeeRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ConvenienceFeeRequest.from_dict(
            _types.given(
                {
                    "amount": amount,
                    "payment_method": payment_method,
                    "network_type": network_type,
                }
            )
        )

        return _calculate_convenience_fee.unwrap(
            await _calculate_convenience_fee.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class ConvenienceFeeWithRawResponse:
    """``plural.with_raw_response.convenience_fee``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, convenience_fee: ConvenienceFee) -> None:
        self.calculate = _types.with_response(convenience_fee.calculate)


class AsyncConvenienceFeeWithRawResponse:
    """``with_raw_response.convenience_fee`` of ``AsyncPlural``."""

    def __init__(self, convenience_fee: AsyncConvenienceFee) -> None:
        self.calculate = _types.with_response_async(convenience_fee.calculate)
