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

T = TypeVar("T", bound="SubscriptionBankAccount")

_FIELDS: frozenset[str] = frozenset(
    (
        "account_number",
        "name",
        "ifsc",
    )
)


@_attrs_define
class SubscriptionBankAccount:
    """The customer's bank account the mandate must be paid from (third-party validation, TPV)."""

    account_number: str | Unset | None = UNSET
    """ Bank account number, 6 to 30 letters or digits. """
    name: str | Unset | None = UNSET
    """ The account holder's name. """
    ifsc: str | Unset | None = UNSET
    """ The branch's IFSC: 4 letters, 0, then 6 letters or digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        account_number: str | Unset | None
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        ifsc: str | Unset | None
        if isinstance(self.ifsc, Unset):
            ifsc = UNSET
        else:
            ifsc = self.ifsc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if name is not UNSET:
            field_dict["name"] = name
        if ifsc is not UNSET:
            field_dict["ifsc"] = ifsc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "SubscriptionBankAccount")
        )
        found = 0
        account_number = d.get("account_number", UNSET)
        if account_number is not UNSET:
            found += 1

        name = d.get("name", UNSET)
        if name is not UNSET:
            found += 1

        ifsc = d.get("ifsc", UNSET)
        if ifsc is not UNSET:
            found += 1

        subscription_bank_account = cls(
            account_number,
            name,
            ifsc,
        )
        if found < len(d):
            subscription_bank_account.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return subscription_bank_account

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


class SubscriptionBankAccountParams(TypedDict, total=False):
    """``SubscriptionBankAccount`` as a dict, for the resource methods: mypy checks its keys and types."""

    account_number: str | Unset | None
    name: str | Unset | None
    ifsc: str | Unset | None
