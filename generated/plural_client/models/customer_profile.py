from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.customer_status import CustomerStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="CustomerProfile")

_FIELDS: frozenset[str] = frozenset(
    (
        "customer_id",
        "merchant_customer_reference",
        "first_name",
        "last_name",
        "country_code",
        "mobile_number",
        "email_id",
        "billing_address",
        "shipping_address",
        "gstin",
        "merchant_metadata",
        "status",
        "created_at",
        "updated_at",
    )
)
_CUSTOMER_STATUS_BY_VALUE = members_by_value(CustomerStatus)


@_attrs_define
class CustomerProfile:
    """A customer profile kept by Plural (not the order's `Customer`)."""

    customer_id: str
    """ Plural's customer id. """
    merchant_customer_reference: str | Unset = UNSET
    """ The merchant's own reference of the customer (may be empty). """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    country_code: str | Unset = UNSET
    """ Country calling code of the mobile number. """
    mobile_number: str | Unset = UNSET
    """ Mobile number. """
    email_id: str | Unset = UNSET
    """ Email address. """
    billing_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    shipping_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    gstin: str | Unset = UNSET
    """ The customer's GSTIN (may be empty). """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    status: CustomerStatus | Unset = UNSET
    """ Where a customer profile is; INACTIVE until the customer is verified. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        merchant_customer_reference = self.merchant_customer_reference

        first_name = self.first_name

        last_name = self.last_name

        country_code = self.country_code

        mobile_number = self.mobile_number

        email_id = self.email_id

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        gstin = self.gstin

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if merchant_customer_reference is not UNSET:
            field_dict["merchant_customer_reference"] = merchant_customer_reference
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if mobile_number is not UNSET:
            field_dict["mobile_number"] = mobile_number
        if email_id is not UNSET:
            field_dict["email_id"] = email_id
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if gstin is not UNSET:
            field_dict["gstin"] = gstin
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CustomerProfile")
        try:
            customer_id = d["customer_id"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 1

        merchant_customer_reference = d.get("merchant_customer_reference", UNSET)
        if merchant_customer_reference is not UNSET:
            found += 1

        first_name = d.get("first_name", UNSET)
        if first_name is not UNSET:
            found += 1

        last_name = d.get("last_name", UNSET)
        if last_name is not UNSET:
            found += 1

        country_code = d.get("country_code", UNSET)
        if country_code is not UNSET:
            found += 1

        mobile_number = d.get("mobile_number", UNSET)
        if mobile_number is not UNSET:
            found += 1

        email_id = d.get("email_id", UNSET)
        if email_id is not UNSET:
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

        gstin = d.get("gstin", UNSET)
        if gstin is not UNSET:
            found += 1

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            found += 1
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (status.__class__ is str and _CUSTOMER_STATUS_BY_VALUE.get(status)) or as_enum(
                CustomerStatus, status, "status"
            )

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        customer_profile = cls(
            customer_id,
            merchant_customer_reference,
            first_name,
            last_name,
            country_code,
            mobile_number,
            email_id,
            billing_address,
            shipping_address,
            gstin,
            merchant_metadata,
            status,
            created_at,
            updated_at,
        )
        if found < len(d):
            customer_profile.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return customer_profile

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


from ..models.address import Address  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
