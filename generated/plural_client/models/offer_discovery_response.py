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
    from ..models.offer_issuer import OfferIssuer


T = TypeVar("T", bound="OfferDiscoveryResponse")

_FIELDS: frozenset[str] = frozenset(("issuers",))


@_attrs_define
class OfferDiscoveryResponse:
    """The EMI offers found."""

    issuers: list[OfferIssuer] | Unset = UNSET
    """ Issuers with offers, by priority. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        issuers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issuers, Unset):
            issuers = []
            for issuers_item_data in self.issuers:
                issuers_item = issuers_item_data.to_dict()
                issuers.append(issuers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issuers is not UNSET:
            field_dict["issuers"] = issuers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "OfferDiscoveryResponse")
        )
        found = 0
        issuers = d.get("issuers", UNSET)
        if issuers is not UNSET:
            found += 1
            if not isinstance(issuers, list):
                raise wrong_type("issuers", "a JSON array", issuers)
            issuers_read: list[OfferIssuer] = []
            for issuers_item in issuers:
                try:
                    issuers_item = OfferIssuer.from_dict(issuers_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("issuers", len(issuers_read)) from None
                issuers_read.append(issuers_item)
            issuers = issuers_read

        offer_discovery_response = cls(
            issuers,
        )
        if found < len(d):
            offer_discovery_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_discovery_response

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


from ..models.offer_issuer import OfferIssuer  # noqa: E402
