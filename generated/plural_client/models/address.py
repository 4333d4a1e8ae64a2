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
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

T = TypeVar("T", bound="Address")

_FIELDS: frozenset[str] = frozenset(
    (
        "address1",
        "address2",
        "address3",
        "pincode",
        "city",
        "state",
        "country",
        "full_name",
        "adddress_type",
        "address_category",
    )
)
_ADDRESS_ADDRESS_CATEGORY_BY_VALUE = members_by_value(AddressAddressCategory)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Address")
        found = 0
        address1 = d.get("address1", UNSET)
        if address1 is not UNSET:
            found += 1

        address2 = d.get("address2", UNSET)
        if address2 is not UNSET:
            found += 1

        address3 = d.get("address3", UNSET)
        if address3 is not UNSET:
            found += 1

        pincode = d.get("pincode", UNSET)
        if pincode is not UNSET:
            found += 1

        city = d.get("city", UNSET)
        if city is not UNSET:
            found += 1

        state = d.get("state", UNSET)
        if state is not UNSET:
            found += 1

        country = d.get("country", UNSET)
        if country is not UNSET:
            found += 1

        full_name = d.get("full_name", UNSET)
        if full_name is not UNSET:
            found += 1

        adddress_type = d.get("adddress_type", UNSET)
        if adddress_type is not UNSET:
            found += 1

        address_category = d.get("address_category", UNSET)
        if address_category is not UNSET:
            found += 1
            address_category = (
                address_category.__class__ is str
                and _ADDRESS_ADDRESS_CATEGORY_BY_VALUE.get(address_category)
            ) or as_enum(AddressAddressCategory, address_category, "address_category")

        address = cls(
            address1,
            address2,
            address3,
            pincode,
            city,
            state,
            country,
            full_name,
            adddress_type,
            address_category,
        )
        if found < len(d):
            address.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
