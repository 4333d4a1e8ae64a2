from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.card_lookup_item import CardLookupItem


T = TypeVar("T", bound="GetCardDetailsRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_details",
        "amount",
    )
)


@_attrs_define
class GetCardDetailsRequest:
    """The cards to look up, and optionally the amount to pay."""

    card_details: list[CardLookupItem]
    """ The cards to look up. """
    amount: str | Unset = UNSET
    """ Amount of the intended payment in paise, as a string of digits. """

    def to_dict(self) -> dict[str, Any]:
        card_details = []
        for card_details_item_data in self.card_details:
            card_details_item = card_details_item_data.to_dict()
            card_details.append(card_details_item)

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card_details": card_details,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "GetCardDetailsRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("GetCardDetailsRequest", d, _FIELDS)
        try:
            card_details = d["card_details"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        if not isinstance(card_details, list):
            raise wrong_type("card_details", "a JSON array", card_details)
        card_details_read: list[CardLookupItem] = []
        for card_details_item in card_details:
            try:
                card_details_item = CardLookupItem.from_dict(card_details_item)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_details", len(card_details_read)) from None
            card_details_read.append(card_details_item)
        card_details = card_details_read

        amount = d.get("amount", UNSET)

        get_card_details_request = cls(
            card_details,
            amount,
        )
        return get_card_details_request


if TYPE_CHECKING:
    from ..models.card_lookup_item import CardLookupItemParams


class GetCardDetailsRequestParams(TypedDict, total=False):
    """``GetCardDetailsRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_details: Required[Sequence[CardLookupItemParams | CardLookupItem]]
    amount: str | Unset


from ..models.card_lookup_item import CardLookupItem  # noqa: E402
