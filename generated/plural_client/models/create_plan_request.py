from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.create_plan_request_auto_debit_ot import CreatePlanRequestAutoDebitOt
from ..models.plan_frequency import PlanFrequency
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="CreatePlanRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "plan_name",
        "frequency",
        "amount",
        "max_limit_amount",
        "end_date",
        "merchant_plan_reference",
        "plan_description",
        "initial_debit_amount",
        "trial_period_in_days",
        "start_date",
        "merchant_metadata",
        "auto_debit_ot",
    )
)
_PLAN_FREQUENCY_BY_VALUE = members_by_value(PlanFrequency)
_CREATE_PLAN_REQUEST_AUTO_DEBIT_OT_BY_VALUE = members_by_value(CreatePlanRequestAutoDebitOt)


@_attrs_define
class CreatePlanRequest:
    """A new subscription plan."""

    plan_name: str
    """ The plan's name, shown to customers. """
    frequency: PlanFrequency
    """ How often a plan bills: a calendar period, AS (as and when presented), OT (one time) or Not Applicable. """
    amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    max_limit_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    end_date: datetime.datetime
    """ When the plan expires for new subscriptions (ISO-8601 UTC). """
    merchant_plan_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    plan_description: str | Unset = UNSET
    """ What the plan offers. """
    initial_debit_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    trial_period_in_days: int | Unset = UNSET
    """ Free trial before the first debit, in days. """
    start_date: datetime.datetime | Unset = UNSET
    """ When the plan becomes usable (ISO-8601 UTC); now if left out. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    auto_debit_ot: CreatePlanRequestAutoDebitOt | Unset = UNSET
    """ "true" to debit one-time (OT) plans automatically. """

    def to_dict(self) -> dict[str, Any]:
        plan_name = self.plan_name

        frequency = self.frequency.value

        amount = self.amount.to_dict()

        max_limit_amount = self.max_limit_amount.to_dict()

        end_date = self.end_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        merchant_plan_reference = self.merchant_plan_reference

        plan_description = self.plan_description

        initial_debit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_debit_amount, Unset):
            initial_debit_amount = self.initial_debit_amount.to_dict()

        trial_period_in_days = self.trial_period_in_days

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        auto_debit_ot: str | Unset = UNSET
        if not isinstance(self.auto_debit_ot, Unset):
            auto_debit_ot = self.auto_debit_ot.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan_name": plan_name,
                "frequency": frequency,
                "amount": amount,
                "max_limit_amount": max_limit_amount,
                "end_date": end_date,
                "merchant_plan_reference": merchant_plan_reference,
            }
        )
        if plan_description is not UNSET:
            field_dict["plan_description"] = plan_description
        if initial_debit_amount is not UNSET:
            field_dict["initial_debit_amount"] = initial_debit_amount
        if trial_period_in_days is not UNSET:
            field_dict["trial_period_in_days"] = trial_period_in_days
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if auto_debit_ot is not UNSET:
            field_dict["auto_debit_ot"] = auto_debit_ot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CreatePlanRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreatePlanRequest", d, _FIELDS)
        try:
            plan_name = d["plan_name"]
            frequency = d["frequency"]
            amount = d["amount"]
            max_limit_amount = d["max_limit_amount"]
            end_date = d["end_date"]
            merchant_plan_reference = d["merchant_plan_reference"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        frequency = (
            frequency.__class__ is str and _PLAN_FREQUENCY_BY_VALUE.get(frequency)
        ) or as_enum(PlanFrequency, frequency, "frequency")

        try:
            amount = Amount.from_dict(amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("amount") from None

        try:
            max_limit_amount = Amount.from_dict(max_limit_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("max_limit_amount") from None

        try:
            end_date = parse_datetime(end_date)
        except (TypeError, ValueError):
            raise wrong_type("end_date", "an ISO-8601 date-time", end_date) from None

        plan_description = d.get("plan_description", UNSET)

        initial_debit_amount = d.get("initial_debit_amount", UNSET)
        if initial_debit_amount is not UNSET:
            try:
                initial_debit_amount = Amount.from_dict(initial_debit_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("initial_debit_amount") from None

        trial_period_in_days = d.get("trial_period_in_days", UNSET)

        start_date = d.get("start_date", UNSET)
        if start_date is not UNSET:
            try:
                start_date = parse_datetime(start_date)
            except (TypeError, ValueError):
                raise wrong_type("start_date", "an ISO-8601 date-time", start_date) from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        auto_debit_ot = d.get("auto_debit_ot", UNSET)
        if auto_debit_ot is not UNSET:
            auto_debit_ot = (
                auto_debit_ot.__class__ is str
                and _CREATE_PLAN_REQUEST_AUTO_DEBIT_OT_BY_VALUE.get(auto_debit_ot)
            ) or as_enum(CreatePlanRequestAutoDebitOt, auto_debit_ot, "auto_debit_ot")

        create_plan_request = cls(
            plan_name,
            frequency,
            amount,
            max_limit_amount,
            end_date,
            merchant_plan_reference,
            plan_description,
            initial_debit_amount,
            trial_period_in_days,
            start_date,
            merchant_metadata,
            auto_debit_ot,
        )
        return create_plan_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.create_plan_request_auto_debit_ot import CreatePlanRequestAutoDebitOtValue
    from ..models.plan_frequency import PlanFrequencyValue


class CreatePlanRequestParams(TypedDict, total=False):
    """``CreatePlanRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    plan_name: Required[str]
    frequency: Required[PlanFrequencyValue | PlanFrequency]
    amount: Required[AmountParams | Amount]
    max_limit_amount: Required[AmountParams | Amount]
    end_date: Required[datetime.datetime | str]
    merchant_plan_reference: Required[str]
    plan_description: str | Unset
    initial_debit_amount: AmountParams | Amount | Unset
    trial_period_in_days: int | Unset
    start_date: datetime.datetime | str | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset
    auto_debit_ot: CreatePlanRequestAutoDebitOtValue | CreatePlanRequestAutoDebitOt | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
