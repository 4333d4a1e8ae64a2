from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_card_data_card_type import TokenCardDataCardType
from ..types import UNSET, Unset, as_bool, extras_repr

T = TypeVar("T", bound="TokenCardData")


@_attrs_define
class TokenCardData:
    """What Plural tells of a tokenized card (never its number)."""

    last4_digit: str | Unset = UNSET
    """ Last four digits of the card. """
    card_type: TokenCardDataCardType | Unset = UNSET
    """ CREDIT or DEBIT. """
    network_name: str | Unset = UNSET
    """ Card network (VISA, MASTERCARD, RUPAY...). """
    issuer_name: str | Unset = UNSET
    """ Issuing bank. """
    card_category: str | Unset = UNSET
    """ CONSUMER or COMMERCIAL. """
    country_code: str | Unset = UNSET
    """ Issuing country. """
    international: bool | Unset = UNSET
    """ Whether the card was issued outside India. """
    emi: bool | Unset = UNSET
    """ Whether the card can pay in EMIs. """
    cvv_required: bool | Unset = UNSET
    """ Whether payments with this token need the CVV. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        last4_digit = self.last4_digit

        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.value

        network_name = self.network_name

        issuer_name = self.issuer_name

        card_category = self.card_category

        country_code = self.country_code

        international = self.international

        emi = self.emi

        cvv_required = self.cvv_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last4_digit is not UNSET:
            field_dict["last4_digit"] = last4_digit
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
        if international is not UNSET:
            field_dict["international"] = international
        if emi is not UNSET:
            field_dict["emi"] = emi
        if cvv_required is not UNSET:
            field_dict["cvv_required"] = cvv_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("TokenCardData must be a JSON object")
        d = dict(src_dict)
        last4_digit = d.pop("last4_digit", UNSET)

        _card_type = d.pop("card_type", UNSET)
        card_type: TokenCardDataCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = TokenCardDataCardType(_card_type)

        network_name = d.pop("network_name", UNSET)

        issuer_name = d.pop("issuer_name", UNSET)

        card_category = d.pop("card_category", UNSET)

        country_code = d.pop("country_code", UNSET)

        international = d.pop("international", UNSET)
        if international.__class__ is not bool and international is not UNSET:
            international = as_bool(international, "international", True)

        emi = d.pop("emi", UNSET)
        if emi.__class__ is not bool and emi is not UNSET:
            emi = as_bool(emi, "emi", True)

        cvv_required = d.pop("cvv_required", UNSET)
        if cvv_required.__class__ is not bool and cvv_required is not UNSET:
            cvv_required = as_bool(cvv_required, "cvv_required", True)

        token_card_data = cls(
            last4_digit=last4_digit,
            card_type=card_type,
            network_name=network_name,
            issuer_name=issuer_name,
            card_category=card_category,
            country_code=country_code,
            international=international,
            emi=emi,
            cvv_required=cvv_required,
        )

        token_card_data.additional_properties = d
        return token_card_data

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
