from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_card_data_card_type import TokenCardDataCardType
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

T = TypeVar("T", bound="TokenCardData")

_FIELDS: frozenset[str] = frozenset(
    (
        "last4_digit",
        "card_type",
        "network_name",
        "issuer_name",
        "card_category",
        "country_code",
        "international",
        "emi",
        "cvv_required",
    )
)
_TOKEN_CARD_DATA_CARD_TYPE_BY_VALUE = members_by_value(TokenCardDataCardType)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "TokenCardData")
        found = 0
        last4_digit = d.get("last4_digit", UNSET)
        if last4_digit is not UNSET:
            found += 1

        card_type = d.get("card_type", UNSET)
        if card_type is not UNSET:
            found += 1
            card_type = (
                card_type.__class__ is str and _TOKEN_CARD_DATA_CARD_TYPE_BY_VALUE.get(card_type)
            ) or as_enum(TokenCardDataCardType, card_type, "card_type")

        network_name = d.get("network_name", UNSET)
        if network_name is not UNSET:
            found += 1

        issuer_name = d.get("issuer_name", UNSET)
        if issuer_name is not UNSET:
            found += 1

        card_category = d.get("card_category", UNSET)
        if card_category is not UNSET:
            found += 1

        country_code = d.get("country_code", UNSET)
        if country_code is not UNSET:
            found += 1

        international = d.get("international", UNSET)
        if international is not UNSET:
            found += 1
            if international.__class__ is not bool:
                international = as_bool(international, "international", True)

        emi = d.get("emi", UNSET)
        if emi is not UNSET:
            found += 1
            if emi.__class__ is not bool:
                emi = as_bool(emi, "emi", True)

        cvv_required = d.get("cvv_required", UNSET)
        if cvv_required is not UNSET:
            found += 1
            if cvv_required.__class__ is not bool:
                cvv_required = as_bool(cvv_required, "cvv_required", True)

        token_card_data = cls(
            last4_digit,
            card_type,
            network_name,
            issuer_name,
            card_category,
            country_code,
            international,
            emi,
            cvv_required,
        )
        if found < len(d):
            token_card_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
