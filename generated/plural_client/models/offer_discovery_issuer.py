from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..models.offer_issuer_type import OfferIssuerType
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

T = TypeVar("T", bound="OfferDiscoveryIssuer")

_FIELDS: frozenset[str] = frozenset(
    (
        "bin",
        "id",
        "name",
        "issuer_type",
    )
)
_OFFER_ISSUER_TYPE_BY_VALUE = members_by_value(OfferIssuerType)


@_attrs_define
class OfferDiscoveryIssuer:
    """Narrows discovery to a card BIN or, for EMI with down payment, to one issuer."""

    bin_: str | Unset = UNSET
    """ First 8 digits of the card. """
    id: str | Unset = UNSET
    """ Plural's id of the issuer (EMI with down payment). """
    name: str | Unset = UNSET
    """ The issuer's name (EMI with down payment). """
    issuer_type: OfferIssuerType | Unset = UNSET
    """ The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank). """

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        id = self.id

        name = self.name

        issuer_type: str | Unset = UNSET
        if not isinstance(self.issuer_type, Unset):
            issuer_type = self.issuer_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if issuer_type is not UNSET:
            field_dict["issuer_type"] = issuer_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferDiscoveryIssuer")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryIssuer", d, _FIELDS)
        bin_ = d.get("bin", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        issuer_type = d.get("issuer_type", UNSET)
        if issuer_type is not UNSET:
            issuer_type = (
                issuer_type.__class__ is str and _OFFER_ISSUER_TYPE_BY_VALUE.get(issuer_type)
            ) or as_enum(OfferIssuerType, issuer_type, "issuer_type")

        offer_discovery_issuer = cls(
            bin_,
            id,
            name,
            issuer_type,
        )
        return offer_discovery_issuer


if TYPE_CHECKING:
    from ..models.offer_issuer_type import OfferIssuerTypeValue


class OfferDiscoveryIssuerParams(TypedDict, total=False):
    """``OfferDiscoveryIssuer`` as a dict, for the resource methods: mypy checks its keys and types."""

    bin: str | Unset
    id: str | Unset
    name: str | Unset
    issuer_type: OfferIssuerTypeValue | OfferIssuerType | Unset
