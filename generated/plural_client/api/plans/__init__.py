"""The plans operations, as functions (one module each) and as a resource of ``Plural``
(``plural.plans``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.create_plan_request import CreatePlanRequest
    from ...models.create_plan_request_auto_debit_ot import (
        CreatePlanRequestAutoDebitOt,
        CreatePlanRequestAutoDebitOtValue,
    )
    from ...models.error import Error
    from ...models.merchant_metadata import MerchantMetadata
    from ...models.plan import Plan
    from ...models.plan_frequency import PlanFrequency, PlanFrequencyValue
    from ...models.plan_list import PlanList
    from ...models.subscription_amount_range import SubscriptionAmountRange
    from ...models.update_plan_request import UpdatePlanRequest
    from . import create_plan as _create_plan
    from . import delete_plan as _delete_plan
    from . import get_plan as _get_plan
    from . import get_plan_by_reference as _get_plan_by_reference
    from . import list_plans as _list_plans
    from . import update_plan as _update_plan
else:
    _list_plans = _types.Deferred(globals(), "_list_plans", ".list_plans")
    _create_plan = _types.Deferred(globals(), "_create_plan", ".create_plan")
    _get_plan = _types.Deferred(globals(), "_get_plan", ".get_plan")
    _delete_plan = _types.Deferred(globals(), "_delete_plan", ".delete_plan")
    _update_plan = _types.Deferred(globals(), "_update_plan", ".update_plan")
    _get_plan_by_reference = _types.Deferred(
        globals(), "_get_plan_by_reference", ".get_plan_by_reference"
    )
    CreatePlanRequest = _types.Deferred(
        globals(), "CreatePlanRequest", "...models.create_plan_request", "CreatePlanRequest"
    )
    UpdatePlanRequest = _types.Deferred(
        globals(), "UpdatePlanRequest", "...models.update_plan_request", "UpdatePlanRequest"
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "list_plans",
            "create_plan",
            "get_plan",
            "delete_plan",
            "update_plan",
            "get_plan_by_reference",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        amount_range: "SubscriptionAmountRange | Unset" = UNSET,
        frequency: "PlanFrequency | Unset" = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PlanList":
        """List subscription plans: ``list_plans``."""
        return _list_plans.unwrap(
            _list_plans.sync_detailed(
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
        )

    def create(
        self,
        *,
        plan_name: str,
        frequency: "PlanFrequencyValue | PlanFrequency",
        amount: "AmountParams | Amount",
        max_limit_amount: "AmountParams | Amount",
        end_date: datetime.datetime | str,
        merchant_plan_reference: str,
        plan_description: str | Unset = UNSET,
        initial_debit_amount: "AmountParams | Amount | Unset" = UNSET,
        trial_period_in_days: int | Unset = UNSET,
        start_date: datetime.datetime | str | Unset = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        auto_debit_ot: "CreatePlanRequestAutoDebitOtValue | CreatePlanRequestAutoDebitOt | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Plan":
        """Create a subscription plan: ``create_plan``.

        The body's fields are keyword arguments (``CreatePlanRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePlanRequest.from_dict(
            _types.given(
                {
                    "plan_name": plan_name,
                    "frequency": frequency,
                    "amount": amount,
                    "max_limit_amount": max_limit_amount,
                    "end_date": end_date,
                    "merchant_plan_reference": merchant_plan_reference,
                    "plan_description": plan_description,
                    "initial_debit_amount": initial_debit_amount,
                    "trial_period_in_days": trial_period_in_days,
                    "start_date": start_date,
                    "merchant_metadata": merchant_metadata,
                    "auto_debit_ot": auto_debit_ot,
                }
            )
        )

        return _create_plan.unwrap(
            _create_plan.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Plan":
        """Get a plan by Plural's plan id: ``get_plan``."""
        return _get_plan.unwrap(
            _get_plan.sync_detailed(
                plan_id=plan_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def delete(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a plan: ``delete_plan``."""
        return _delete_plan.unwrap(
            _delete_plan.sync_detailed(
                plan_id=plan_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def update(
        self,
        plan_id: str,
        *,
        plan_name: str | Unset = UNSET,
        plan_description: str | Unset = UNSET,
        amount: "AmountParams | Amount | Unset" = UNSET,
        max_limit_amount: "AmountParams | Amount | Unset" = UNSET,
        trial_period_in_days: int | Unset = UNSET,
        end_date: datetime.datetime | str | Unset = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Plan":
        """Update a plan: ``update_plan``.

        The body's fields are keyword arguments (``UpdatePlanRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdatePlanRequest.from_dict(
            _types.given(
                {
                    "plan_name": plan_name,
                    "plan_description": plan_description,
                    "amount": amount,
                    "max_limit_amount": max_limit_amount,
                    "trial_period_in_days": trial_period_in_days,
                    "end_date": end_date,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _update_plan.unwrap(
            _update_plan.sync_detailed(
                plan_id=plan_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get_by_reference(
        self,
        merchant_plan_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Plan":
        """Get a plan by the merchant's plan reference: ``get_plan_by_reference``."""
        return _get_plan_by_reference.unwrap(
            _get_plan_by_reference.sync_detailed(
                merchant_plan_reference=merchant_plan_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
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
        amount_range: "SubscriptionAmountRange | Unset" = UNSET,
        frequency: "PlanFrequency | Unset" = UNSET,
        size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PlanList":
        """List subscription plans: ``list_plans``."""
        return _list_plans.unwrap(
            await _list_plans.asyncio_detailed(
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
        )

    async def create(
        self,
        *,
        plan_name: str,
        frequency: "PlanFrequencyValue | PlanFrequency",
        amount: "AmountParams | Amount",
        max_limit_amount: "AmountParams | Amount",
        end_date: datetime.datetime | str,
        merchant_plan_reference: str,
        plan_description: str | Unset = UNSET,
        initial_debit_amount: "AmountParams | Amount | Unset" = UNSET,
        trial_period_in_days: int | Unset = UNSET,
        start_date: datetime.datetime | str | Unset = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        auto_debit_ot: "CreatePlanRequestAutoDebitOtValue | CreatePlanRequestAutoDebitOt | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Plan":
        """Create a subscription plan: ``create_plan``.

        The body's fields are keyword arguments (``CreatePlanRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePlanRequest.from_dict(
            _types.given(
                {
                    "plan_name": plan_name,
                    "frequency": frequency,
                    "amount": amount,
                    "max_limit_amount": max_limit_amount,
                    "end_date": end_date,
                    "merchant_plan_reference": merchant_plan_reference,
                    "plan_description": plan_description,
                    "initial_debit_amount": initial_debit_amount,
                    "trial_period_in_days": trial_period_in_days,
                    "start_date": start_date,
                    "merchant_metadata": merchant_metadata,
                    "auto_debit_ot": auto_debit_ot,
                }
            )
        )

        return _create_plan.unwrap(
            await _create_plan.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Plan":
        """Get a plan by Plural's plan id: ``get_plan``."""
        return _get_plan.unwrap(
            await _get_plan.asyncio_detailed(
                plan_id=plan_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def delete(
        self,
        plan_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a plan: ``delete_plan``."""
        return _delete_plan.unwrap(
            await _delete_plan.asyncio_detailed(
                plan_id=plan_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def update(
        self,
        plan_id: str,
        *,
        plan_name: str | Unset = UNSET,
        plan_description: str | Unset = UNSET,
        amount: "AmountParams | Amount | Unset" = UNSET,
        max_limit_amount: "AmountParams | Amount | Unset" = UNSET,
        trial_period_in_days: int | Unset = UNSET,
        end_date: datetime.datetime | str | Unset = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Plan":
        """Update a plan: ``update_plan``.

        The body's fields are keyword arguments (``UpdatePlanRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdatePlanRequest.from_dict(
            _types.given(
                {
                    "plan_name": plan_name,
                    "plan_description": plan_description,
                    "amount": amount,
                    "max_limit_amount": max_limit_amount,
                    "trial_period_in_days": trial_period_in_days,
                    "end_date": end_date,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _update_plan.unwrap(
            await _update_plan.asyncio_detailed(
                plan_id=plan_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get_by_reference(
        self,
        merchant_plan_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Plan":
        """Get a plan by the merchant's plan reference: ``get_plan_by_reference``."""
        return _get_plan_by_reference.unwrap(
            await _get_plan_by_reference.asyncio_detailed(
                merchant_plan_reference=merchant_plan_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )


class PlansWithRawResponse:
    """``plural.with_raw_response.plans``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, plans: Plans) -> None:
        self.list = _types.with_response(plans.list)
        self.create = _types.with_response(plans.create)
        self.get = _types.with_response(plans.get)
        self.delete = _types.with_response(plans.delete)
        self.update = _types.with_response(plans.update)
        self.get_by_reference = _types.with_response(plans.get_by_reference)


class AsyncPlansWithRawResponse:
    """``with_raw_response.plans`` of ``AsyncPlural``."""

    def __init__(self, plans: AsyncPlans) -> None:
        self.list = _types.with_response_async(plans.list)
        self.create = _types.with_response_async(plans.create)
        self.get = _types.with_response_async(plans.get)
        self.delete = _types.with_response_async(plans.delete)
        self.update = _types.with_response_async(plans.update)
        self.get_by_reference = _types.with_response_async(plans.get_by_reference)
