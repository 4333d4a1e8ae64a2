"""The payment_links operations, as functions (one module each) and as a resource of ``Plural``
(``plural.payment_links``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.create_payment_link_request import CreatePaymentLinkRequest
    from ...models.create_payment_link_request_is_mcc_transaction import (
        CreatePaymentLinkRequestIsMccTransaction,
        CreatePaymentLinkRequestIsMccTransactionValue,
    )
    from ...models.create_payment_link_request_pre_auth import (
        CreatePaymentLinkRequestPreAuth,
        CreatePaymentLinkRequestPreAuthValue,
    )
    from ...models.error import Error
    from ...models.merchant_metadata import MerchantMetadata
    from ...models.money import Money, MoneyParams
    from ...models.payment_link import PaymentLink
    from ...models.payment_link_account_details import (
        PaymentLinkAccountDetails,
        PaymentLinkAccountDetailsParams,
    )
    from ...models.payment_link_cart_details import (
        PaymentLinkCartDetails,
        PaymentLinkCartDetailsParams,
    )
    from ...models.payment_link_customer import PaymentLinkCustomer, PaymentLinkCustomerParams
    from ...models.payment_link_product import PaymentLinkProduct, PaymentLinkProductParams
    from ...models.payment_link_split_info import PaymentLinkSplitInfo, PaymentLinkSplitInfoParams
    from ...models.payment_method import PaymentMethod, PaymentMethodValue
    from . import cancel_payment_link as _cancel_payment_link
    from . import create_payment_link as _create_payment_link
    from . import get_payment_link as _get_payment_link
    from . import get_payment_link_by_reference as _get_payment_link_by_reference
    from . import notify_payment_link as _notify_payment_link
else:
    _create_payment_link = _types.Deferred(
        globals(), "_create_payment_link", ".create_payment_link"
    )
    _get_payment_link = _types.Deferred(globals(), "_get_payment_link", ".get_payment_link")
    _get_payment_link_by_reference = _types.Deferred(
        globals(), "_get_payment_link_by_reference", ".get_payment_link_by_reference"
    )
    _cancel_payment_link = _types.Deferred(
        globals(), "_cancel_payment_link", ".cancel_payment_link"
    )
    _notify_payment_link = _types.Deferred(
        globals(), "_notify_payment_link", ".notify_payment_link"
    )
    CreatePaymentLinkRequest = _types.Deferred(
        globals(),
        "CreatePaymentLinkRequest",
        "...models.create_payment_link_request",
        "CreatePaymentLinkRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "create_payment_link",
            "get_payment_link",
            "get_payment_link_by_reference",
            "cancel_payment_link",
            "notify_payment_link",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PaymentLinks:
    """``plural.payment_links``: the payment_links operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        amount: "AmountParams | Amount",
        merchant_payment_link_reference: str,
        description: str | Unset = UNSET,
        expire_by: datetime.datetime | str | Unset = UNSET,
        allowed_payment_methods: "Sequence[PaymentMethodValue | PaymentMethod] | Unset" = UNSET,
        pre_auth: "CreatePaymentLinkRequestPreAuthValue | CreatePaymentLinkRequestPreAuth | Unset" = UNSET,
        is_mcc_transaction: "CreatePaymentLinkRequestIsMccTransactionValue | CreatePaymentLinkRequestIsMccTransaction | Unset" = UNSET,
        callback_url: str | Unset = UNSET,
        failure_callback_url: str | Unset = UNSET,
        customer: "PaymentLinkCustomerParams | PaymentLinkCustomer | Unset" = UNSET,
        product_details: "Sequence[PaymentLinkProductParams | PaymentLinkProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        split_info: "PaymentLinkSplitInfoParams | PaymentLinkSplitInfo | Unset" = UNSET,
        account_details: "PaymentLinkAccountDetailsParams | PaymentLinkAccountDetails | Unset" = UNSET,
        part_payment: bool | Unset = UNSET,
        cart_details: "PaymentLinkCartDetailsParams | PaymentLinkCartDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "PaymentLink":
        """Create a payment link: ``create_payment_link``.

        The body's fields are keyword arguments (``CreatePaymentLinkRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePaymentLinkRequest.from_dict(
            _types.given(
                {
                    "amount": amount,
                    "merchant_payment_link_reference": merchant_payment_link_reference,
                    "description": description,
                    "expire_by": expire_by,
                    "allowed_payment_methods": allowed_payment_methods,
                    "pre_auth": pre_auth,
                    "is_mcc_transaction": is_mcc_transaction,
                    "callback_url": callback_url,
                    "failure_callback_url": failure_callback_url,
                    "customer": customer,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                    "merchant_metadata": merchant_metadata,
                    "split_info": split_info,
                    "account_details": account_details,
                    "part_payment": part_payment,
                    "cart_details": cart_details,
                }
            )
        )

        return _create_payment_link.unwrap(
            _create_payment_link.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Get a payment link by Plural's id: ``get_payment_link``."""
        return _get_payment_link.unwrap(
            _get_payment_link.sync_detailed(
                payment_link_id=payment_link_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def get_by_reference(
        self,
        merchant_payment_link_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Get a payment link by the merchant's reference: ``get_payment_link_by_reference``."""
        return _get_payment_link_by_reference.unwrap(
            _get_payment_link_by_reference.sync_detailed(
                merchant_payment_link_reference=merchant_payment_link_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def cancel(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Cancel a payment link: ``cancel_payment_link``."""
        return _cancel_payment_link.unwrap(
            _cancel_payment_link.sync_detailed(
                payment_link_id=payment_link_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def notify(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Resend a payment link to the customer: ``notify_payment_link``."""
        return _notify_payment_link.unwrap(
            _notify_payment_link.sync_detailed(
                payment_link_id=payment_link_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class AsyncPaymentLinks:
    """``plural.payment_links`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        amount: "AmountParams | Amount",
        merchant_payment_link_reference: str,
        description: str | Unset = UNSET,
        expire_by: datetime.datetime | str | Unset = UNSET,
        allowed_payment_methods: "Sequence[PaymentMethodValue | PaymentMethod] | Unset" = UNSET,
        pre_auth: "CreatePaymentLinkRequestPreAuthValue | CreatePaymentLinkRequestPreAuth | Unset" = UNSET,
        is_mcc_transaction: "CreatePaymentLinkRequestIsMccTransactionValue | CreatePaymentLinkRequestIsMccTransaction | Unset" = UNSET,
        callback_url: str | Unset = UNSET,
        failure_callback_url: str | Unset = UNSET,
        customer: "PaymentLinkCustomerParams | PaymentLinkCustomer | Unset" = UNSET,
        product_details: "Sequence[PaymentLinkProductParams | PaymentLinkProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        split_info: "PaymentLinkSplitInfoParams | PaymentLinkSplitInfo | Unset" = UNSET,
        account_details: "PaymentLinkAccountDetailsParams | PaymentLinkAccountDetails | Unset" = UNSET,
        part_payment: bool | Unset = UNSET,
        cart_details: "PaymentLinkCartDetailsParams | PaymentLinkCartDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "PaymentLink":
        """Create a payment link: ``create_payment_link``.

        The body's fields are keyword arguments (``CreatePaymentLinkRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePaymentLinkRequest.from_dict(
            _types.given(
                {
                    "amount": amount,
                    "merchant_payment_link_reference": merchant_payment_link_reference,
                    "description": description,
                    "expire_by": expire_by,
                    "allowed_payment_methods": allowed_payment_methods,
                    "pre_auth": pre_auth,
                    "is_mcc_transaction": is_mcc_transaction,
                    "callback_url": callback_url,
                    "failure_callback_url": failure_callback_url,
                    "customer": customer,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                    "merchant_metadata": merchant_metadata,
                    "split_info": split_info,
                    "account_details": account_details,
                    "part_payment": part_payment,
                    "cart_details": cart_details,
                }
            )
        )

        return _create_payment_link.unwrap(
            await _create_payment_link.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Get a payment link by Plural's id: ``get_payment_link``."""
        return _get_payment_link.unwrap(
            await _get_payment_link.asyncio_detailed(
                payment_link_id=payment_link_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def get_by_reference(
        self,
        merchant_payment_link_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Get a payment link by the merchant's reference: ``get_payment_link_by_reference``."""
        return _get_payment_link_by_reference.unwrap(
            await _get_payment_link_by_reference.asyncio_detailed(
                merchant_payment_link_reference=merchant_payment_link_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def cancel(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Cancel a payment link: ``cancel_payment_link``."""
        return _cancel_payment_link.unwrap(
            await _cancel_payment_link.asyncio_detailed(
                payment_link_id=payment_link_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def notify(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PaymentLink":
        """Resend a payment link to the customer: ``notify_payment_link``."""
        return _notify_payment_link.unwrap(
            await _notify_payment_link.asyncio_detailed(
                payment_link_id=payment_link_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class PaymentLinksWithRawResponse:
    """``plural.with_raw_response.payment_links``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, payment_links: PaymentLinks) -> None:
        self.create = _types.with_response(payment_links.create)
        self.get = _types.with_response(payment_links.get)
        self.get_by_reference = _types.with_response(payment_links.get_by_reference)
        self.cancel = _types.with_response(payment_links.cancel)
        self.notify = _types.with_response(payment_links.notify)


class AsyncPaymentLinksWithRawResponse:
    """``with_raw_response.payment_links`` of ``AsyncPlural``."""

    def __init__(self, payment_links: AsyncPaymentLinks) -> None:
        self.create = _types.with_response_async(payment_links.create)
        self.get = _types.with_response_async(payment_links.get)
        self.get_by_reference = _types.with_response_async(payment_links.get_by_reference)
        self.cancel = _types.with_response_async(payment_links.cancel)
        self.notify = _types.with_response_async(payment_links.notify)
