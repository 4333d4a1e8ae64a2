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

from ..errors import RequestValidationError
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_bool,
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Customer")

_FIELDS: frozenset[str] = frozenset(
    (
        "email_id",
        "first_name",
        "last_name",
        "customer_id",
        "mobile_number",
        "country_code",
        "billing_address",
        "shipping_address",
        "is_edit_customer_details_allowed",
    )
)


@_attrs_define
class Customer:
    """The paying customer. Shared by requests and responses, so unknown fields are accepted."""

    email_id: str | Unset = UNSET
    """ Email address. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    customer_id: str | Unset = UNSET
    """ The merchant's customer id. """
    mobile_number: str | Unset = UNSET
    """ Mobile number, 9 to 20 digits, without the country code. """
    country_code: str | Unset = UNSET
    """ Calling code of the mobile number's country, digits only; Plural assumes 91 when absent. """
    billing_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    shipping_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    is_edit_customer_details_allowed: bool | Unset = UNSET
    """ Whether the customer may edit these details at checkout. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        first_name = self.first_name

        last_name = self.last_name

        customer_id = self.customer_id

        mobile_number = self.mobile_number

        country_code = self.country_code

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        is_edit_customer_details_allowed = self.is_edit_customer_details_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_id is not UNSET:
            field_dict["email_id"] = email_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if mobile_number is not UNSET:
            field_dict["mobile_number"] = mobile_number
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if is_edit_customer_details_allowed is not UNSET:
            field_dict["is_edit_customer_details_allowed"] = is_edit_customer_details_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Customer")
        found = 0
        email_id = d.get("email_id", UNSET)
        if email_id is not UNSET:
            found += 1

        first_name = d.get("first_name", UNSET)
        if first_name is not UNSET:
            found += 1

        last_name = d.get("last_name", UNSET)
        if last_name is not UNSET:
            found += 1

        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        mobile_number = d.get("mobile_number", UNSET)
        if mobile_number is not UNSET:
            found += 1

        country_code = d.get("country_code", UNSET)
        if country_code is not UNSET:
            found += 1

        billing_address = d.get("billing_address", UNSET)
        if billing_address is not UNSET:
            found += 1
            try:
                billing_address = Address.from_dict(billing_address)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("billing_address") from None

        shipping_address = d.get("shipping_address", UNSET)
        if shipping_address is not UNSET:
            found += 1
            try:
                shipping_address = Address.from_dict(shipping_address)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("shipping_address") from None

        is_edit_customer_details_allowed = d.get("is_edit_customer_details_allowed", UNSET)
        if is_edit_customer_details_allowed is not UNSET:
            found += 1
            if is_edit_customer_details_allowed.__class__ is not bool:
                is_edit_customer_details_allowed = as_bool(
                    is_edit_customer_details_allowed, "is_edit_customer_details_allowed", True
                )

        customer = cls(
            email_id,
            first_name,
            last_name,
            customer_id,
            mobile_number,
            country_code,
            billing_address,
            shipping_address,
            is_edit_customer_details_allowed,
        )
        if found < len(d):
            customer.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return customer

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
    from ..models.address import AddressParams


class CustomerParams(TypedDict, total=False):
    """``Customer`` as a dict, for the resource methods: mypy checks its keys and types."""

    email_id: str | Unset
    first_name: str | Unset
    last_name: str | Unset
    customer_id: str | Unset
    mobile_number: str | Unset
    country_code: str | Unset
    billing_address: AddressParams | Address | Unset
    shipping_address: AddressParams | Address | Unset
    is_edit_customer_details_allowed: bool | Unset


from ..models.address import Address  # noqa: E402
