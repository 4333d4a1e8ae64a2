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
    as_object,
    extras_repr,
    secret_repr,
)

T = TypeVar("T", bound="TokenTransactionalData")

_FIELDS: frozenset[str] = frozenset(
    (
        "cryptogram",
        "token_reference",
        "payment_account_reference",
        "token_expiry_month",
        "token_expiry_year",
    )
)


@_attrs_define
class TokenTransactionalData:
    """What a token payment needs from the card network."""

    cryptogram: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ The one-time cryptogram for the payment. Never logged. """
    token_reference: str | Unset = UNSET
    """ The network's token reference number. """
    payment_account_reference: str | Unset = UNSET
    """ The payment account reference (PAR) of the card. """
    token_expiry_month: str | Unset = UNSET
    """ Token expiry month (two digits). """
    token_expiry_year: str | Unset = UNSET
    """ Token expiry year (four digits). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        cryptogram = self.cryptogram

        token_reference = self.token_reference

        payment_account_reference = self.payment_account_reference

        token_expiry_month = self.token_expiry_month

        token_expiry_year = self.token_expiry_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if token_reference is not UNSET:
            field_dict["token_reference"] = token_reference
        if payment_account_reference is not UNSET:
            field_dict["payment_account_reference"] = payment_account_reference
        if token_expiry_month is not UNSET:
            field_dict["token_expiry_month"] = token_expiry_month
        if token_expiry_year is not UNSET:
            field_dict["token_expiry_year"] = token_expiry_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "TokenTransactionalData")
        )
        found = 0
        cryptogram = d.get("cryptogram", UNSET)
        if cryptogram is not UNSET:
            found += 1

        token_reference = d.get("token_reference", UNSET)
        if token_reference is not UNSET:
            found += 1

        payment_account_reference = d.get("payment_account_reference", UNSET)
        if payment_account_reference is not UNSET:
            found += 1

        token_expiry_month = d.get("token_expiry_month", UNSET)
        if token_expiry_month is not UNSET:
            found += 1

        token_expiry_year = d.get("token_expiry_year", UNSET)
        if token_expiry_year is not UNSET:
            found += 1

        token_transactional_data = cls(
            cryptogram,
            token_reference,
            payment_account_reference,
            token_expiry_month,
            token_expiry_year,
        )
        if found < len(d):
            token_transactional_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return token_transactional_data

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
