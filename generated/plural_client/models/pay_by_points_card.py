from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
    card_repr,
)

T = TypeVar("T", bound="PayByPointsCard")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_last4",
        "card_number",
        "registered_mobile_number",
    )
)


@_attrs_define
class PayByPointsCard:
    """The card whose reward points to check."""

    card_last4: str | Unset = UNSET
    """ Last four digits of the card. """
    card_number: str | Unset = _attrs_field(default=UNSET, repr=card_repr)
    """ Card number, 12 to 19 digits. """
    registered_mobile_number: str | Unset = UNSET
    """ The card's registered mobile number, 10 to 20 digits. """

    def to_dict(self) -> dict[str, Any]:
        card_last4 = self.card_last4

        card_number = self.card_number

        registered_mobile_number = self.registered_mobile_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if card_last4 is not UNSET:
            field_dict["card_last4"] = card_last4
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if registered_mobile_number is not UNSET:
            field_dict["registered_mobile_number"] = registered_mobile_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PayByPointsCard")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PayByPointsCard", d, _FIELDS)
        card_last4 = d.get("card_last4", UNSET)

        card_number = d.get("card_number", UNSET)

        registered_mobile_number = d.get("registered_mobile_number", UNSET)

        pay_by_points_card = cls(
            card_last4,
            card_number,
            registered_mobile_number,
        )
        return pay_by_points_card


class PayByPointsCardParams(TypedDict, total=False):
    """``PayByPointsCard`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_last4: str | Unset
    card_number: str | Unset
    registered_mobile_number: str | Unset
