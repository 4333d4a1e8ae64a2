from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
    secret_repr,
)

T = TypeVar("T", bound="CardTokenPaymentOption")

_FIELDS: frozenset[str] = frozenset(("encrypted_card_details",))


@_attrs_define
class CardTokenPaymentOption:
    """The card to tokenize."""

    encrypted_card_details: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ The card's details, encrypted as Plural's onboarding describes. """

    def to_dict(self) -> dict[str, Any]:
        encrypted_card_details = self.encrypted_card_details

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if encrypted_card_details is not UNSET:
            field_dict["encrypted_card_details"] = encrypted_card_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CardTokenPaymentOption")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardTokenPaymentOption", d, _FIELDS)
        encrypted_card_details = d.get("encrypted_card_details", UNSET)

        card_token_payment_option = cls(
            encrypted_card_details,
        )
        return card_token_payment_option


class CardTokenPaymentOptionParams(TypedDict, total=False):
    """``CardTokenPaymentOption`` as a dict, for the resource methods: mypy checks its keys and types."""

    encrypted_card_details: str | Unset
