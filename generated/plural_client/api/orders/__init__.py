"""The orders operations, as functions (one module each) and as a resource of ``Plural``
(``plural.orders``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.capture_request import CaptureRequest
    from ...models.create_order_request import CreateOrderRequest
    from ...models.create_order_request_is_mcc_transaction import (
        CreateOrderRequestIsMccTransaction,
        CreateOrderRequestIsMccTransactionValue,
    )
    from ...models.error import Error
    from ...models.money import Money, MoneyParams
    from ...models.order import Order
    from ...models.order_response import OrderResponse
    from ...models.order_split_info_request import (
        OrderSplitInfoRequest,
        OrderSplitInfoRequestParams,
    )
    from ...models.payment_method import PaymentMethod, PaymentMethodValue
    from ...models.purchase_details import PurchaseDetails, PurchaseDetailsParams
    from . import cancel_order as _cancel_order
    from . import capture_order as _capture_order
    from . import create_order as _create_order
    from . import get_order as _get_order
    from . import get_order_by_reference as _get_order_by_reference
else:
    _create_order = _types.Deferred(globals(), "_create_order", ".create_order")
    _get_order = _types.Deferred(globals(), "_get_order", ".get_order")
    _get_order_by_reference = _types.Deferred(
        globals(), "_get_order_by_reference", ".get_order_by_reference"
    )
    _capture_order = _types.Deferred(globals(), "_capture_order", ".capture_order")
    _cancel_order = _types.Deferred(globals(), "_cancel_order", ".cancel_order")
    CreateOrderRequest = _types.Deferred(
        globals(), "CreateOrderRequest", "...models.create_order_request", "CreateOrderRequest"
    )
    CaptureRequest = _types.Deferred(
        globals(), "CaptureRequest", "...models.capture_request", "CaptureRequest"
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "create_order",
            "get_order",
            "get_order_by_reference",
            "capture_order",
            "cancel_order",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Orders:
    """``plural.orders``: the orders operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        merchant_order_reference: str,
        order_amount: "AmountParams | Amount",
        pre_auth: bool | Unset = UNSET,
        allowed_payment_methods: "Sequence[PaymentMethodValue | PaymentMethod] | Unset" = UNSET,
        notes: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        failure_callback_url: str | Unset = UNSET,
        part_payment: bool | Unset = UNSET,
        purchase_details: "PurchaseDetailsParams | PurchaseDetails | Unset" = UNSET,
        split_info: "OrderSplitInfoRequestParams | OrderSplitInfoRequest | Unset" = UNSET,
        is_mcc_transaction: "CreateOrderRequestIsMccTransactionValue | CreateOrderRequestIsMccTransaction | Unset" = UNSET,
        base_amount: "AmountParams | Amount | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Create an order: ``create_order``.

        The body's fields are keyword arguments (``CreateOrderRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateOrderRequest.from_dict(
            _types.given(
                {
                    "merchant_order_reference": merchant_order_reference,
                    "order_amount": order_amount,
                    "pre_auth": pre_auth,
                    "allowed_payment_methods": allowed_payment_methods,
                    "notes": notes,
                    "callback_url": callback_url,
                    "failure_callback_url": failure_callback_url,
                    "part_payment": part_payment,
                    "purchase_details": purchase_details,
                    "split_info": split_info,
                    "is_mcc_transaction": is_mcc_transaction,
                    "base_amount": base_amount,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                }
            )
        )

        return _create_order.unwrap(
            _create_order.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Get an order by Plural's order id: ``get_order``."""
        return _get_order.unwrap(
            _get_order.sync_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def get_by_reference(
        self,
        merchant_order_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Get an order by the merchant's order reference: ``get_order_by_reference``."""
        return _get_order_by_reference.unwrap(
            _get_order_by_reference.sync_detailed(
                merchant_order_reference=merchant_order_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def capture(
        self,
        order_id: str,
        *,
        merchant_capture_reference: str,
        capture_amount: "AmountParams | Amount | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Capture an authorized order: ``capture_order``.

        The body's fields are keyword arguments (``CaptureRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CaptureRequest.from_dict(
            _types.given(
                {
                    "merchant_capture_reference": merchant_capture_reference,
                    "capture_amount": capture_amount,
                }
            )
        )

        return _capture_order.unwrap(
            _capture_order.sync_detailed(
                order_id=order_id,
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
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Cancel an authorized order: ``cancel_order``."""
        return _cancel_order.unwrap(
            _cancel_order.sync_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class AsyncOrders:
    """``plural.orders`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        merchant_order_reference: str,
        order_amount: "AmountParams | Amount",
        pre_auth: bool | Unset = UNSET,
        allowed_payment_methods: "Sequence[PaymentMethodValue | PaymentMethod] | Unset" = UNSET,
        notes: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        failure_callback_url: str | Unset = UNSET,
        part_payment: bool | Unset = UNSET,
        purchase_details: "PurchaseDetailsParams | PurchaseDetails | Unset" = UNSET,
        split_info: "OrderSplitInfoRequestParams | OrderSplitInfoRequest | Unset" = UNSET,
        is_mcc_transaction: "CreateOrderRequestIsMccTransactionValue | CreateOrderRequestIsMccTransaction | Unset" = UNSET,
        base_amount: "AmountParams | Amount | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Create an order: ``create_order``.

        The body's fields are keyword arguments (``CreateOrderRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateOrderRequest.from_dict(
            _types.given(
                {
                    "merchant_order_reference": merchant_order_reference,
                    "order_amount": order_amount,
                    "pre_auth": pre_auth,
                    "allowed_payment_methods": allowed_payment_methods,
                    "notes": notes,
                    "callback_url": callback_url,
                    "failure_callback_url": failure_callback_url,
                    "part_payment": part_payment,
                    "purchase_details": purchase_details,
                    "split_info": split_info,
                    "is_mcc_transaction": is_mcc_transaction,
                    "base_amount": base_amount,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                }
            )
        )

        return _create_order.unwrap(
            await _create_order.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get(
        self,
        order_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Get an order by Plural's order id: ``get_order``."""
        return _get_order.unwrap(
            await _get_order.asyncio_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def get_by_reference(
        self,
        merchant_order_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Get an order by the merchant's order reference: ``get_order_by_reference``."""
        return _get_order_by_reference.unwrap(
            await _get_order_by_reference.asyncio_detailed(
                merchant_order_reference=merchant_order_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def capture(
        self,
        order_id: str,
        *,
        merchant_capture_reference: str,
        capture_amount: "AmountParams | Amount | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Capture an authorized order: ``capture_order``.

        The body's fields are keyword arguments (``CaptureRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CaptureRequest.from_dict(
            _types.given(
                {
                    "merchant_capture_reference": merchant_capture_reference,
                    "capture_amount": capture_amount,
                }
            )
        )

        return _capture_order.unwrap(
            await _capture_order.asyncio_detailed(
                order_id=order_id,
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
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Order":
        """Cancel an authorized order: ``cancel_order``."""
        return _cancel_order.unwrap(
            await _cancel_order.asyncio_detailed(
                order_id=order_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class OrdersWithRawResponse:
    """``plural.with_raw_response.orders``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, orders: Orders) -> None:
        self.create = _types.with_response(orders.create)
        self.get = _types.with_response(orders.get)
        self.get_by_reference = _types.with_response(orders.get_by_reference)
        self.capture = _types.with_response(orders.capture)
        self.cancel = _types.with_response(orders.cancel)


class AsyncOrdersWithRawResponse:
    """``with_raw_response.orders`` of ``AsyncPlural``."""

    def __init__(self, orders: AsyncOrders) -> None:
        self.create = _types.with_response_async(orders.create)
        self.get = _types.with_response_async(orders.get)
        self.get_by_reference = _types.with_response_async(orders.get_by_reference)
        self.capture = _types.with_response_async(orders.capture)
        self.cancel = _types.with_response_async(orders.cancel)
