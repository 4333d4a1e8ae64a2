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
    as_bool,
    as_float,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="SettlementTransaction")

_FIELDS: frozenset[str] = frozenset(
    (
        "transaction_id",
        "system",
        "processed_date",
        "transaction_date",
        "transaction_amount",
        "actual_transaction_amount",
        "total_deduction_amount",
        "settled_amount",
        "store_address",
        "acquirer_name",
        "tid",
        "is_emi",
        "utr_number",
        "program",
        "payout_status",
    )
)


@_attrs_define
class SettlementTransaction:
    """One transaction settled under a UTR."""

    transaction_id: str | Unset = UNSET
    """ Plural's id of the transaction. """
    system: str | Unset = UNSET
    """ Plural's fixed system name. """
    processed_date: str | Unset = UNSET
    """ When it was processed for settlement. """
    transaction_date: str | Unset = UNSET
    """ When the transaction happened. """
    transaction_amount: float | Unset = UNSET
    """ Amount of the transaction, in rupees. """
    actual_transaction_amount: float | Unset = UNSET
    """ Amount before deductions, in rupees. """
    total_deduction_amount: float | Unset = UNSET
    """ Sum deducted, in rupees. """
    settled_amount: float | Unset = UNSET
    """ Amount settled for it, in rupees. """
    store_address: str | Unset = UNSET
    """ Store address (POS transactions). """
    acquirer_name: str | Unset = UNSET
    """ The acquiring bank. """
    tid: str | Unset = UNSET
    """ Terminal id. """
    is_emi: bool | Unset = UNSET
    """ Whether it was an EMI transaction. """
    utr_number: str | Unset = UNSET
    """ The bank's UTR of the settlement. """
    program: str | Unset = UNSET
    """ Payment program used. """
    payout_status: str | Unset = UNSET
    """ Status of its payout to the merchant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        system = self.system

        processed_date = self.processed_date

        transaction_date = self.transaction_date

        transaction_amount = self.transaction_amount

        actual_transaction_amount = self.actual_transaction_amount

        total_deduction_amount = self.total_deduction_amount

        settled_amount = self.settled_amount

        store_address = self.store_address

        acquirer_name = self.acquirer_name

        tid = self.tid

        is_emi = self.is_emi

        utr_number = self.utr_number

        program = self.program

        payout_status = self.payout_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if system is not UNSET:
            field_dict["system"] = system
        if processed_date is not UNSET:
            field_dict["processed_date"] = processed_date
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if transaction_amount is not UNSET:
            field_dict["transaction_amount"] = transaction_amount
        if actual_transaction_amount is not UNSET:
            field_dict["actual_transaction_amount"] = actual_transaction_amount
        if total_deduction_amount is not UNSET:
            field_dict["total_deduction_amount"] = total_deduction_amount
        if settled_amount is not UNSET:
            field_dict["settled_amount"] = settled_amount
        if store_address is not UNSET:
            field_dict["store_address"] = store_address
        if acquirer_name is not UNSET:
            field_dict["acquirer_name"] = acquirer_name
        if tid is not UNSET:
            field_dict["tid"] = tid
        if is_emi is not UNSET:
            field_dict["is_emi"] = is_emi
        if utr_number is not UNSET:
            field_dict["utr_number"] = utr_number
        if program is not UNSET:
            field_dict["program"] = program
        if payout_status is not UNSET:
            field_dict["payout_status"] = payout_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SettlementTransaction")
        found = 0
        transaction_id = d.get("transaction_id", UNSET)
        if transaction_id is not UNSET:
            found += 1

        system = d.get("system", UNSET)
        if system is not UNSET:
            found += 1

        processed_date = d.get("processed_date", UNSET)
        if processed_date is not UNSET:
            found += 1

        transaction_date = d.get("transaction_date", UNSET)
        if transaction_date is not UNSET:
            found += 1

        transaction_amount = d.get("transaction_amount", UNSET)
        if transaction_amount is not UNSET:
            found += 1
            if transaction_amount.__class__ is not float:
                transaction_amount = as_float(transaction_amount, "transaction_amount", True)

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

        settled_amount = d.get("settled_amount", UNSET)
        if settled_amount is not UNSET:
            found += 1
            if settled_amount.__class__ is not float:
                settled_amount = as_float(settled_amount, "settled_amount", True)

        store_address = d.get("store_address", UNSET)
        if store_address is not UNSET:
            found += 1

        acquirer_name = d.get("acquirer_name", UNSET)
        if acquirer_name is not UNSET:
            found += 1

        tid = d.get("tid", UNSET)
        if tid is not UNSET:
            found += 1

        is_emi = d.get("is_emi", UNSET)
        if is_emi is not UNSET:
            found += 1
            if is_emi.__class__ is not bool:
                is_emi = as_bool(is_emi, "is_emi", True)

        utr_number = d.get("utr_number", UNSET)
        if utr_number is not UNSET:
            found += 1

        program = d.get("program", UNSET)
        if program is not UNSET:
            found += 1

        payout_status = d.get("payout_status", UNSET)
        if payout_status is not UNSET:
            found += 1

        settlement_transaction = cls(
            transaction_id,
            system,
            processed_date,
            transaction_date,
            transaction_amount,
            actual_transaction_amount,
            total_deduction_amount,
            settled_amount,
            store_address,
            acquirer_name,
            tid,
            is_emi,
            utr_number,
            program,
            payout_status,
        )
        if found < len(d):
            settlement_transaction.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return settlement_transaction

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
