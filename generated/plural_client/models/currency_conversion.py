from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_float,
    as_int,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="CurrencyConversion")

_FIELDS: frozenset[str] = frozenset(
    (
        "source_currency",
        "dest_currency",
        "invoice_id",
        "conversion_rate",
        "converted_amount",
        "transaction_amount",
        "converted_exponent",
    )
)


@_attrs_define
class CurrencyConversion:
    """A converted amount."""

    source_currency: str | Unset = UNSET
    """ Numeric ISO 4217 code of the source currency. """
    dest_currency: str | Unset = UNSET
    """ Numeric ISO 4217 code of the destination currency. """
    invoice_id: str | Unset = UNSET
    """ The merchant's invoice reference. """
    conversion_rate: float | Unset = UNSET
    """ Destination units per source unit. """
    converted_amount: int | Unset = UNSET
    """ The converted amount in the destination's minor unit (see converted_exponent). """
    transaction_amount: str | Unset = UNSET
    """ The amount converted, as sent. """
    converted_exponent: int | Unset = UNSET
    """ Decimal places of converted_amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        source_currency = self.source_currency

        dest_currency = self.dest_currency

        invoice_id = self.invoice_id

        conversion_rate = self.conversion_rate

        converted_amount = self.converted_amount

        transaction_amount = self.transaction_amount

        converted_exponent = self.converted_exponent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_currency is not UNSET:
            field_dict["source_currency"] = source_currency
        if dest_currency is not UNSET:
            field_dict["dest_currency"] = dest_currency
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if converted_amount is not UNSET:
            field_dict["converted_amount"] = converted_amount
        if transaction_amount is not UNSET:
            field_dict["transaction_amount"] = transaction_amount
        if converted_exponent is not UNSET:
            field_dict["converted_exponent"] = converted_exponent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CurrencyConversion")
        found = 0
        source_currency = d.get("source_currency", UNSET)
        if source_currency is not UNSET:
            found += 1

        dest_currency = d.get("dest_currency", UNSET)
        if dest_currency is not UNSET:
            found += 1

        invoice_id = d.get("invoice_id", UNSET)
        if invoice_id is not UNSET:
            found += 1

        conversion_rate = d.get("conversion_rate", UNSET)
        if conversion_rate is not UNSET:
            found += 1
            if conversion_rate.__class__ is not float:
                conversion_rate = as_float(conversion_rate, "conversion_rate", True)

        converted_amount = d.get("converted_amount", UNSET)
        if converted_amount is not UNSET:
            found += 1
            if converted_amount.__class__ is not int:
                converted_amount = as_int(converted_amount, "converted_amount", True)

        transaction_amount = d.get("transaction_amount", UNSET)
        if transaction_amount is not UNSET:
            found += 1

        converted_exponent = d.get("converted_exponent", UNSET)
        if converted_exponent is not UNSET:
            found += 1
            if converted_exponent.__class__ is not int:
                converted_exponent = as_int(converted_exponent, "converted_exponent", True)

        currency_conversion = cls(
            source_currency,
            dest_currency,
            invoice_id,
            conversion_rate,
            converted_amount,
            transaction_amount,
            converted_exponent,
        )
        if found < len(d):
            currency_conversion.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return currency_conversion

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
