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


T = TypeVar("T", bound="CreatePresentationRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "subscription_id",
        "due_date",
        "amount",
        "merchant_presentation_reference",
    )
)


@_attrs_define
class CreatePresentationRequest:
    """A debit request against a subscription."""

    subscription_id: str | Unset = UNSET
    """ An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`. """
    due_date: datetime.datetime | Unset = UNSET
    """ When the debit is due (ISO-8601 UTC). """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    merchant_presentation_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        merchant_presentation_reference = self.merchant_presentation_reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if merchant_presentation_reference is not UNSET:
            field_dict["merchant_presentation_reference"] = merchant_presentation_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CreatePresentationRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreatePresentationRequest", d, _FIELDS)
        subscription_id = d.get("subscription_id", UNSET)

        due_date = d.get("due_date", UNSET)
        if due_date is not UNSET:
            try:
                due_date = parse_datetime(due_date)
            except (TypeError, ValueError):
                raise wrong_type("due_date", "an ISO-8601 date-time", due_date) from None

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        merchant_presentation_reference = d.get("merchant_presentation_reference", UNSET)

        create_presentation_request = cls(
            subscription_id,
            due_date,
            amount,
            merchant_presentation_reference,
        )
        return create_presentation_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class CreatePresentationRequestParams(TypedDict, total=False):
    """``CreatePresentationRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    subscription_id: str | Unset
    due_date: datetime.datetime | str | Unset
    amount: AmountParams | Amount | Unset
    merchant_presentation_reference: str | Unset


from ..models.amount import Amount  # noqa: E402
