"""The subscriptions operations, as functions (one module each) and as a resource of ``Plural``
(``plural.subscriptions``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.create_subscription_request import CreateSubscriptionRequest
    from ...models.create_subscription_response import CreateSubscriptionResponse
    from ...models.error import Error
    from ...models.merchant_metadata import MerchantMetadata
    from ...models.plan_frequency import PlanFrequency
    from ...models.subscription import Subscription
    from ...models.subscription_amount_range import SubscriptionAmountRange
    from ...models.subscription_bank_account import (
        SubscriptionBankAccount,
        SubscriptionBankAccountParams,
    )
    from ...models.subscription_integration_mode import (
        SubscriptionIntegrationMode,
        SubscriptionIntegrationModeValue,
    )
    from ...models.subscription_list import SubscriptionList
    from ...models.subscription_payment_method import (
        SubscriptionPaymentMethod,
        SubscriptionPaymentMethodValue,
    )
    from ...models.subscription_status import SubscriptionStatus
    from ...models.update_subscription_request import UpdateSubscriptionRequest
    from . import cancel_subscription as _cancel_subscription
    from . import create_subscription as _create_subscription
    from . import get_subscription as _get_subscription
    from . import get_subscription_by_reference as _get_subscription_by_reference
    from . import list_subscriptions as _list_subscriptions
    from . import pause_subscription as _pause_subscription
    from . import resume_subscription as _resume_subscription
    from . import update_subscription as _update_subscription
else:
    _list_subscriptions = _types.Deferred(globals(), "_list_subscriptions", ".list_subscriptions")
    _create_subscription = _types.Deferred(
        globals(), "_create_subscription", ".create_subscription"
    )
    _get_subscription = _types.Deferred(globals(), "_get_subscription", ".get_subscription")
    _update_subscription = _types.Deferred(
        globals(), "_update_subscription", ".update_subscription"
    )
    _get_subscription_by_reference = _types.Deferred(
        globals(), "_get_subscription_by_reference", ".get_subscription_by_reference"
    )
    _pause_subscription = _types.Deferred(globals(), "_pause_subscription", ".pause_subscription")
    _resume_subscription = _types.Deferred(
        globals(), "_resume_subscription", ".resume_subscription"
    )
    _cancel_subscription = _types.Deferred(
        globals(), "_cancel_subscription", ".cancel_subscription"
    )
    CreateSubscriptionRequest = _types.Deferred(
        globals(),
        "CreateSubscriptionRequest",
        "...models.create_subscription_request",
        "CreateSubscriptionRequest",
    )
    UpdateSubscriptionRequest = _types.Deferred(
        globals(),
        "UpdateSubscriptionRequest",
        "...models.update_subscription_request",
        "UpdateSubscriptionRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "list_subscriptions",
            "create_subscription",
            "get_subscription",
            "update_subscription",
            "get_subscription_by_reference",
            "pause_subscription",
            "resume_subscription",
            "cancel_subscription",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Subscriptions:
    """``plural.subscriptions``: the subscriptions operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
        *,
        plan_id: str | Unset = UNSET,
        status: "SubscriptionStatus | Unset" = UNSET,
        amount: int | Unset = UNSET,
        amount_range: "SubscriptionAmountRange | Unset" = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        frequency: "PlanFrequency | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "SubscriptionList":
        """List subscriptions: ``list_subscriptions``."""
        return _list_subscriptions.unwrap(
            _list_subscriptions.sync_detailed(
                plan_id=plan_id,
                status=status,
                amount=amount,
                amount_range=amount_range,
                start_date=start_date,
                end_date=end_date,
                size=size,
                page=page,
                sort=sort,
                frequency=frequency,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def create(
        self,
        *,
        merchant_subscription_reference: str,
        plan_id: str,
        start_date: datetime.datetime | str,
        end_date: datetime.datetime | str,
        customer_id: str,
        integration_mode: "SubscriptionIntegrationModeValue | SubscriptionIntegrationMode",
        enable_notification: bool | Unset = UNSET,
        allowed_payment_methods: "Sequence[SubscriptionPaymentMethodValue | SubscriptionPaymentMethod] | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        is_tpv_enabled: bool | Unset = UNSET,
        bank_account: "SubscriptionBankAccountParams | SubscriptionBankAccount | Unset" = UNSET,
        callback_url: str | Unset = UNSET,
        failure_callback_url: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CreateSubscriptionResponse":
        """Create a subscription: ``create_subscription``.

        The body's fields are keyword arguments (``CreateSubscriptionRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateSubscriptionRequest.from_dict(
            _types.given(
                {
                    "merchant_subscription_reference": merchant_subscription_reference,
                    "plan_id": plan_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_id": customer_id,
                    "integration_mode": integration_mode,
                    "enable_notification": enable_notification,
                    "allowed_payment_methods": allowed_payment_methods,
                    "merchant_metadata": merchant_metadata,
                    "is_tpv_enabled": is_tpv_enabled,
                    "bank_account": bank_account,
                    "callback_url": callback_url,
                    "failure_callback_url": failure_callback_url,
                }
            )
        )

        return _create_subscription.unwrap(
            _create_subscription.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Get a subscription by Plural's subscription id: ``get_subscription``."""
        return _get_subscription.unwrap(
            _get_subscription.sync_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def update(
        self,
        subscription_id: str,
        *,
        reason: str,
        new_plan_id: str | Unset = UNSET,
        new_end_date: datetime.datetime | str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Subscription":
        """Update a subscription: ``update_subscription``.

        The body's fields are keyword arguments (``UpdateSubscriptionRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdateSubscriptionRequest.from_dict(
            _types.given(
                {
                    "reason": reason,
                    "new_plan_id": new_plan_id,
                    "new_end_date": new_end_date,
                }
            )
        )

        return _update_subscription.unwrap(
            _update_subscription.sync_detailed(
                subscription_id=subscription_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get_by_reference(
        self,
        merchant_subscription_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Get a subscription by the merchant's subscription reference: ``get_subscription_by_reference``."""
        return _get_subscription_by_reference.unwrap(
            _get_subscription_by_reference.sync_detailed(
                merchant_subscription_reference=merchant_subscription_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def pause(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Pause a subscription: ``pause_subscription``."""
        return _pause_subscription.unwrap(
            _pause_subscription.sync_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def resume(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Resume a subscription: ``resume_subscription``."""
        return _resume_subscription.unwrap(
            _resume_subscription.sync_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def cancel(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Cancel a subscription: ``cancel_subscription``."""
        return _cancel_subscription.unwrap(
            _cancel_subscription.sync_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class AsyncSubscriptions:
    """``plural.subscriptions`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
        *,
        plan_id: str | Unset = UNSET,
        status: "SubscriptionStatus | Unset" = UNSET,
        amount: int | Unset = UNSET,
        amount_range: "SubscriptionAmountRange | Unset" = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        frequency: "PlanFrequency | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "SubscriptionList":
        """List subscriptions: ``list_subscriptions``."""
        return _list_subscriptions.unwrap(
            await _list_subscriptions.asyncio_detailed(
                plan_id=plan_id,
                status=status,
                amount=amount,
                amount_range=amount_range,
                start_date=start_date,
                end_date=end_date,
                size=size,
                page=page,
                sort=sort,
                frequency=frequency,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def create(
        self,
        *,
        merchant_subscription_reference: str,
        plan_id: str,
        start_date: datetime.datetime | str,
        end_date: datetime.datetime | str,
        customer_id: str,
        integration_mode: "SubscriptionIntegrationModeValue | SubscriptionIntegrationMode",
        enable_notification: bool | Unset = UNSET,
        allowed_payment_methods: "Sequence[SubscriptionPaymentMethodValue | SubscriptionPaymentMethod] | Unset" = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        is_tpv_enabled: bool | Unset = UNSET,
        bank_account: "SubscriptionBankAccountParams | SubscriptionBankAccount | Unset" = UNSET,
        callback_url: str | Unset = UNSET,
        failure_callback_url: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CreateSubscriptionResponse":
        """Create a subscription: ``create_subscription``.

        The body's fields are keyword arguments (``CreateSubscriptionRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateSubscriptionRequest.from_dict(
            _types.given(
                {
                    "merchant_subscription_reference": merchant_subscription_reference,
                    "plan_id": plan_id,
                    "start_date": start_date,
                    "end_date": end_date,
                    "customer_id": customer_id,
                    "integration_mode": integration_mode,
                    "enable_notification": enable_notification,
                    "allowed_payment_methods": allowed_payment_methods,
                    "merchant_metadata": merchant_metadata,
                    "is_tpv_enabled": is_tpv_enabled,
                    "bank_account": bank_account,
                    "callback_url": callback_url,
                    "failure_callback_url": failure_callback_url,
                }
            )
        )

        return _create_subscription.unwrap(
            await _create_subscription.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Get a subscription by Plural's subscription id: ``get_subscription``."""
        return _get_subscription.unwrap(
            await _get_subscription.asyncio_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def update(
        self,
        subscription_id: str,
        *,
        reason: str,
        new_plan_id: str | Unset = UNSET,
        new_end_date: datetime.datetime | str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Subscription":
        """Update a subscription: ``update_subscription``.

        The body's fields are keyword arguments (``UpdateSubscriptionRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdateSubscriptionRequest.from_dict(
            _types.given(
                {
                    "reason": reason,
                    "new_plan_id": new_plan_id,
                    "new_end_date": new_end_date,
                }
            )
        )

        return _update_subscription.unwrap(
            await _update_subscription.asyncio_detailed(
                subscription_id=subscription_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get_by_reference(
        self,
        merchant_subscription_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Get a subscription by the merchant's subscription reference: ``get_subscription_by_reference``."""
        return _get_subscription_by_reference.unwrap(
            await _get_subscription_by_reference.asyncio_detailed(
                merchant_subscription_reference=merchant_subscription_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def pause(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Pause a subscription: ``pause_subscription``."""
        return _pause_subscription.unwrap(
            await _pause_subscription.asyncio_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def resume(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Resume a subscription: ``resume_subscription``."""
        return _resume_subscription.unwrap(
            await _resume_subscription.asyncio_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def cancel(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Subscription":
        """Cancel a subscription: ``cancel_subscription``."""
        return _cancel_subscription.unwrap(
            await _cancel_subscription.asyncio_detailed(
                subscription_id=subscription_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class SubscriptionsWithRawResponse:
    """``plural.with_raw_response.subscriptions``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, subscriptions: Subscriptions) -> None:
        self.list = _types.with_response(subscriptions.list)
        self.create = _types.with_response(subscriptions.create)
        self.get = _types.with_response(subscriptions.get)
        self.update = _types.with_response(subscriptions.update)
        self.get_by_reference = _types.with_response(subscriptions.get_by_reference)
        self.pause = _types.with_response(subscriptions.pause)
        self.resume = _types.with_response(subscriptions.resume)
        self.cancel = _types.with_response(subscriptions.cancel)


class AsyncSubscriptionsWithRawResponse:
    """``with_raw_response.subscriptions`` of ``AsyncPlural``."""

    def __init__(self, subscriptions: AsyncSubscriptions) -> None:
        self.list = _types.with_response_async(subscriptions.list)
        self.create = _types.with_response_async(subscriptions.create)
        self.get = _types.with_response_async(subscriptions.get)
        self.update = _types.with_response_async(subscriptions.update)
        self.get_by_reference = _types.with_response_async(subscriptions.get_by_reference)
        self.pause = _types.with_response_async(subscriptions.pause)
        self.resume = _types.with_response_async(subscriptions.resume)
        self.cancel = _types.with_response_async(subscriptions.cancel)
