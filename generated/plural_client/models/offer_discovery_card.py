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
    card_repr,
)

T = TypeVar("T", bound="OfferDiscoveryCard")

_FIELDS: frozenset[str] = frozenset(("card_number",))


@_attrs_define
class OfferDiscoveryCard:
    """A card to find offers for."""

    card_number: str | Unset = _attrs_field(default=UNSET, repr=card_repr)
    """ Card number, 12 to 19 digits. """

    def to_dict(self) -> dict[str, Any]:
        card_number = self.card_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if card_number is not UNSET:
            field_dict["card_number"] = card_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferDiscoveryCard")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryCard", d, _FIELDS)
        card_number = d.get("card_number", UNSET)

        offer_discovery_card = cls(
            card_number,
        )
        return offer_discovery_card


class OfferDiscoveryCardParams(TypedDict, total=False):
    """``OfferDiscoveryCard`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_number: str | Unset
