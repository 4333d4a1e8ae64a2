from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="CardData")


@_attrs_define
class CardData:
    """What Plural tells of the card used (never the number)."""

    card_type: str | Unset = UNSET
    """ CREDIT or DEBIT. """
    network_name: str | Unset = UNSET
    """ Card network (VISA, MASTERCARD, RUPAY...). """
    issuer_name: str | Unset = UNSET
    """ Issuing bank. """
    card_category: str | Unset = UNSET
    """ CONSUMER or COMMERCIAL. """
    country_code: str | Unset = UNSET
    """ Issuing country. """
    token_txn_type: str | Unset = UNSET
    """ Kind of token used. """
    last4_digit: str | Unset = UNSET
    """ Last four digits of the card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        card_type = self.card_type

        network_name = self.network_name

        issuer_name = self.issuer_name

        card_category = self.card_category

        country_code = self.country_code

        token_txn_type = self.token_txn_type

        last4_digit = self.last4_digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if network_name is not UNSET:
            field_dict["network_name"] = network_name
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if card_category is not UNSET:
            field_dict["card_category"] = card_category
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if token_txn_type is not UNSET:
            field_dict["token_txn_type"] = token_txn_type
        if last4_digit is not UNSET:
            field_dict["last4_digit"] = last4_digit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardData must be a JSON object")
        d = dict(src_dict)
        card_type = d.pop("card_type", UNSET)

        network_name = d.pop("network_name", UNSET)

        issuer_name = d.pop("issuer_name", UNSET)

        card_category = d.pop("card_category", UNSET)

        country_code = d.pop("country_code", UNSET)

        token_txn_type = d.pop("token_txn_type", UNSET)

        last4_digit = d.pop("last4_digit", UNSET)

        card_data = cls(
            card_type=card_type,
            network_name=network_name,
            issuer_name=issuer_name,
            card_category=card_category,
            country_code=country_code,
            token_txn_type=token_txn_type,
            last4_digit=last4_digit,
        )

        card_data.additional_properties = d
        return card_data

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
