from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.plan_frequency import PlanFrequency
from ..models.plan_status import PlanStatus
from ..types import UNSET, Unset, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """A subscription plan."""

    plan_id: str | Unset = UNSET
    """ Plural's plan id. """
    status: PlanStatus | Unset = UNSET
    """ CREATED (start date in the future), ACTIVE (started), INACTIVE (disabled or past its end date). """
    plan_name: str | Unset = UNSET
    """ The plan's name. """
    plan_description: str | Unset = UNSET
    """ What the plan offers. """
    frequency: PlanFrequency | Unset = UNSET
    """ How often a plan bills: a calendar period, AS (as and when presented), OT (one time) or Not Applicable. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    max_limit_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    initial_debit_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    trial_period_in_days: int | Unset = UNSET
    """ Free trial length in days. """
    start_date: datetime.datetime | Unset = UNSET
    """ When the plan becomes usable. """
    end_date: datetime.datetime | Unset = UNSET
    """ When the plan expires for new subscriptions. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    merchant_plan_reference: str | Unset = UNSET
    """ The merchant's plan reference. """
    auto_debit_ot: str | Unset = UNSET
    """ "true" when one-time plans are debited automatically. """
    created_at: datetime.datetime | Unset | None = UNSET
    """ When the plan was created. """
    modified_at: datetime.datetime | Unset | None = UNSET
    """ When the plan last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        plan_name = self.plan_name

        plan_description = self.plan_description

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        max_limit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_limit_amount, Unset):
            max_limit_amount = self.max_limit_amount.to_dict()

        initial_debit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_debit_amount, Unset):
            initial_debit_amount = self.initial_debit_amount.to_dict()

        trial_period_in_days = self.trial_period_in_days

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        merchant_plan_reference = self.merchant_plan_reference

        auto_debit_ot = self.auto_debit_ot

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            created_at = self.created_at

        modified_at: str | Unset | None
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if status is not UNSET:
            field_dict["status"] = status
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if plan_description is not UNSET:
            field_dict["plan_description"] = plan_description
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if max_limit_amount is not UNSET:
            field_dict["max_limit_amount"] = max_limit_amount
        if initial_debit_amount is not UNSET:
            field_dict["initial_debit_amount"] = initial_debit_amount
        if trial_period_in_days is not UNSET:
            field_dict["trial_period_in_days"] = trial_period_in_days
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if merchant_plan_reference is not UNSET:
            field_dict["merchant_plan_reference"] = merchant_plan_reference
        if auto_debit_ot is not UNSET:
            field_dict["auto_debit_ot"] = auto_debit_ot
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("Plan must be a JSON object")
        d = dict(src_dict)
        plan_id = d.pop("plan_id", UNSET)

        _status = d.pop("status", UNSET)
        status: PlanStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PlanStatus(_status)

        plan_name = d.pop("plan_name", UNSET)

        plan_description = d.pop("plan_description", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: PlanFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = PlanFrequency(_frequency)

        try:
            _amount = d.pop("amount", UNSET)
            amount: Amount | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = Amount.from_dict(_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount") from None

        try:
            _max_limit_amount = d.pop("max_limit_amount", UNSET)
            max_limit_amount: Amount | Unset
            if isinstance(_max_limit_amount, Unset):
                max_limit_amount = UNSET
            else:
                max_limit_amount = Amount.from_dict(_max_limit_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("max_limit_amount") from None

        try:
            _initial_debit_amount = d.pop("initial_debit_amount", UNSET)
            initial_debit_amount: Amount | Unset
            if isinstance(_initial_debit_amount, Unset):
                initial_debit_amount = UNSET
            else:
                initial_debit_amount = Amount.from_dict(_initial_debit_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("initial_debit_amount") from None

        trial_period_in_days = d.pop("trial_period_in_days", UNSET)
        if trial_period_in_days.__class__ is not int and trial_period_in_days is not UNSET:
            trial_period_in_days = as_int(trial_period_in_days, "trial_period_in_days", True)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        try:
            _merchant_metadata = d.pop("merchant_metadata", UNSET)
            merchant_metadata: MerchantMetadata | Unset
            if isinstance(_merchant_metadata, Unset):
                merchant_metadata = UNSET
            else:
                merchant_metadata = MerchantMetadata.from_dict(_merchant_metadata)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("merchant_metadata") from None

        merchant_plan_reference = d.pop("merchant_plan_reference", UNSET)

        auto_debit_ot = d.pop("auto_debit_ot", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        plan = cls(
            plan_id=plan_id,
            status=status,
            plan_name=plan_name,
            plan_description=plan_description,
            frequency=frequency,
            amount=amount,
            max_limit_amount=max_limit_amount,
            initial_debit_amount=initial_debit_amount,
            trial_period_in_days=trial_period_in_days,
            start_date=start_date,
            end_date=end_date,
            merchant_metadata=merchant_metadata,
            merchant_plan_reference=merchant_plan_reference,
            auto_debit_ot=auto_debit_ot,
            created_at=created_at,
            modified_at=modified_at,
        )

        plan.additional_properties = d
        return plan

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
