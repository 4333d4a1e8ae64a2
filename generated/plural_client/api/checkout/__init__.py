"""The checkout operations, as functions (one module each) and as a resource of ``Plural``
(``plural.checkout``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.checkout_integration_mode import (
        CheckoutIntegrationMode,
        CheckoutIntegrationModeValue,
    )
    from ...models.checkout_link import CheckoutLink
    from ...models.checkout_purchase_details import (
        CheckoutPurchaseDetails,
        CheckoutPurchaseDetailsParams,
    )
    from ...models.error import Error
    from ...models.generate_checkout_link_request import GenerateCheckoutLinkRequest
    from ...models.payment_method import PaymentMethod, PaymentMethodValue
    from . import generate_checkout_link as _generate_checkout_link
else:
    _generate_checkout_link = _types.Deferred(
        globals(), "_generate_checkout_link", ".generate_checkout_link"
    )
    GenerateCheckoutLinkRequest = _types.Deferred(
        globals(),
        "GenerateCheckoutLinkRequest",
        "...models.generate_checkout_link_request",
        "GenerateCheckoutLinkRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("generate_checkout_link",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Checkout:
    """``plural.checkout``: the checkout operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate_link(
        self,
        *,
        merchant_order_reference: str,
        order_amount: "AmountParams | Amount",
        integration_mode: "CheckoutIntegrationModeValue | CheckoutIntegrationMode | Unset" = UNSET,
        pre_auth: bool | Unset = UNSET,
        allowed_payment_methods: "Sequence[PaymentMethodValue | PaymentMethod] | Unset" = UNSET,
        notes: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        purchase_details: "CheckoutPurchaseDetailsParams | CheckoutPurchaseDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CheckoutLink":
        """Create an order paid on Plural's hosted checkout: ``generate_checkout_link``.

        The body's fields are keyword arguments (``GenerateCheckoutLinkRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GenerateCheckoutLinkRequest.from_dict(
            _types.given(
                {
                    "merchant_order_reference": merchant_order_reference,
                    "order_amount": order_amount,
                    "integration_mode": integration_mode,
                    "pre_auth": pre_auth,
                    "allowed_payment_methods": allowed_payment_methods,
                    "notes": notes,
                    "callback_url": callback_url,
                    "purchase_details": purchase_details,
                }
            )
        )

        return _generate_checkout_link.unwrap(
            _generate_checkout_link.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncCheckout:
    """``plural.checkout`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate_link(
        self,
        *,
        merchant_order_reference: str,
        order_amount: "AmountParams | Amount",
        integration_mode: "CheckoutIntegrationModeValue | CheckoutIntegrationMode | Unset" = UNSET,
        pre_auth: bool | Unset = UNSET,
        allowed_payment_methods: "Sequence[PaymentMethodValue | PaymentMethod] | Unset" = UNSET,
        notes: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        purchase_details: "CheckoutPurchaseDetailsParams | CheckoutPurchaseDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CheckoutLink":
        """Create an order paid on Plural's hosted checkout: ``generate_checkout_link``.

        The body's fields are keyword arguments (``GenerateCheckoutLinkRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = GenerateCheckoutLinkRequest.from_dict(
            _types.given(
                {
                    "merchant_order_reference": merchant_order_reference,
                    "order_amount": order_amount,
                    "integration_mode": integration_mode,
                    "pre_auth": pre_auth,
                    "allowed_payment_methods": allowed_payment_methods,
                    "notes": notes,
                    "callback_url": callback_url,
                    "purchase_details": purchase_details,
                }
            )
        )

        return _generate_checkout_link.unwrap(
            await _generate_checkout_link.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class CheckoutWithRawResponse:
    """``plural.with_raw_response.checkout``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, checkout: Checkout) -> None:
        self.generate_link = _types.with_response(checkout.generate_link)


class AsyncCheckoutWithRawResponse:
    """``with_raw_response.checkout`` of ``AsyncPlural``."""

    def __init__(self, checkout: AsyncCheckout) -> None:
        self.generate_link = _types.with_response_async(checkout.generate_link)
