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
from ..types import card_repr

T = TypeVar("T", bound="CardLookupItem")

_FIELDS = frozenset(
    (
        "payment_identifier",
        "payment_reference_type",
    )
)


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardLookupItem must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardLookupItem", d, _FIELDS)
        for required in (
            "payment_identifier",
            "payment_reference_type",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        payment_identifier = d.pop("payment_identifier")

        payment_reference_type = CardLookupReferenceType(d.pop("payment_reference_type"))

        card_lookup_item = cls(
            payment_identifier=payment_identifier,
            payment_reference_type=payment_reference_type,
        )

        return card_lookup_item


if TYPE_CHECKING:
    from ..models.card_lookup_reference_type import CardLookupReferenceTypeValue


class CardLookupItemParams(TypedDict, total=False):
    """``CardLookupItem`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_identifier: Required[str]
    payment_reference_type: Required[CardLookupReferenceTypeValue | CardLookupReferenceType]
