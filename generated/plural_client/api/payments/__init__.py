"""The payments operations, as functions (one module each) and as a resource of ``Plural``
(``plural.payments``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.card_lookup_item import CardLookupItem, CardLookupItemParams
    from ...models.create_payment_request import CreatePaymentRequest
    from ...models.error import Error
    from ...models.get_card_details_request import GetCardDetailsRequest
    from ...models.get_card_details_response import GetCardDetailsResponse
    from ...models.order import Order
    from ...models.order_response import OrderResponse
    from ...models.payment_request import PaymentRequest, PaymentRequestParams
    from . import create_payment as _create_payment
    from . import get_card_details as _get_card_details
else:
    _create_payment = _types.Deferred(globals(), "_create_payment", ".create_payment")
    _get_card_details = _types.Deferred(globals(), "_get_card_details", ".get_card_details")
    CreatePaymentRequest = _types.Deferred(
        globals(),
        "CreatePaymentRequest",
        "...models.create_payment_request",
        "CreatePaymentRequest",
    )
    GetCardDetailsRequest = _types.Deferred(
        globals(),
        "GetCardDetailsRequest",
        "...models.get_card_details_request",
        "GetCardDetailsRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "create_payment",
            "get_card_details",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Payments:
    """``plural.payments``: the payments operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        order_id: str,
        *,
        payments: "Sequence[PaymentRequestParams | PaymentRequest]",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Create a payment against an order: ``create_payment``.

        The body's fields are keyword arguments (``CreatePaymentRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePaymentRequest.from_dict(
            _types.given(
                {
                    "payments": payments,
                }
            )
        )

        return _create_payment.unwrap(
            _create_payment.sync_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get_card_details(
        self,
        *,
        card_details: "Sequence[CardLookupItemParams | CardLookupItem]",
        amount: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "GetCardDetailsResponse":
        """Look up a card's details: ``get_card_details``.

        The body's fields are keyword arguments (``GetCardDetailsRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GetCardDetailsRequest.from_dict(
            _types.given(
                {
                    "card_details": card_details,
                    "amount": amount,
                }
            )
        )

        return _get_card_details.unwrap(
            _get_card_details.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncPayments:
    """``plural.payments`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        order_id: str,
        *,
        payments: "Sequence[PaymentRequestParams | PaymentRequest]",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Create a payment against an order: ``create_payment``.

        The body's fields are keyword arguments (``CreatePaymentRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePaymentRequest.from_dict(
            _types.given(
                {
                    "payments": payments,
                }
            )
        )

        return _create_payment.unwrap(
            await _create_payment.asyncio_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get_card_details(
        self,
        *,
        card_details: "Sequence[CardLookupItemParams | CardLookupItem]",
        amount: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "GetCardDetailsResponse":
        """Look up a card's details: ``get_card_details``.

        The body's fields are keyword arguments (``GetCardDetailsRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GetCardDetailsRequest.from_dict(
            _types.given(
                {
                    "card_details": card_details,
                    "amount": amount,
                }
            )
        )

        return _get_card_details.unwrap(
            await _get_card_details.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class PaymentsWithRawResponse:
    """``plural.with_raw_response.payments``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, payments: Payments) -> None:
        self.create = _types.with_response(payments.create)
        self.get_card_details = _types.with_response(payments.get_card_details)


class AsyncPaymentsWithRawResponse:
    """``with_raw_response.payments`` of ``AsyncPlural``."""

    def __init__(self, payments: AsyncPayments) -> None:
        self.create = _types.with_response_async(payments.create)
        self.get_card_details = _types.with_response_async(payments.get_card_details)
