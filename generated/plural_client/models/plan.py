from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.plan_frequency import PlanFrequency
from ..models.plan_status import PlanStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_int,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="Plan")

_FIELDS: frozenset[str] = frozenset(
    (
        "plan_id",
        "status",
        "plan_name",
        "plan_description",
        "frequency",
        "amount",
        "max_limit_amount",
        "initial_debit_amount",
        "trial_period_in_days",
        "start_date",
        "end_date",
        "merchant_metadata",
        "merchant_plan_reference",
        "auto_debit_ot",
        "created_at",
        "modified_at",
    )
)
_PLAN_STATUS_BY_VALUE = members_by_value(PlanStatus)
_PLAN_FREQUENCY_BY_VALUE = members_by_value(PlanFrequency)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Plan")
        found = 0
        plan_id = d.get("plan_id", UNSET)
        if plan_id is not UNSET:
            found += 1

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (status.__class__ is str and _PLAN_STATUS_BY_VALUE.get(status)) or as_enum(
                PlanStatus, status, "status"
            )

        plan_name = d.get("plan_name", UNSET)
        if plan_name is not UNSET:
            found += 1

        plan_description = d.get("plan_description", UNSET)
        if plan_description is not UNSET:
            found += 1

        frequency = d.get("frequency", UNSET)
        if frequency is not UNSET:
            found += 1
            frequency = (
                frequency.__class__ is str and _PLAN_FREQUENCY_BY_VALUE.get(frequency)
            ) or as_enum(PlanFrequency, frequency, "frequency")

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        max_limit_amount = d.get("max_limit_amount", UNSET)
        if max_limit_amount is not UNSET:
            found += 1
            try:
                max_limit_amount = Amount.from_dict(max_limit_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("max_limit_amount") from None

        initial_debit_amount = d.get("initial_debit_amount", UNSET)
        if initial_debit_amount is not UNSET:
            found += 1
            try:
                initial_debit_amount = Amount.from_dict(initial_debit_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("initial_debit_amount") from None

        trial_period_in_days = d.get("trial_period_in_days", UNSET)
        if trial_period_in_days is not UNSET:
            found += 1
            if trial_period_in_days.__class__ is not int:
                trial_period_in_days = as_int(trial_period_in_days, "trial_period_in_days", True)

        start_date = d.get("start_date", UNSET)
        if start_date is not UNSET:
            found += 1
            try:
                start_date = parse_datetime(start_date)
            except (TypeError, ValueError):
                raise wrong_type("start_date", "an ISO-8601 date-time", start_date) from None

        end_date = d.get("end_date", UNSET)
        if end_date is not UNSET:
            found += 1
            try:
                end_date = parse_datetime(end_date)
            except (TypeError, ValueError):
                raise wrong_type("end_date", "an ISO-8601 date-time", end_date) from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            found += 1
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        merchant_plan_reference = d.get("merchant_plan_reference", UNSET)
        if merchant_plan_reference is not UNSET:
            found += 1

        auto_debit_ot = d.get("auto_debit_ot", UNSET)
        if auto_debit_ot is not UNSET:
            found += 1

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            if created_at is not None:
                try:
                    created_at = parse_datetime(created_at)
                except (TypeError, ValueError):
                    raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        modified_at = d.get("modified_at", UNSET)
        if modified_at is not UNSET:
            found += 1
            if modified_at is not None:
                try:
                    modified_at = parse_datetime(modified_at)
                except (TypeError, ValueError):
                    raise wrong_type("modified_at", "an ISO-8601 date-time", modified_at) from None

        plan = cls(
            plan_id,
            status,
            plan_name,
            plan_description,
            frequency,
            amount,
            max_limit_amount,
            initial_debit_amount,
            trial_period_in_days,
            start_date,
            end_date,
            merchant_metadata,
            merchant_plan_reference,
            auto_debit_ot,
            created_at,
            modified_at,
        )
        if found < len(d):
            plan.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
