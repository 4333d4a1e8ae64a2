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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.card_lookup_result import CardLookupResult


T = TypeVar("T", bound="GetCardDetailsResponse")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("GetCardDetailsResponse must be a JSON object")
        d = dict(src_dict)
        _card_payment_details = d.pop("card_payment_details", UNSET)
        card_payment_details: list[CardLookupResult] | Unset = UNSET
        if _card_payment_details is not UNSET:
            if not isinstance(_card_payment_details, list):
                raise TypeError("card_payment_details must be a JSON array")
            card_payment_details = []
            for card_payment_details_item_data in _card_payment_details:
                try:
                    card_payment_details_item = CardLookupResult.from_dict(
                        card_payment_details_item_data
                    )
                except RequestValidationError as _nested_error:
                    raise _nested_error.within(
                        "card_payment_details", len(card_payment_details)
                    ) from None

                card_payment_details.append(card_payment_details_item)

        get_card_details_response = cls(
            card_payment_details=card_payment_details,
        )

        get_card_details_response.additional_properties = d
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
