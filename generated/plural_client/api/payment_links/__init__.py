"""The payment_links operations, as functions (one module each) and as a resource of ``Plural``
(``plural.payment_links``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_payment_link_request import CreatePaymentLinkRequest
from ...models.error import Error
from ...models.payment_link import PaymentLink
from ...types import UNSET, Unset
from . import cancel_payment_link as _cancel_payment_link
from . import create_payment_link as _create_payment_link
from . import get_payment_link as _get_payment_link
from . import get_payment_link_by_reference as _get_payment_link_by_reference
from . import notify_payment_link as _notify_payment_link


class PaymentLinks:
    """``plural.payment_links``: the payment_links operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreatePaymentLinkRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentLink:
        """Create a payment link: ``create_payment_link``."""
        return _create_payment_link.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Get a payment link by Plural's id: ``get_payment_link``."""
        return _get_payment_link.call(
            payment_link_id=payment_link_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def get_by_reference(
        self,
        merchant_payment_link_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Get a payment link by the merchant's reference: ``get_payment_link_by_reference``."""
        return _get_payment_link_by_reference.call(
            merchant_payment_link_reference=merchant_payment_link_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def cancel(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Cancel a payment link: ``cancel_payment_link``."""
        return _cancel_payment_link.call(
            payment_link_id=payment_link_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def notify(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Resend a payment link to the customer: ``notify_payment_link``."""
        return _notify_payment_link.call(
            payment_link_id=payment_link_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )


class AsyncPaymentLinks:
    """``plural.payment_links`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreatePaymentLinkRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentLink:
        """Create a payment link: ``create_payment_link``."""
        return await _create_payment_link.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Get a payment link by Plural's id: ``get_payment_link``."""
        return await _get_payment_link.acall(
            payment_link_id=payment_link_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def get_by_reference(
        self,
        merchant_payment_link_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Get a payment link by the merchant's reference: ``get_payment_link_by_reference``."""
        return await _get_payment_link_by_reference.acall(
            merchant_payment_link_reference=merchant_payment_link_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def cancel(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Cancel a payment link: ``cancel_payment_link``."""
        return await _cancel_payment_link.acall(
            payment_link_id=payment_link_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def notify(
        self,
        payment_link_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PaymentLink:
        """Resend a payment link to the customer: ``notify_payment_link``."""
        return await _notify_payment_link.acall(
            payment_link_id=payment_link_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
