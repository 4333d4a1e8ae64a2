from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="UpdateSubscriptionRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "reason",
        "new_plan_id",
        "new_end_date",
    )
)


@_attrs_define
class UpdateSubscriptionRequest:
    """A change of plan and/or end date of a subscription, with its reason."""

    reason: str
    """ Why the subscription is changed. """
    new_plan_id: str | Unset = UNSET
    """ An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`. """
    new_end_date: datetime.datetime | Unset = UNSET
    """ The new end date (ISO-8601 UTC). """

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        new_plan_id = self.new_plan_id

        new_end_date: str | Unset = UNSET
        if not isinstance(self.new_end_date, Unset):
            new_end_date = self.new_end_date.isoformat(timespec="milliseconds").replace(
                "+00:00", "Z"
            )

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if new_plan_id is not UNSET:
            field_dict["new_plan_id"] = new_plan_id
        if new_end_date is not UNSET:
            field_dict["new_end_date"] = new_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "UpdateSubscriptionRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpdateSubscriptionRequest", d, _FIELDS)
        try:
            reason = d["reason"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        new_plan_id = d.get("new_plan_id", UNSET)

        new_end_date = d.get("new_end_date", UNSET)
        if new_end_date is not UNSET:
            try:
                new_end_date = parse_datetime(new_end_date)
            except (TypeError, ValueError):
                raise wrong_type("new_end_date", "an ISO-8601 date-time", new_end_date) from None

        update_subscription_request = cls(
            reason,
            new_plan_id,
            new_end_date,
        )
        return update_subscription_request


class UpdateSubscriptionRequestParams(TypedDict, total=False):
    """``UpdateSubscriptionRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    reason: Required[str]
    new_plan_id: str | Unset
    new_end_date: datetime.datetime | str | Unset
