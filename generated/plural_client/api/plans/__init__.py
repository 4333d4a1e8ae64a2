"""The plans operations, as functions (one module each) and as a resource of ``Plural``
(``plural.plans``): one method per operation, returning what the operation answers."""

import datetime
from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_plan_request import CreatePlanRequest
from ...models.error import Error
from ...models.plan import Plan
from ...models.plan_frequency import PlanFrequency
from ...models.plan_list import PlanList
from ...models.subscription_amount_range import SubscriptionAmountRange
from ...models.update_plan_request import UpdatePlanRequest
from ...types import UNSET, Unset
from . import create_plan as _create_plan
from . import delete_plan as _delete_plan
from . import get_plan as _get_plan
from . import get_plan_by_reference as _get_plan_by_reference
from . import list_plans as _list_plans
from . import update_plan as _update_plan


class Plans:
    """``plural.plans``: the plans operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
        *,
        plan_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        amount: int | Unset = UNSET,
        amount_range: SubscriptionAmountRange | Unset = UNSET,
        frequency: PlanFrequency | Unset = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PlanList:
        """List subscription plans: ``list_plans``."""
        return _list_plans.call(
            plan_id=plan_id,
            start_date=start_date,
            end_date=end_date,
            amount=amount,
            amount_range=amount_range,
            frequency=frequency,
            size=size,
            page=page,
            sort=sort,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def create(
        self,
        *,
        body: CreatePlanRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plan:
        """Create a subscription plan: ``create_plan``."""
        return _create_plan.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Plan:
        """Get a plan by Plural's plan id: ``get_plan``."""
        return _get_plan.call(
            plan_id=plan_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def delete(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a plan: ``delete_plan``."""
        return _delete_plan.call(
            plan_id=plan_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def update(
        self,
        plan_id: str,
        *,
        body: UpdatePlanRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plan:
        """Update a plan: ``update_plan``."""
        return _update_plan.call(
            plan_id=plan_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get_by_reference(
        self,
        merchant_plan_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Plan:
        """Get a plan by the merchant's plan reference: ``get_plan_by_reference``."""
        return _get_plan_by_reference.call(
            merchant_plan_reference=merchant_plan_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )


class AsyncPlans:
    """``plural.plans`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
        *,
        plan_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        amount: int | Unset = UNSET,
        amount_range: SubscriptionAmountRange | Unset = UNSET,
        frequency: PlanFrequency | Unset = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> PlanList:
        """List subscription plans: ``list_plans``."""
        return await _list_plans.acall(
            plan_id=plan_id,
            start_date=start_date,
            end_date=end_date,
            amount=amount,
            amount_range=amount_range,
            frequency=frequency,
            size=size,
            page=page,
            sort=sort,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CreatePlanRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plan:
        """Create a subscription plan: ``create_plan``."""
        return await _create_plan.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Plan:
        """Get a plan by Plural's plan id: ``get_plan``."""
        return await _get_plan.acall(
            plan_id=plan_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def delete(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a plan: ``delete_plan``."""
        return await _delete_plan.acall(
            plan_id=plan_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def update(
        self,
        plan_id: str,
        *,
        body: UpdatePlanRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Plan:
        """Update a plan: ``update_plan``."""
        return await _update_plan.acall(
            plan_id=plan_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get_by_reference(
        self,
        merchant_plan_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Plan:
        """Get a plan by the merchant's plan reference: ``get_plan_by_reference``."""
        return await _get_plan_by_reference.acall(
            merchant_plan_reference=merchant_plan_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )
