from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.card_lookup_result import CardLookupResult


T = TypeVar("T", bound="GetCardDetailsResponse")

_FIELDS: frozenset[str] = frozenset(("card_payment_details",))


@_attrs_define
class GetCardDetailsResponse:
    """The cards looked up."""

    card_payment_details: list[CardLookupResult] | Unset = UNSET
    """ One entry per card looked up. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        card_payment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.card_payment_details, Unset):
            card_payment_details = []
            for card_payment_details_item_data in self.card_payment_details:
                card_payment_details_item = card_payment_details_item_data.to_dict()
                card_payment_details.append(card_payment_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_payment_details is not UNSET:
            field_dict["card_payment_details"] = card_payment_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "GetCardDetailsResponse")
        )
        found = 0
        card_payment_details = d.get("card_payment_details", UNSET)
        if card_payment_details is not UNSET:
            found += 1
            if not isinstance(card_payment_details, list):
                raise wrong_type("card_payment_details", "a JSON array", card_payment_details)
            card_payment_details_read: list[CardLookupResult] = []
            for card_payment_details_item in card_payment_details:
                try:
                    card_payment_details_item = CardLookupResult.from_dict(
                        card_payment_details_item
                    )
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "card_payment_details", len(card_payment_details_read)
                    ) from None
                card_payment_details_read.append(card_payment_details_item)
            card_payment_details = card_payment_details_read

        get_card_details_response = cls(
            card_payment_details,
        )
        if found < len(d):
            get_card_details_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return get_card_details_response

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


from ..models.card_lookup_result import CardLookupResult  # noqa: E402
