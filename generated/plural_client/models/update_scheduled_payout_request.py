from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="UpdateScheduledPayoutRequest")

_FIELDS: frozenset[str] = frozenset(("scheduleAt",))


@_attrs_define
class UpdateScheduledPayoutRequest:
    """A new schedule for a SCHEDULED payout."""

    schedule_at: datetime.datetime | Unset = UNSET
    """ When the payout is to be executed, ISO 8601 UTC. """

    def to_dict(self) -> dict[str, Any]:
        schedule_at: str | Unset = UNSET
        if not isinstance(self.schedule_at, Unset):
            schedule_at = self.schedule_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if schedule_at is not UNSET:
            field_dict["scheduleAt"] = schedule_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "UpdateScheduledPayoutRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpdateScheduledPayoutRequest", d, _FIELDS)
        schedule_at = d.get("scheduleAt", UNSET)
        if schedule_at is not UNSET:
            try:
                schedule_at = parse_datetime(schedule_at)
            except (TypeError, ValueError):
                raise wrong_type("scheduleAt", "an ISO-8601 date-time", schedule_at) from None

        update_scheduled_payout_request = cls(
            schedule_at,
        )
        return update_scheduled_payout_request


class UpdateScheduledPayoutRequestParams(TypedDict, total=False):
    """``UpdateScheduledPayoutRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    scheduleAt: datetime.datetime | str | Unset
