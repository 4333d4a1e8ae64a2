from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_address_category import AddressAddressCategory
from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A billing or shipping address. Shared by requests and responses, so unknown fields are accepted."""

    address1: str | Unset = UNSET
    """ First address line. """
    address2: str | Unset = UNSET
    """ Second address line. """
    address3: str | Unset = UNSET
    """ Third address line. """
    pincode: str | Unset = UNSET
    """ Postal code. """
    city: str | Unset = UNSET
    """ City. """
    state: str | Unset = UNSET
    """ State. """
    country: str | Unset = UNSET
    """ Country. """
    full_name: str | Unset = UNSET
    """ Name of the person at this address. """
    adddress_type: str | Unset = UNSET
    """ Kind of address (Home, Office), under the key as Plural spells it (three d's). """
    address_category: AddressAddressCategory | Unset = UNSET
    """ Whether this is the billing or the shipping address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        pincode = self.pincode

        city = self.city

        state = self.state

        country = self.country

        full_name = self.full_name

        adddress_type = self.adddress_type

        address_category: str | Unset = UNSET
        if not isinstance(self.address_category, Unset):
            address_category = self.address_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if pincode is not UNSET:
            field_dict["pincode"] = pincode
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if adddress_type is not UNSET:
            field_dict["adddress_type"] = adddress_type
        if address_category is not UNSET:
            field_dict["address_category"] = address_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("Address must be a JSON object")
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        pincode = d.pop("pincode", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        full_name = d.pop("full_name", UNSET)

        adddress_type = d.pop("adddress_type", UNSET)

        _address_category = d.pop("address_category", UNSET)
        address_category: AddressAddressCategory | Unset
        if isinstance(_address_category, Unset):
            address_category = UNSET
        else:
            address_category = AddressAddressCategory(_address_category)

        address = cls(
            address1=address1,
            address2=address2,
            address3=address3,
            pincode=pincode,
            city=city,
            state=state,
            country=country,
            full_name=full_name,
            adddress_type=adddress_type,
            address_category=address_category,
        )

        address.additional_properties = d
        return address

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


if TYPE_CHECKING:
    from ..models.address_address_category import AddressAddressCategoryValue


class AddressParams(TypedDict, total=False):
    """``Address`` as a dict, for the resource methods: mypy checks its keys and types."""

    address1: str | Unset
    address2: str | Unset
    address3: str | Unset
    pincode: str | Unset
    city: str | Unset
    state: str | Unset
    country: str | Unset
    full_name: str | Unset
    adddress_type: str | Unset
    address_category: AddressAddressCategoryValue | AddressAddressCategory | Unset
