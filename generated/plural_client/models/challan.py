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
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="Challan")

_FIELDS: frozenset[str] = frozenset(
    (
        "challan_id",
        "order_id",
        "virtual_account_id",
        "account_name",
        "account_ifsc",
        "account_bank_name",
        "account_bank_branch",
        "challan_pdf_url",
        "amount_due",
        "expiry_date",
        "created_date",
    )
)


@_attrs_define
class Challan:
    """An e-challan; the customer pays the amount due to its virtual account."""

    challan_id: str | Unset = UNSET
    """ Plural's id of the challan. """
    order_id: str | Unset = UNSET
    """ The order the challan pays. """
    virtual_account_id: str | Unset = UNSET
    """ The virtual account number to pay to. """
    account_name: str | Unset = UNSET
    """ The account holder's name. """
    account_ifsc: str | Unset = UNSET
    """ The account's IFSC code. """
    account_bank_name: str | Unset = UNSET
    """ The account's bank. """
    account_bank_branch: str | Unset = UNSET
    """ The account's branch. """
    challan_pdf_url: str | Unset = UNSET
    """ Where to download the challan PDF. """
    amount_due: int | Unset = UNSET
    """ Amount due in paise. """
    expiry_date: str | Unset = UNSET
    """ When the challan expires. """
    created_date: datetime.datetime | Unset = UNSET
    """ When the challan was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        challan_id = self.challan_id

        order_id = self.order_id

        virtual_account_id = self.virtual_account_id

        account_name = self.account_name

        account_ifsc = self.account_ifsc

        account_bank_name = self.account_bank_name

        account_bank_branch = self.account_bank_branch

        challan_pdf_url = self.challan_pdf_url

        amount_due = self.amount_due

        expiry_date = self.expiry_date

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat(timespec="milliseconds").replace(
                "+00:00", "Z"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if challan_id is not UNSET:
            field_dict["challan_id"] = challan_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if virtual_account_id is not UNSET:
            field_dict["virtual_account_id"] = virtual_account_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_ifsc is not UNSET:
            field_dict["account_ifsc"] = account_ifsc
        if account_bank_name is not UNSET:
            field_dict["account_bank_name"] = account_bank_name
        if account_bank_branch is not UNSET:
            field_dict["account_bank_branch"] = account_bank_branch
        if challan_pdf_url is not UNSET:
            field_dict["challan_pdf_url"] = challan_pdf_url
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if created_date is not UNSET:
            field_dict["created_date"] = created_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Challan")
        found = 0
        challan_id = d.get("challan_id", UNSET)
        if challan_id is not UNSET:
            found += 1

        order_id = d.get("order_id", UNSET)
        if order_id is not UNSET:
            found += 1

        virtual_account_id = d.get("virtual_account_id", UNSET)
        if virtual_account_id is not UNSET:
            found += 1

        account_name = d.get("account_name", UNSET)
        if account_name is not UNSET:
            found += 1

        account_ifsc = d.get("account_ifsc", UNSET)
        if account_ifsc is not UNSET:
            found += 1

        account_bank_name = d.get("account_bank_name", UNSET)
        if account_bank_name is not UNSET:
            found += 1

        account_bank_branch = d.get("account_bank_branch", UNSET)
        if account_bank_branch is not UNSET:
            found += 1

        challan_pdf_url = d.get("challan_pdf_url", UNSET)
        if challan_pdf_url is not UNSET:
            found += 1

        amount_due = d.get("amount_due", UNSET)
        if amount_due is not UNSET:
            found += 1
            if amount_due.__class__ is not int:
                amount_due = as_int(amount_due, "amount_due", True)

        expiry_date = d.get("expiry_date", UNSET)
        if expiry_date is not UNSET:
            found += 1

        created_date = d.get("created_date", UNSET)
        if created_date is not UNSET:
            found += 1
            try:
                created_date = parse_datetime(created_date)
            except (TypeError, ValueError):
                raise wrong_type("created_date", "an ISO-8601 date-time", created_date) from None

        challan = cls(
            challan_id,
            order_id,
            virtual_account_id,
            account_name,
            account_ifsc,
            account_bank_name,
            account_bank_branch,
            challan_pdf_url,
            amount_due,
            expiry_date,
            created_date,
        )
        if found < len(d):
            challan.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return challan

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
