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
    UNSET,
    Unset,
    as_object,
    card_repr,
)

T = TypeVar("T", bound="OfferCardDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_number",
        "registered_mobile_number",
    )
)


@_attrs_define
class OfferCardDetails:
    """The card paying the EMI."""

    card_number: str = _attrs_field(repr=card_repr)
    """ Card number, 12 to 19 digits. """
    registered_mobile_number: str | Unset = UNSET
    """ The card's registered mobile number, 9 to 20 digits with an optional +; needed for DEBIT_EMI. """

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        registered_mobile_number = self.registered_mobile_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card_number": card_number,
            }
        )
        if registered_mobile_number is not UNSET:
            field_dict["registered_mobile_number"] = registered_mobile_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferCardDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferCardDetails", d, _FIELDS)
        try:
            card_number = d["card_number"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        registered_mobile_number = d.get("registered_mobile_number", UNSET)

        offer_card_details = cls(
            card_number,
            registered_mobile_number,
        )
        return offer_card_details


class OfferCardDetailsParams(TypedDict, total=False):
    """``OfferCardDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_number: Required[str]
    registered_mobile_number: str | Unset
