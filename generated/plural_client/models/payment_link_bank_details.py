from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="PaymentLinkBankDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "account_number",
        "ifsc_code",
        "bank_name",
    )
)


@_attrs_define
class PaymentLinkBankDetails:
    """The customer's bank account."""

    account_number: str | Unset = UNSET
    """ The bank account number. """
    ifsc_code: str | Unset = UNSET
    """ IFSC of the branch (4 letters, 0, 6 letters or digits). """
    bank_name: str | Unset = UNSET
    """ The bank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        ifsc_code = self.ifsc_code

        bank_name = self.bank_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if ifsc_code is not UNSET:
            field_dict["ifsc_code"] = ifsc_code
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PaymentLinkBankDetails")
        )
        found = 0
        account_number = d.get("account_number", UNSET)
        if account_number is not UNSET:
            found += 1

        ifsc_code = d.get("ifsc_code", UNSET)
        if ifsc_code is not UNSET:
            found += 1

        bank_name = d.get("bank_name", UNSET)
        if bank_name is not UNSET:
            found += 1

        payment_link_bank_details = cls(
            account_number,
            ifsc_code,
            bank_name,
        )
        if found < len(d):
            payment_link_bank_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payment_link_bank_details

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


class PaymentLinkBankDetailsParams(TypedDict, total=False):
    """``PaymentLinkBankDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    account_number: str | Unset
    ifsc_code: str | Unset
    bank_name: str | Unset
