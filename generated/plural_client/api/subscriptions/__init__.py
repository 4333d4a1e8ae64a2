"""The subscriptions operations, as functions (one module each) and as a resource of ``Plural``
(``plural.subscriptions``): one method per operation, returning what the operation answers."""

import datetime
from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_subscription_request import CreateSubscriptionRequest
from ...models.create_subscription_response import CreateSubscriptionResponse
from ...models.error import Error
from ...models.plan_frequency import PlanFrequency
from ...models.subscription import Subscription
from ...models.subscription_amount_range import SubscriptionAmountRange
from ...models.subscription_list import SubscriptionList
from ...models.subscription_status import SubscriptionStatus
from ...models.update_subscription_request import UpdateSubscriptionRequest
from ...types import UNSET, Unset
from . import cancel_subscription as _cancel_subscription
from . import create_subscription as _create_subscription
from . import get_subscription as _get_subscription
from . import get_subscription_by_reference as _get_subscription_by_reference
from . import list_subscriptions as _list_subscriptions
from . import pause_subscription as _pause_subscription
from . import resume_subscription as _resume_subscription
from . import update_subscription as _update_subscription


class Subscriptions:
    """``plural.subscriptions``: the subscriptions operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
        *,
        plan_id: str | Unset = UNSET,
        status: SubscriptionStatus | Unset = UNSET,
        amount: int | Unset = UNSET,
        amount_range: SubscriptionAmountRange | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        frequency: PlanFrequency | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> SubscriptionList:
        """List subscriptions: ``list_subscriptions``."""
        return _list_subscriptions.call(
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

    def create(
        self,
        *,
        body: CreateSubscriptionRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateSubscriptionResponse:
        """Create a subscription: ``create_subscription``."""
        return _create_subscription.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Get a subscription by Plural's subscription id: ``get_subscription``."""
        return _get_subscription.call(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def update(
        self,
        subscription_id: str,
        *,
        body: UpdateSubscriptionRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Update a subscription: ``update_subscription``."""
        return _update_subscription.call(
            subscription_id=subscription_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get_by_reference(
        self,
        merchant_subscription_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Get a subscription by the merchant's subscription reference: ``get_subscription_by_reference``."""
        return _get_subscription_by_reference.call(
            merchant_subscription_reference=merchant_subscription_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def pause(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Pause a subscription: ``pause_subscription``."""
        return _pause_subscription.call(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def resume(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Resume a subscription: ``resume_subscription``."""
        return _resume_subscription.call(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def cancel(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Cancel a subscription: ``cancel_subscription``."""
        return _cancel_subscription.call(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )


class AsyncSubscriptions:
    """``plural.subscriptions`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
        *,
        plan_id: str | Unset = UNSET,
        status: SubscriptionStatus | Unset = UNSET,
        amount: int | Unset = UNSET,
        amount_range: SubscriptionAmountRange | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        frequency: PlanFrequency | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> SubscriptionList:
        """List subscriptions: ``list_subscriptions``."""
        return await _list_subscriptions.acall(
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

    async def create(
        self,
        *,
        body: CreateSubscriptionRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateSubscriptionResponse:
        """Create a subscription: ``create_subscription``."""
        return await _create_subscription.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Get a subscription by Plural's subscription id: ``get_subscription``."""
        return await _get_subscription.acall(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def update(
        self,
        subscription_id: str,
        *,
        body: UpdateSubscriptionRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Subscription:
        """Update a subscription: ``update_subscription``."""
        return await _update_subscription.acall(
            subscription_id=subscription_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get_by_reference(
        self,
        merchant_subscription_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Get a subscription by the merchant's subscription reference: ``get_subscription_by_reference``."""
        return await _get_subscription_by_reference.acall(
            merchant_subscription_reference=merchant_subscription_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def pause(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Pause a subscription: ``pause_subscription``."""
        return await _pause_subscription.acall(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def resume(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Resume a subscription: ``resume_subscription``."""
        return await _resume_subscription.acall(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def cancel(
        self,
        subscription_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Subscription:
        """Cancel a subscription: ``cancel_subscription``."""
        return await _cancel_subscription.acall(
            subscription_id=subscription_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
