"""The refunds operations, as functions (one module each) and as a resource of ``Plural``
(``plural.refunds``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.error import Error
    from ...models.merchant_metadata import MerchantMetadata
    from ...models.order import Order
    from ...models.order_response import OrderResponse
    from ...models.refund_product import RefundProduct, RefundProductParams
    from ...models.refund_request import RefundRequest
    from ...models.refund_split_info_request import (
        RefundSplitInfoRequest,
        RefundSplitInfoRequestParams,
    )
    from . import create_refund as _create_refund
else:
    _create_refund = _types.Deferred(globals(), "_create_refund", ".create_refund")
    RefundRequest = _types.Deferred(
        globals(), "RefundRequest", "...models.refund_request", "RefundRequest"
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("create_refund",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Refunds:
    """``plural.refunds``: the refunds operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        order_id: str,
        *,
        merchant_order_reference: str,
        order_amount: "AmountParams | Amount | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        products: "Sequence[RefundProductParams | RefundProduct] | Unset" = UNSET,
        split_info: "RefundSplitInfoRequestParams | RefundSplitInfoRequest | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Refund a processed order, fully or in part: ``create_refund``.

        The body's fields are keyword arguments (``RefundRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = RefundRequest.from_dict(
            _types.given(
                {
                    "merchant_order_reference": merchant_order_reference,
                    "order_amount": order_amount,
                    "merchant_metadata": merchant_metadata,
                    "products": products,
                    "split_info": split_info,
                }
            )
        )

        return _create_refund.unwrap(
            _create_refund.sync_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncRefunds:
    """``plural.refunds`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        order_id: str,
        *,
        merchant_order_reference: str,
        order_amount: "AmountParams | Amount | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        products: "Sequence[RefundProductParams | RefundProduct] | Unset" = UNSET,
        split_info: "RefundSplitInfoRequestParams | RefundSplitInfoRequest | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Refund a processed order, fully or in part: ``create_refund``.

        The body's fields are keyword arguments (``RefundRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = RefundRequest.from_dict(
            _types.given(
                {
                    "merchant_order_reference": merchant_order_reference,
                    "order_amount": order_amount,
                    "merchant_metadata": merchant_metadata,
                    "products": products,
                    "split_info": split_info,
                }
            )
        )

        return _create_refund.unwrap(
            await _create_refund.asyncio_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class RefundsWithRawResponse:
    """``plural.with_raw_response.refunds``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, refunds: Refunds) -> None:
        self.create = _types.with_response(refunds.create)


class AsyncRefundsWithRawResponse:
    """``with_raw_response.refunds`` of ``AsyncPlural``."""

    def __init__(self, refunds: AsyncRefunds) -> None:
        self.create = _types.with_response_async(refunds.create)
