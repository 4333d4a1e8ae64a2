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
    wrong_type,
)

T = TypeVar("T", bound="SettlementSummary")

_FIELDS: frozenset[str] = frozenset(
    (
        "total_amount",
        "actual_transaction_amount",
        "total_deduction_amount",
        "total_transactions_count",
        "last_processed_date",
        "settled_date",
        "utr_number",
        "programs",
        "system",
        "bank_name",
        "bank_acc_number",
    )
)


@_attrs_define
class SettlementSummary:
    """One settlement (one UTR) in a list."""

    total_amount: float | Unset = UNSET
    """ Amount settled, in rupees. """
    actual_transaction_amount: float | Unset = UNSET
    """ Sum of the transactions before deductions, in rupees. """
    total_deduction_amount: float | Unset = UNSET
    """ Sum deducted (fees, taxes, refunds), in rupees. """
    total_transactions_count: int | Unset = UNSET
    """ How many transactions the UTR settles. """
    last_processed_date: str | Unset = UNSET
    """ When its transactions were last processed. """
    settled_date: str | Unset = UNSET
    """ When it was settled. """
    utr_number: str | Unset = UNSET
    """ The bank's UTR of the settlement. """
    programs: list[str] | Unset = UNSET
    """ Payment programs it covers. """
    system: str | Unset = UNSET
    """ Plural's fixed system name. """
    bank_name: str | Unset = UNSET
    """ Bank the money was settled to. """
    bank_acc_number: str | Unset = UNSET
    """ Account the money was settled to, as Plural shows it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        actual_transaction_amount = self.actual_transaction_amount

        total_deduction_amount = self.total_deduction_amount

        total_transactions_count = self.total_transactions_count

        last_processed_date = self.last_processed_date

        settled_date = self.settled_date

        utr_number = self.utr_number

        programs: list[str] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = self.programs

        system = self.system

        bank_name = self.bank_name

        bank_acc_number = self.bank_acc_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if actual_transaction_amount is not UNSET:
            field_dict["actual_transaction_amount"] = actual_transaction_amount
        if total_deduction_amount is not UNSET:
            field_dict["total_deduction_amount"] = total_deduction_amount
        if total_transactions_count is not UNSET:
            field_dict["total_transactions_count"] = total_transactions_count
        if last_processed_date is not UNSET:
            field_dict["last_processed_date"] = last_processed_date
        if settled_date is not UNSET:
            field_dict["settled_date"] = settled_date
        if utr_number is not UNSET:
            field_dict["utr_number"] = utr_number
        if programs is not UNSET:
            field_dict["programs"] = programs
        if system is not UNSET:
            field_dict["system"] = system
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_acc_number is not UNSET:
            field_dict["bank_acc_number"] = bank_acc_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SettlementSummary")
        found = 0
        total_amount = d.get("total_amount", UNSET)
        if total_amount is not UNSET:
            found += 1
            if total_amount.__class__ is not float:
                total_amount = as_float(total_amount, "total_amount", True)

        actual_transaction_amount = d.get("actual_transaction_amount", UNSET)
        if actual_transaction_amount is not UNSET:
            found += 1
            if actual_transaction_amount.__class__ is not float:
                actual_transaction_amount = as_float(
                    actual_transaction_amount, "actual_transaction_amount", True
                )

        total_deduction_amount = d.get("total_deduction_amount", UNSET)
        if total_deduction_amount is not UNSET:
            found += 1
            if total_deduction_amount.__class__ is not float:
                total_deduction_amount = as_float(
                    total_deduction_amount, "total_deduction_amount", True
                )

        total_transactions_count = d.get("total_transactions_count", UNSET)
        if total_transactions_count is not UNSET:
            found += 1
            if total_transactions_count.__class__ is not int:
                total_transactions_count = as_int(
                    total_transactions_count, "total_transactions_count", True
                )

        last_processed_date = d.get("last_processed_date", UNSET)
        if last_processed_date is not UNSET:
            found += 1

        settled_date = d.get("settled_date", UNSET)
        if settled_date is not UNSET:
            found += 1

        utr_number = d.get("utr_number", UNSET)
        if utr_number is not UNSET:
            found += 1

        programs = d.get("programs", UNSET)
        if programs is not UNSET:
            found += 1
            if not isinstance(programs, list):
                raise wrong_type("programs", "a JSON array", programs)

        system = d.get("system", UNSET)
        if system is not UNSET:
            found += 1

        bank_name = d.get("bank_name", UNSET)
        if bank_name is not UNSET:
            found += 1

        bank_acc_number = d.get("bank_acc_number", UNSET)
        if bank_acc_number is not UNSET:
            found += 1

        settlement_summary = cls(
            total_amount,
            actual_transaction_amount,
            total_deduction_amount,
            total_transactions_count,
            last_processed_date,
            settled_date,
            utr_number,
            programs,
            system,
            bank_name,
            bank_acc_number,
        )
        if found < len(d):
            settlement_summary.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return settlement_summary

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
