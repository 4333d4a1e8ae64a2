"""The payouts operations, as functions (one module each) and as a resource of ``Plural``
(``plural.payouts``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.bulk_payout import BulkPayout
    from ...models.create_bulk_payout_request import CreateBulkPayoutRequest
    from ...models.create_payout_request import CreatePayoutRequest
    from ...models.error import Error
    from ...models.payout import Payout
    from ...models.payout_balance import PayoutBalance
    from ...models.payout_list import PayoutList
    from ...models.payout_mode import PayoutMode, PayoutModeValue
    from ...models.payout_status import PayoutStatus
    from ...models.update_scheduled_payout_request import UpdateScheduledPayoutRequest
    from . import cancel_scheduled_payout as _cancel_scheduled_payout
    from . import create_bulk_payout as _create_bulk_payout
    from . import create_payout as _create_payout
    from . import get_payout_balance as _get_payout_balance
    from . import list_payouts as _list_payouts
    from . import update_scheduled_payout as _update_scheduled_payout
else:
    _create_payout = _types.Deferred(globals(), "_create_payout", ".create_payout")
    _create_bulk_payout = _types.Deferred(globals(), "_create_bulk_payout", ".create_bulk_payout")
    _list_payouts = _types.Deferred(globals(), "_list_payouts", ".list_payouts")
    _get_payout_balance = _types.Deferred(globals(), "_get_payout_balance", ".get_payout_balance")
    _update_scheduled_payout = _types.Deferred(
        globals(), "_update_scheduled_payout", ".update_scheduled_payout"
    )
    _cancel_scheduled_payout = _types.Deferred(
        globals(), "_cancel_scheduled_payout", ".cancel_scheduled_payout"
    )
    CreatePayoutRequest = _types.Deferred(
        globals(), "CreatePayoutRequest", "...models.create_payout_request", "CreatePayoutRequest"
    )
    UpdateScheduledPayoutRequest = _types.Deferred(
        globals(),
        "UpdateScheduledPayoutRequest",
        "...models.update_scheduled_payout_request",
        "UpdateScheduledPayoutRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "create_payout",
            "create_bulk_payout",
            "list_payouts",
            "get_payout_balance",
            "update_scheduled_payout",
            "cancel_scheduled_payout",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Payouts:
    """``plural.payouts``: the payouts operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def create(
        self,
        *,
        client_reference_id: str,
        payee_name: str,
        amount: "AmountParams | Amount",
        mode: "PayoutModeValue | PayoutMode",
        remarks: str,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        account_number: str | Unset = UNSET,
        branch_code: str | Unset = UNSET,
        vpa: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Payout":
        """Create a payout: ``create_payout``.

        The body's fields are keyword arguments (``CreatePayoutRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePayoutRequest.from_dict(
            _types.given(
                {
                    "clientReferenceId": client_reference_id,
                    "payeeName": payee_name,
                    "amount": amount,
                    "mode": mode,
                    "remarks": remarks,
                    "email": email,
                    "phone": phone,
                    "accountNumber": account_number,
                    "branchCode": branch_code,
                    "vpa": vpa,
                }
            )
        )

        return _create_payout.unwrap(
            _create_payout.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def create_bulk(
        self,
        *,
        body: "CreateBulkPayoutRequest",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "BulkPayout":
        """Create payouts in bulk from a file: ``create_bulk_payout``."""
        return _create_bulk_payout.unwrap(
            _create_bulk_payout.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def list(
        self,
        *,
        payment_reference_id: str | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        request_reference_id: str | Unset = UNSET,
        bank_transaction_reference_id: str | Unset = UNSET,
        mode: "PayoutMode | Unset" = UNSET,
        date_from: datetime.datetime | Unset = UNSET,
        date_to: datetime.datetime | Unset = UNSET,
        status: "PayoutStatus | Unset" = UNSET,
        page: str | Unset = UNSET,
        count: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PayoutList":
        """List payouts: ``list_payouts``."""
        return _list_payouts.unwrap(
            _list_payouts.sync_detailed(
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
        )

    def get_balance(
        self,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PayoutBalance":
        """Get the funding account balance: ``get_payout_balance``."""
        return _get_payout_balance.unwrap(
            _get_payout_balance.sync_detailed(
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def update_scheduled(
        self,
        payment_reference_id: str,
        *,
        schedule_at: datetime.datetime | str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Payout":
        """Reschedule a scheduled payout: ``update_scheduled_payout``.

        The body's fields are keyword arguments (``UpdateScheduledPayoutRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdateScheduledPayoutRequest.from_dict(
            _types.given(
                {
                    "scheduleAt": schedule_at,
                }
            )
        )

        return _update_scheduled_payout.unwrap(
            _update_scheduled_payout.sync_detailed(
                payment_reference_id=payment_reference_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def cancel_scheduled(
        self,
        payment_reference_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Payout":
        """Cancel a scheduled payout: ``cancel_scheduled_payout``."""
        return _cancel_scheduled_payout.unwrap(
            _cancel_scheduled_payout.sync_detailed(
                payment_reference_id=payment_reference_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class AsyncPayouts:
    """``plural.payouts`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def create(
        self,
        *,
        client_reference_id: str,
        payee_name: str,
        amount: "AmountParams | Amount",
        mode: "PayoutModeValue | PayoutMode",
        remarks: str,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        account_number: str | Unset = UNSET,
        branch_code: str | Unset = UNSET,
        vpa: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Payout":
        """Create a payout: ``create_payout``.

        The body's fields are keyword arguments (``CreatePayoutRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePayoutRequest.from_dict(
            _types.given(
                {
                    "clientReferenceId": client_reference_id,
                    "payeeName": payee_name,
                    "amount": amount,
                    "mode": mode,
                    "remarks": remarks,
                    "email": email,
                    "phone": phone,
                    "accountNumber": account_number,
                    "branchCode": branch_code,
                    "vpa": vpa,
                }
            )
        )

        return _create_payout.unwrap(
            await _create_payout.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def create_bulk(
        self,
        *,
        body: "CreateBulkPayoutRequest",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "BulkPayout":
        """Create payouts in bulk from a file: ``create_bulk_payout``."""
        return _create_bulk_payout.unwrap(
            await _create_bulk_payout.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def list(
        self,
        *,
        payment_reference_id: str | Unset = UNSET,
        client_reference_id: str | Unset = UNSET,
        request_reference_id: str | Unset = UNSET,
        bank_transaction_reference_id: str | Unset = UNSET,
        mode: "PayoutMode | Unset" = UNSET,
        date_from: datetime.datetime | Unset = UNSET,
        date_to: datetime.datetime | Unset = UNSET,
        status: "PayoutStatus | Unset" = UNSET,
        page: str | Unset = UNSET,
        count: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PayoutList":
        """List payouts: ``list_payouts``."""
        return _list_payouts.unwrap(
            await _list_payouts.asyncio_detailed(
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
        )

    async def get_balance(
        self,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PayoutBalance":
        """Get the funding account balance: ``get_payout_balance``."""
        return _get_payout_balance.unwrap(
            await _get_payout_balance.asyncio_detailed(
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def update_scheduled(
        self,
        payment_reference_id: str,
        *,
        schedule_at: datetime.datetime | str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Payout":
        """Reschedule a scheduled payout: ``update_scheduled_payout``.

        The body's fields are keyword arguments (``UpdateScheduledPayoutRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdateScheduledPayoutRequest.from_dict(
            _types.given(
                {
                    "scheduleAt": schedule_at,
                }
            )
        )

        return _update_scheduled_payout.unwrap(
            await _update_scheduled_payout.asyncio_detailed(
                payment_reference_id=payment_reference_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def cancel_scheduled(
        self,
        payment_reference_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Payout":
        """Cancel a scheduled payout: ``cancel_scheduled_payout``."""
        return _cancel_scheduled_payout.unwrap(
            await _cancel_scheduled_payout.asyncio_detailed(
                payment_reference_id=payment_reference_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class PayoutsWithRawResponse:
    """``plural.with_raw_response.payouts``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, payouts: Payouts) -> None:
        self.create = _types.with_response(payouts.create)
        self.create_bulk = _types.with_response(payouts.create_bulk)
        self.list = _types.with_response(payouts.list)
        self.get_balance = _types.with_response(payouts.get_balance)
        self.update_scheduled = _types.with_response(payouts.update_scheduled)
        self.cancel_scheduled = _types.with_response(payouts.cancel_scheduled)


class AsyncPayoutsWithRawResponse:
    """``with_raw_response.payouts`` of ``AsyncPlural``."""

    def __init__(self, payouts: AsyncPayouts) -> None:
        self.create = _types.with_response_async(payouts.create)
        self.create_bulk = _types.with_response_async(payouts.create_bulk)
        self.list = _types.with_response_async(payouts.list)
        self.get_balance = _types.with_response_async(payouts.get_balance)
        self.update_scheduled = _types.with_response_async(payouts.update_scheduled)
        self.cancel_scheduled = _types.with_response_async(payouts.cancel_scheduled)
