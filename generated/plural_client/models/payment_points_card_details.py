from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError, unknown_field
from ..types import (
    as_object,
    card_repr,
)

T = TypeVar("T", bound="PaymentPointsCardDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_last4",
        "card_number",
        "registered_mobile_number",
    )
)


@_attrs_define
class PaymentPointsCardDetails:
    """The card whose reward points pay (payment method POINTS). The card number is never logged."""

    card_last4: str
    """ Last four digits of the card. """
    card_number: str = _attrs_field(repr=card_repr)
    """ Card number, 12 to 19 digits. """
    registered_mobile_number: str
    """ The mobile number registered with the card, 10 to 20 digits. """

    def to_dict(self) -> dict[str, Any]:
        card_last4 = self.card_last4

        card_number = self.card_number

        registered_mobile_number = self.registered_mobile_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card_last4": card_last4,
                "card_number": card_number,
                "registered_mobile_number": registered_mobile_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PaymentPointsCardDetails")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentPointsCardDetails", d, _FIELDS)
        try:
            card_last4 = d["card_last4"]
            card_number = d["card_number"]
            registered_mobile_number = d["registered_mobile_number"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        payment_points_card_details = cls(
            card_last4,
            card_number,
            registered_mobile_number,
        )
        return payment_points_card_details


class PaymentPointsCardDetailsParams(TypedDict, total=False):
    """``PaymentPointsCardDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_last4: Required[str]
    card_number: Required[str]
    registered_mobile_number: Required[str]
