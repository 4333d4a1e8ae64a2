from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_card_category import PaymentCardCategory
from ..models.payment_card_type import PaymentCardType
from ..models.payment_token_txn_type import PaymentTokenTxnType
from ..types import (
    UNSET,
    Unset,
    as_bool,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

T = TypeVar("T", bound="CardData")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_type",
        "network_name",
        "issuer_name",
        "product_name",
        "card_category",
        "country_code",
        "token_txn_type",
        "last4_digit",
        "save",
        "is_native_otp_eligible",
    )
)
_PAYMENT_CARD_TYPE_BY_VALUE = members_by_value(PaymentCardType)
_PAYMENT_CARD_CATEGORY_BY_VALUE = members_by_value(PaymentCardCategory)
_PAYMENT_TOKEN_TXN_TYPE_BY_VALUE = members_by_value(PaymentTokenTxnType)


@_attrs_define
class CardData:
    """What Plural tells of the card used (never the number)."""

    card_type: PaymentCardType | Unset = UNSET
    """ The kind of card, as the network reports it. """
    network_name: str | Unset = UNSET
    """ Card network (VISA, MASTERCARD, RUPAY...). """
    issuer_name: str | Unset = UNSET
    """ Issuing bank. """
    product_name: str | Unset = UNSET
    """ The issuer's name of the card product. """
    card_category: PaymentCardCategory | Unset = UNSET
    """ The card's category or tier, as the network reports it. """
    country_code: str | Unset = UNSET
    """ Issuing country, ISO 3166 alpha-3. """
    token_txn_type: PaymentTokenTxnType | Unset = UNSET
    """ The kind of card token; ALT_TOKEN for Plural's alternate token, NETWORK_TOKEN for a card network's,
    ISSUER_TOKEN for an issuing bank's. """
    last4_digit: str | Unset = UNSET
    """ Last four digits of the card. """
    save: bool | Unset = UNSET
    """ Whether the customer agreed to save the card. """
    is_native_otp_eligible: bool | Unset = UNSET
    """ Whether the card can take the OTP on the merchant's own page (native OTP). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.value

        network_name = self.network_name

        issuer_name = self.issuer_name

        product_name = self.product_name

        card_category: str | Unset = UNSET
        if not isinstance(self.card_category, Unset):
            card_category = self.card_category.value

        country_code = self.country_code

        token_txn_type: str | Unset = UNSET
        if not isinstance(self.token_txn_type, Unset):
            token_txn_type = self.token_txn_type.value

        last4_digit = self.last4_digit

        save = self.save

        is_native_otp_eligible = self.is_native_otp_eligible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if network_name is not UNSET:
            field_dict["network_name"] = network_name
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if card_category is not UNSET:
            field_dict["card_category"] = card_category
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if token_txn_type is not UNSET:
            field_dict["token_txn_type"] = token_txn_type
        if last4_digit is not UNSET:
            field_dict["last4_digit"] = last4_digit
        if save is not UNSET:
            field_dict["save"] = save
        if is_native_otp_eligible is not UNSET:
            field_dict["is_native_otp_eligible"] = is_native_otp_eligible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardData")
        found = 0
        card_type = d.get("card_type", UNSET)
        if card_type is not UNSET:
            found += 1
            card_type = (
                card_type.__class__ is str and _PAYMENT_CARD_TYPE_BY_VALUE.get(card_type)
            ) or as_enum(PaymentCardType, card_type, "card_type")

        network_name = d.get("network_name", UNSET)
        if network_name is not UNSET:
            found += 1

        issuer_name = d.get("issuer_name", UNSET)
        if issuer_name is not UNSET:
            found += 1

        product_name = d.get("product_name", UNSET)
        if product_name is not UNSET:
            found += 1

        card_category = d.get("card_category", UNSET)
        if card_category is not UNSET:
            found += 1
            card_category = (
                card_category.__class__ is str
                and _PAYMENT_CARD_CATEGORY_BY_VALUE.get(card_category)
            ) or as_enum(PaymentCardCategory, card_category, "card_category")

        country_code = d.get("country_code", UNSET)
        if country_code is not UNSET:
            found += 1

        token_txn_type = d.get("token_txn_type", UNSET)
        if token_txn_type is not UNSET:
            found += 1
            token_txn_type = (
                token_txn_type.__class__ is str
                and _PAYMENT_TOKEN_TXN_TYPE_BY_VALUE.get(token_txn_type)
            ) or as_enum(PaymentTokenTxnType, token_txn_type, "token_txn_type")

        last4_digit = d.get("last4_digit", UNSET)
        if last4_digit is not UNSET:
            found += 1

        save = d.get("save", UNSET)
        if save is not UNSET:
            found += 1
            if save.__class__ is not bool:
                save = as_bool(save, "save", True)

        is_native_otp_eligible = d.get("is_native_otp_eligible", UNSET)
        if is_native_otp_eligible is not UNSET:
            found += 1
            if is_native_otp_eligible.__class__ is not bool:
                is_native_otp_eligible = as_bool(
                    is_native_otp_eligible, "is_native_otp_eligible", True
                )

        card_data = cls(
            card_type,
            network_name,
            issuer_name,
            product_name,
            card_category,
            country_code,
            token_txn_type,
            last4_digit,
            save,
            is_native_otp_eligible,
        )
        if found < len(d):
            card_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
