"""The payouts operations, as functions (one module each) and as a resource of ``Plural``
(``plural.payouts``): one method per operation, returning what the operation answers."""

import datetime
from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.bulk_payout import BulkPayout
from ...models.create_bulk_payout_request import CreateBulkPayoutRequest
from ...models.create_payout_request import CreatePayoutRequest
from ...models.error import Error
from ...models.payout import Payout
from ...models.payout_balance import PayoutBalance
from ...models.payout_list import PayoutList
from ...models.payout_mode import PayoutMode
from ...models.payout_status import PayoutStatus
from ...models.update_scheduled_payout_request import UpdateScheduledPayoutRequest
from ...types import UNSET, Unset
from . import cancel_scheduled_payout as _cancel_scheduled_payout
from . import create_bulk_payout as _create_bulk_payout
from . import create_payout as _create_payout
from . import get_payout_balance as _get_payout_balance
from . import list_payouts as _list_payouts
from . import update_scheduled_payout as _update_scheduled_payout


class Payouts:
    """``plural.payouts``: the payouts operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreatePayoutRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Payout:
        """Create a payout: ``create_payout``."""
        return _create_payout.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def create_bulk(
        self,
        *,
        body: CreateBulkPayoutRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> BulkPayout:
        """Create payouts in bulk from a file: ``create_bulk_payout``."""
        return _create_bulk_payout.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def list(
        self,
        *,
        payment_reference_id: str | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        request_reference_id: str | Unset = UNSET,
        bank_transaction_reference_id: str | Unset = UNSET,
        mode: PayoutMode | Unset = UNSET,
        date_from: datetime.datetime | Unset = UNSET,
        date_to: datetime.datetime | Unset = UNSET,
        status: PayoutStatus | Unset = UNSET,
        page: str | Unset = UNSET,
        count: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PayoutList:
        """List payouts: ``list_payouts``."""
        return _list_payouts.call(
            payment_reference_id=payment_reference_id,
            client_reference_id=client_reference_id,
            request_reference_id=request_reference_id,
            bank_transaction_reference_id=bank_transaction_reference_id,
            mode=mode,
            date_from=date_from,
            date_to=date_to,
            status=status,
            page=page,
            count=count,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def get_balance(
        self,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PayoutBalance:
        """Get the funding account balance: ``get_payout_balance``."""
        return _get_payout_balance.call(
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def update_scheduled(
        self,
        payment_reference_id: str,
        *,
        body: UpdateScheduledPayoutRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Payout:
        """Reschedule a scheduled payout: ``update_scheduled_payout``."""
        return _update_scheduled_payout.call(
            payment_reference_id=payment_reference_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def cancel_scheduled(
        self,
        payment_reference_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Payout:
        """Cancel a scheduled payout: ``cancel_scheduled_payout``."""
        return _cancel_scheduled_payout.call(
            payment_reference_id=payment_reference_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )


class AsyncPayouts:
    """``plural.payouts`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreatePayoutRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Payout:
        """Create a payout: ``create_payout``."""
        return await _create_payout.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def create_bulk(
        self,
        *,
        body: CreateBulkPayoutRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> BulkPayout:
        """Create payouts in bulk from a file: ``create_bulk_payout``."""
        return await _create_bulk_payout.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def list(
        self,
        *,
        payment_reference_id: str | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        request_reference_id: str | Unset = UNSET,
        bank_transaction_reference_id: str | Unset = UNSET,
        mode: PayoutMode | Unset = UNSET,
        date_from: datetime.datetime | Unset = UNSET,
        date_to: datetime.datetime | Unset = UNSET,
        status: PayoutStatus | Unset = UNSET,
        page: str | Unset = UNSET,
        count: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PayoutList:
        """List payouts: ``list_payouts``."""
        return await _list_payouts.acall(
            payment_reference_id=payment_reference_id,
            client_reference_id=client_reference_id,
            request_reference_id=request_reference_id,
            bank_transaction_reference_id=bank_transaction_reference_id,
            mode=mode,
            date_from=date_from,
            date_to=date_to,
            status=status,
            page=page,
            count=count,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def get_balance(
        self,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PayoutBalance:
        """Get the funding account balance: ``get_payout_balance``."""
        return await _get_payout_balance.acall(
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def update_scheduled(
        self,
        payment_reference_id: str,
        *,
        body: UpdateScheduledPayoutRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Payout:
        """Reschedule a scheduled payout: ``update_scheduled_payout``."""
        return await _update_scheduled_payout.acall(
            payment_reference_id=payment_reference_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def cancel_scheduled(
        self,
        payment_reference_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Payout:
        """Cancel a scheduled payout: ``cancel_scheduled_payout``."""
        return await _cancel_scheduled_payout.acall(
            payment_reference_id=payment_reference_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
