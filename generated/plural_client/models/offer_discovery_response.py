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
    from ..models.offer_issuer import OfferIssuer


T = TypeVar("T", bound="OfferDiscoveryResponse")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferDiscoveryResponse must be a JSON object")
        d = dict(src_dict)
        _issuers = d.pop("issuers", UNSET)
        issuers: list[OfferIssuer] | Unset = UNSET
        if _issuers is not UNSET:
            if not isinstance(_issuers, list):
                raise TypeError("issuers must be a JSON array")
            issuers = []
            for issuers_item_data in _issuers:
                try:
                    issuers_item = OfferIssuer.from_dict(issuers_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("issuers", len(issuers)) from None

                issuers.append(issuers_item)

        offer_discovery_response = cls(
            issuers=issuers,
        )

        offer_discovery_response.additional_properties = d
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
