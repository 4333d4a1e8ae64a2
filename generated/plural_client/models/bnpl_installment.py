from __future__ import annotations

import datetime
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
    as_int,
    as_object,
    extras_repr,
    parse_date,
    wrong_type,
)

T = TypeVar("T", bound="BnplInstallment")

_FIELDS: frozenset[str] = frozenset(
    (
        "serial_no",
        "amount_in_paise",
        "due_date",
    )
)


@_attrs_define
class BnplInstallment:
    """One BNPL instalment."""

    serial_no: int | Unset = UNSET
    """ The instalment's number (1 first). """
    amount_in_paise: int | Unset = UNSET
    """ The instalment's amount in paise. """
    due_date: datetime.date | Unset = UNSET
    """ When the instalment is due. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        serial_no = self.serial_no

        amount_in_paise = self.amount_in_paise

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serial_no is not UNSET:
            field_dict["serial_no"] = serial_no
        if amount_in_paise is not UNSET:
            field_dict["amount_in_paise"] = amount_in_paise
        if due_date is not UNSET:
            field_dict["due_date"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "BnplInstallment")
        found = 0
        serial_no = d.get("serial_no", UNSET)
        if serial_no is not UNSET:
            found += 1
            if serial_no.__class__ is not int:
                serial_no = as_int(serial_no, "serial_no", True)

        amount_in_paise = d.get("amount_in_paise", UNSET)
        if amount_in_paise is not UNSET:
            found += 1
            if amount_in_paise.__class__ is not int:
                amount_in_paise = as_int(amount_in_paise, "amount_in_paise", True)

        due_date = d.get("due_date", UNSET)
        if due_date is not UNSET:
            found += 1
            try:
                due_date = parse_date(due_date)
            except (TypeError, ValueError):
                raise wrong_type("due_date", "an ISO-8601 date", due_date) from None

        bnpl_installment = cls(
            serial_no,
            amount_in_paise,
            due_date,
        )
        if found < len(d):
            bnpl_installment.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return bnpl_installment

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
