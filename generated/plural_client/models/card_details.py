from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, card_repr, secret_repr

T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    """A card entered by the customer. The card number and CVV are never logged."""

    card_number: str = _attrs_field(repr=card_repr)
    """ Card number, 12 to 19 digits. """
    cvv: str = _attrs_field(repr=secret_repr)
    """ Card security code, 3 or 4 digits. """
    expiry_month: str
    """ Expiry month, two digits 01 to 12. """
    expiry_year: str
    """ Expiry year, four digits. """
    name: str | Unset = UNSET
    """ Name on the card. """
    registered_mobile_number: str | Unset = UNSET
    """ The card holder's registered mobile number. """

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        cvv = self.cvv

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        name = self.name

        registered_mobile_number = self.registered_mobile_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card_number": card_number,
                "cvv": cvv,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if registered_mobile_number is not UNSET:
            field_dict["registered_mobile_number"] = registered_mobile_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardDetails must be a JSON object")
        d = dict(src_dict)
        for required in (
            "card_number",
            "cvv",
            "expiry_month",
            "expiry_year",
        ):
            if required not in d:
                raise ValueError(f"CardDetails.{required} is required")
        card_number = d.pop("card_number")

        cvv = d.pop("cvv")

        expiry_month = d.pop("expiry_month")

        expiry_year = d.pop("expiry_year")

        name = d.pop("name", UNSET)

        registered_mobile_number = d.pop("registered_mobile_number", UNSET)

        card_details = cls(
            card_number=card_number,
            cvv=cvv,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            name=name,
            registered_mobile_number=registered_mobile_number,
        )

        return card_details
