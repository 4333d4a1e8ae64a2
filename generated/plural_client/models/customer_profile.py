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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="CustomerProfile")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("CustomerProfile must be a JSON object")
        d = dict(src_dict)
        for required in ("customer_id",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        customer_id = d.pop("customer_id")

        merchant_customer_reference = d.pop("merchant_customer_reference", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        country_code = d.pop("country_code", UNSET)

        mobile_number = d.pop("mobile_number", UNSET)

        email_id = d.pop("email_id", UNSET)

        try:
            _billing_address = d.pop("billing_address", UNSET)
            billing_address: Address | Unset
            if isinstance(_billing_address, Unset):
                billing_address = UNSET
            else:
                billing_address = Address.from_dict(_billing_address)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("billing_address") from None

        try:
            _shipping_address = d.pop("shipping_address", UNSET)
            shipping_address: Address | Unset
            if isinstance(_shipping_address, Unset):
                shipping_address = UNSET
            else:
                shipping_address = Address.from_dict(_shipping_address)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("shipping_address") from None

        gstin = d.pop("gstin", UNSET)

        try:
            _merchant_metadata = d.pop("merchant_metadata", UNSET)
            merchant_metadata: MerchantMetadata | Unset
            if isinstance(_merchant_metadata, Unset):
                merchant_metadata = UNSET
            else:
                merchant_metadata = MerchantMetadata.from_dict(_merchant_metadata)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("merchant_metadata") from None

        _status = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        customer_profile = cls(
            customer_id=customer_id,
            merchant_customer_reference=merchant_customer_reference,
            first_name=first_name,
            last_name=last_name,
            country_code=country_code,
            mobile_number=mobile_number,
            email_id=email_id,
            billing_address=billing_address,
            shipping_address=shipping_address,
            gstin=gstin,
            merchant_metadata=merchant_metadata,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        customer_profile.additional_properties = d
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
