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

T = TypeVar("T", bound="CurrencyConversionRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "bank_code",
        "invoice_id",
        "source_currency",
        "dest_currency",
        "transaction_amount",
    )
)


@_attrs_define
class CurrencyConversionRequest:
    """An amount to convert between currencies."""

    bank_code: str
    """ The converting bank's code, 1 to 10 of A-Z and 0-9. """
    invoice_id: str
    """ The merchant's invoice reference, echoed back. """
    source_currency: str
    """ Numeric ISO 4217 code of the source currency. """
    dest_currency: str
    """ Numeric ISO 4217 code of the destination currency. """
    transaction_amount: str
    """ The amount to convert in the source currency's minor unit, as digits. """

    def to_dict(self) -> dict[str, Any]:
        bank_code = self.bank_code

        invoice_id = self.invoice_id

        source_currency = self.source_currency

        dest_currency = self.dest_currency

        transaction_amount = self.transaction_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bank_code": bank_code,
                "invoice_id": invoice_id,
                "source_currency": source_currency,
                "dest_currency": dest_currency,
                "transaction_amount": transaction_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CurrencyConversionRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CurrencyConversionRequest", d, _FIELDS)
        try:
            bank_code = d["bank_code"]
            invoice_id = d["invoice_id"]
            source_currency = d["source_currency"]
            dest_currency = d["dest_currency"]
            transaction_amount = d["transaction_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        currency_conversion_request = cls(
            bank_code,
            invoice_id,
            source_currency,
            dest_currency,
            transaction_amount,
        )
        return currency_conversion_request


class CurrencyConversionRequestParams(TypedDict, total=False):
    """``CurrencyConversionRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    bank_code: Required[str]
    invoice_id: Required[str]
    source_currency: Required[str]
    dest_currency: Required[str]
    transaction_amount: Required[str]
