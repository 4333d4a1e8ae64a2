from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError, unknown_field
from ..models.card_lookup_reference_type import CardLookupReferenceType
from ..types import (
    as_enum,
    as_object,
    card_repr,
    members_by_value,
)

T = TypeVar("T", bound="CardLookupItem")

_FIELDS: frozenset[str] = frozenset(
    (
        "payment_identifier",
        "payment_reference_type",
    )
)
_CARD_LOOKUP_REFERENCE_TYPE_BY_VALUE = members_by_value(CardLookupReferenceType)


@_attrs_define
class CardLookupItem:
    """One card to look up. The number is never logged."""

    payment_identifier: str = _attrs_field(repr=card_repr)
    """ The card number (or token), 12 to 19 digits. """
    payment_reference_type: CardLookupReferenceType
    """ What payment_identifier is; a card number (CARD) or a token of one. """

    def to_dict(self) -> dict[str, Any]:
        payment_identifier = self.payment_identifier

        payment_reference_type = self.payment_reference_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payment_identifier": payment_identifier,
                "payment_reference_type": payment_reference_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardLookupItem")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardLookupItem", d, _FIELDS)
        try:
            payment_identifier = d["payment_identifier"]
            payment_reference_type = d["payment_reference_type"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        payment_reference_type = (
            payment_reference_type.__class__ is str
            and _CARD_LOOKUP_REFERENCE_TYPE_BY_VALUE.get(payment_reference_type)
        ) or as_enum(CardLookupReferenceType, payment_reference_type, "payment_reference_type")

        card_lookup_item = cls(
            payment_identifier,
            payment_reference_type,
        )
        return card_lookup_item


if TYPE_CHECKING:
    from ..models.card_lookup_reference_type import CardLookupReferenceTypeValue


class CardLookupItemParams(TypedDict, total=False):
    """``CardLookupItem`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_identifier: Required[str]
    payment_reference_type: Required[CardLookupReferenceTypeValue | CardLookupReferenceType]
