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
    secret_repr,
)

T = TypeVar("T", bound="CardDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_number",
        "name",
        "cvv",
        "expiry_month",
        "expiry_year",
        "registered_mobile_number",
    )
)


@_attrs_define
class CardDetails:
    """A card entered by the customer. The card number and CVV are never logged. Saved-card flows may omit the CVV and
    expiry.

    """

    card_number: str = _attrs_field(repr=card_repr)
    """ Card number, 12 to 19 digits. """
    name: str | Unset = UNSET
    """ Name on the card. """
    cvv: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ Card security code, 3 or 4 digits. """
    expiry_month: str | Unset = UNSET
    """ Expiry month, two digits 01 to 12. """
    expiry_year: str | Unset = UNSET
    """ Expiry year, four digits. """
    registered_mobile_number: str | Unset = UNSET
    """ The card holder's registered mobile number. """

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        name = self.name

        cvv = self.cvv

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        registered_mobile_number = self.registered_mobile_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card_number": card_number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if registered_mobile_number is not UNSET:
            field_dict["registered_mobile_number"] = registered_mobile_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardDetails", d, _FIELDS)
        try:
            card_number = d["card_number"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        name = d.get("name", UNSET)

        cvv = d.get("cvv", UNSET)

        expiry_month = d.get("expiry_month", UNSET)

        expiry_year = d.get("expiry_year", UNSET)

        registered_mobile_number = d.get("registered_mobile_number", UNSET)

        card_details = cls(
            card_number,
            name,
            cvv,
            expiry_month,
            expiry_year,
            registered_mobile_number,
        )
        return card_details


class CardDetailsParams(TypedDict, total=False):
    """``CardDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_number: Required[str]
    name: str | Unset
    cvv: str | Unset
    expiry_month: str | Unset
    expiry_year: str | Unset
    registered_mobile_number: str | Unset
