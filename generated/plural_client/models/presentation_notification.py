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
from ..models.presentation_notification_status import PresentationNotificationStatus
from ..models.presentation_pdn_status import PresentationPdnStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="PresentationNotification")

_FIELDS: frozenset[str] = frozenset(
    (
        "presentation_id",
        "subscription_id",
        "merchant_presentation_reference",
        "due_date",
        "amount",
        "pdn_status",
        "status",
    )
)
_PRESENTATION_PDN_STATUS_BY_VALUE = members_by_value(PresentationPdnStatus)
_PRESENTATION_NOTIFICATION_STATUS_BY_VALUE = members_by_value(PresentationNotificationStatus)


@_attrs_define
class PresentationNotification:
    """The presentation a pre-debit notification raised."""

    presentation_id: str | Unset = UNSET
    """ Plural's presentation id. """
    subscription_id: str | Unset = UNSET
    """ Plural's subscription id. """
    merchant_presentation_reference: str | Unset = UNSET
    """ The merchant's presentation reference. """
    due_date: datetime.datetime | Unset = UNSET
    """ When the debit is due. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    pdn_status: PresentationPdnStatus | Unset = UNSET
    """ Where a presentation's pre-debit notification is (NOTIFIED once delivered; PDN_FAILED after all retries).
    """
    status: PresentationNotificationStatus | Unset = UNSET
    """ Status of a presentation raised by a pre-debit notification (WAITING_FOR_EXECUTION until create_debit). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        presentation_id = self.presentation_id

        subscription_id = self.subscription_id

        merchant_presentation_reference = self.merchant_presentation_reference

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        pdn_status: str | Unset = UNSET
        if not isinstance(self.pdn_status, Unset):
            pdn_status = self.pdn_status.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presentation_id is not UNSET:
            field_dict["presentation_id"] = presentation_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if merchant_presentation_reference is not UNSET:
            field_dict["merchant_presentation_reference"] = merchant_presentation_reference
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if pdn_status is not UNSET:
            field_dict["pdn_status"] = pdn_status
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PresentationNotification")
        )
        found = 0
        presentation_id = d.get("presentation_id", UNSET)
        if presentation_id is not UNSET:
            found += 1

        subscription_id = d.get("subscription_id", UNSET)
        if subscription_id is not UNSET:
            found += 1

        merchant_presentation_reference = d.get("merchant_presentation_reference", UNSET)
        if merchant_presentation_reference is not UNSET:
            found += 1

        due_date = d.get("due_date", UNSET)
        if due_date is not UNSET:
            found += 1
            try:
                due_date = parse_datetime(due_date)
            except (TypeError, ValueError):
                raise wrong_type("due_date", "an ISO-8601 date-time", due_date) from None

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        pdn_status = d.get("pdn_status", UNSET)
        if pdn_status is not UNSET:
            found += 1
            pdn_status = (
                pdn_status.__class__ is str and _PRESENTATION_PDN_STATUS_BY_VALUE.get(pdn_status)
            ) or as_enum(PresentationPdnStatus, pdn_status, "pdn_status")

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (
                status.__class__ is str and _PRESENTATION_NOTIFICATION_STATUS_BY_VALUE.get(status)
            ) or as_enum(PresentationNotificationStatus, status, "status")

        presentation_notification = cls(
            presentation_id,
            subscription_id,
            merchant_presentation_reference,
            due_date,
            amount,
            pdn_status,
            status,
        )
        if found < len(d):
            presentation_notification.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return presentation_notification

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
