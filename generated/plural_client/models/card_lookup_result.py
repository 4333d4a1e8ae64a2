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
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="CardLookupResult")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_network",
        "card_issuer",
        "card_type",
        "card_category",
        "is_international_card",
        "is_native_otp_supported",
        "country_code",
        "currency",
        "is_currency_supported",
    )
)


@_attrs_define
class CardLookupResult:
    """What Plural knows of a card."""

    card_network: str | Unset = UNSET
    """ Card network (VISA, MASTERCARD, RUPAY...). """
    card_issuer: str | Unset = UNSET
    """ Issuing bank. """
    card_type: str | Unset = UNSET
    """ CREDIT or DEBIT. """
    card_category: str | Unset = UNSET
    """ CONSUMER or COMMERCIAL. """
    is_international_card: bool | Unset = UNSET
    """ Whether the card was issued outside India. """
    is_native_otp_supported: bool | Unset = UNSET
    """ Whether the card can use the native OTP flow (generate_otp). """
    country_code: str | Unset = UNSET
    """ Issuing country. """
    currency: str | Unset = UNSET
    """ The card's currency. """
    is_currency_supported: bool | Unset = UNSET
    """ Whether payments in the card's currency are accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        card_network = self.card_network

        card_issuer = self.card_issuer

        card_type = self.card_type

        card_category = self.card_category

        is_international_card = self.is_international_card

        is_native_otp_supported = self.is_native_otp_supported

        country_code = self.country_code

        currency = self.currency

        is_currency_supported = self.is_currency_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_network is not UNSET:
            field_dict["card_network"] = card_network
        if card_issuer is not UNSET:
            field_dict["card_issuer"] = card_issuer
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if card_category is not UNSET:
            field_dict["card_category"] = card_category
        if is_international_card is not UNSET:
            field_dict["is_international_card"] = is_international_card
        if is_native_otp_supported is not UNSET:
            field_dict["is_native_otp_supported"] = is_native_otp_supported
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_currency_supported is not UNSET:
            field_dict["is_currency_supported"] = is_currency_supported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardLookupResult")
        found = 0
        card_network = d.get("card_network", UNSET)
        if card_network is not UNSET:
            found += 1

        card_issuer = d.get("card_issuer", UNSET)
        if card_issuer is not UNSET:
            found += 1

        card_type = d.get("card_type", UNSET)
        if card_type is not UNSET:
            found += 1

        card_category = d.get("card_category", UNSET)
        if card_category is not UNSET:
            found += 1

        is_international_card = d.get("is_international_card", UNSET)
        if is_international_card is not UNSET:
            found += 1
            if is_international_card.__class__ is not bool:
                is_international_card = as_bool(
                    is_international_card, "is_international_card", True
                )

        is_native_otp_supported = d.get("is_native_otp_supported", UNSET)
        if is_native_otp_supported is not UNSET:
            found += 1
            if is_native_otp_supported.__class__ is not bool:
                is_native_otp_supported = as_bool(
                    is_native_otp_supported, "is_native_otp_supported", True
                )

        country_code = d.get("country_code", UNSET)
        if country_code is not UNSET:
            found += 1

        currency = d.get("currency", UNSET)
        if currency is not UNSET:
            found += 1

        is_currency_supported = d.get("is_currency_supported", UNSET)
        if is_currency_supported is not UNSET:
            found += 1
            if is_currency_supported.__class__ is not bool:
                is_currency_supported = as_bool(
                    is_currency_supported, "is_currency_supported", True
                )

        card_lookup_result = cls(
            card_network,
            card_issuer,
            card_type,
            card_category,
            is_international_card,
            is_native_otp_supported,
            country_code,
            currency,
            is_currency_supported,
        )
        if found < len(d):
            card_lookup_result.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return card_lookup_result

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
