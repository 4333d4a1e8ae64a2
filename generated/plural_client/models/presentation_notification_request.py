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


T = TypeVar("T", bound="PresentationNotificationRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "subscription_id",
        "due_date",
        "amount",
        "merchant_presentation_reference",
        "is_merchant_retry",
    )
)


@_attrs_define
class PresentationNotificationRequest:
    """A pre-debit notification of an upcoming debit."""

    subscription_id: str
    """ An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`. """
    due_date: datetime.datetime
    """ When the debit is due (ISO-8601 UTC). """
    amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    merchant_presentation_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    is_merchant_retry: bool | Unset = UNSET
    """ True when the merchant, not Plural, retries a failed debit. """

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        due_date = self.due_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        amount = self.amount.to_dict()

        merchant_presentation_reference = self.merchant_presentation_reference

        is_merchant_retry = self.is_merchant_retry

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subscription_id": subscription_id,
                "due_date": due_date,
                "amount": amount,
                "merchant_presentation_reference": merchant_presentation_reference,
            }
        )
        if is_merchant_retry is not UNSET:
            field_dict["is_merchant_retry"] = is_merchant_retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PresentationNotificationRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("PresentationNotificationRequest", d, _FIELDS)
        try:
            subscription_id = d["subscription_id"]
            due_date = d["due_date"]
            amount = d["amount"]
            merchant_presentation_reference = d["merchant_presentation_reference"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        try:
            due_date = parse_datetime(due_date)
        except (TypeError, ValueError):
            raise wrong_type("due_date", "an ISO-8601 date-time", due_date) from None

        try:
            amount = Amount.from_dict(amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("amount") from None

        is_merchant_retry = d.get("is_merchant_retry", UNSET)

        presentation_notification_request = cls(
            subscription_id,
            due_date,
            amount,
            merchant_presentation_reference,
            is_merchant_retry,
        )
        return presentation_notification_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class PresentationNotificationRequestParams(TypedDict, total=False):
    """``PresentationNotificationRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    subscription_id: Required[str]
    due_date: Required[datetime.datetime | str]
    amount: Required[AmountParams | Amount]
    merchant_presentation_reference: Required[str]
    is_merchant_retry: bool | Unset


from ..models.amount import Amount  # noqa: E402
