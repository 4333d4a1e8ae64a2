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

T = TypeVar("T", bound="OfferDiscoveryCardToken")

_FIELDS: frozenset[str] = frozenset(
    (
        "token",
        "token_id",
    )
)


@_attrs_define
class OfferDiscoveryCardToken:
    """A saved card to find offers for; token or token_id (token_id needs customer_details)."""

    token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ The card's token for its token type. """
    token_id: str | Unset = UNSET
    """ Plural's id of the saved card token. """

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_id = self.token_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if token_id is not UNSET:
            field_dict["token_id"] = token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "OfferDiscoveryCardToken")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryCardToken", d, _FIELDS)
        token = d.get("token", UNSET)

        token_id = d.get("token_id", UNSET)

        offer_discovery_card_token = cls(
            token,
            token_id,
        )
        return offer_discovery_card_token


class OfferDiscoveryCardTokenParams(TypedDict, total=False):
    """``OfferDiscoveryCardToken`` as a dict, for the resource methods: mypy checks its keys and types."""

    token: str | Unset
    token_id: str | Unset
