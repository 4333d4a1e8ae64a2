from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="UpdatePlanRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "plan_name",
        "plan_description",
        "amount",
        "max_limit_amount",
        "trial_period_in_days",
        "end_date",
        "merchant_metadata",
    )
)


@_attrs_define
class UpdatePlanRequest:
    """The plan fields to change; fields left out keep their values."""

    plan_name: str | Unset = UNSET
    """ The plan's new name. """
    plan_description: str | Unset = UNSET
    """ The new description. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    max_limit_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    trial_period_in_days: int | Unset = UNSET
    """ New free trial length in days. """
    end_date: datetime.datetime | Unset = UNSET
    """ New expiry (ISO-8601 UTC). """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """

    def to_dict(self) -> dict[str, Any]:
        plan_name = self.plan_name

        plan_description = self.plan_description

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        max_limit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_limit_amount, Unset):
            max_limit_amount = self.max_limit_amount.to_dict()

        trial_period_in_days = self.trial_period_in_days

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if plan_description is not UNSET:
            field_dict["plan_description"] = plan_description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if max_limit_amount is not UNSET:
            field_dict["max_limit_amount"] = max_limit_amount
        if trial_period_in_days is not UNSET:
            field_dict["trial_period_in_days"] = trial_period_in_days
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "UpdatePlanRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpdatePlanRequest", d, _FIELDS)
        plan_name = d.get("plan_name", UNSET)

        plan_description = d.get("plan_description", UNSET)

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        max_limit_amount = d.get("max_limit_amount", UNSET)
        if max_limit_amount is not UNSET:
            try:
                max_limit_amount = Amount.from_dict(max_limit_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("max_limit_amount") from None

        trial_period_in_days = d.get("trial_period_in_days", UNSET)

        end_date = d.get("end_date", UNSET)
        if end_date is not UNSET:
            try:
                end_date = parse_datetime(end_date)
            except (TypeError, ValueError):
                raise wrong_type("end_date", "an ISO-8601 date-time", end_date) from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        update_plan_request = cls(
            plan_name,
            plan_description,
            amount,
            max_limit_amount,
            trial_period_in_days,
            end_date,
            merchant_metadata,
        )
        return update_plan_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class UpdatePlanRequestParams(TypedDict, total=False):
    """``UpdatePlanRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    plan_name: str | Unset
    plan_description: str | Unset
    amount: AmountParams | Amount | Unset
    max_limit_amount: AmountParams | Amount | Unset
    trial_period_in_days: int | Unset
    end_date: datetime.datetime | str | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
