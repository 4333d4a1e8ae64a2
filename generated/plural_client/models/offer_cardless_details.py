from __future__ import annotations

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
    as_object,
)

T = TypeVar("T", bound="OfferCardlessDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "pan_number",
        "registered_mobile_number",
    )
)


@_attrs_define
class OfferCardlessDetails:
    """The customer of a cardless EMI, by PAN and registered mobile."""

    pan_number: str
    """ The customer's PAN, or its last characters as the issuer asks (pan_number_last_digit_count). """
    registered_mobile_number: str
    """ The registered mobile number, 9 to 20 digits with an optional +. """

    def to_dict(self) -> dict[str, Any]:
        pan_number = self.pan_number

        registered_mobile_number = self.registered_mobile_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pan_number": pan_number,
                "registered_mobile_number": registered_mobile_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferCardlessDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferCardlessDetails", d, _FIELDS)
        try:
            pan_number = d["pan_number"]
            registered_mobile_number = d["registered_mobile_number"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        offer_cardless_details = cls(
            pan_number,
            registered_mobile_number,
        )
        return offer_cardless_details


class OfferCardlessDetailsParams(TypedDict, total=False):
    """``OfferCardlessDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    pan_number: Required[str]
    registered_mobile_number: Required[str]
