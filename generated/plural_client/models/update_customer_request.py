from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.customer_status import CustomerStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="UpdateCustomerRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_customer_reference",
        "first_name",
        "last_name",
        "country_code",
        "mobile_number",
        "email_id",
        "billing_address",
        "shipping_address",
        "status",
    )
)
_CUSTOMER_STATUS_BY_VALUE = members_by_value(CustomerStatus)


@_attrs_define
class UpdateCustomerRequest:
    """The fields of a customer profile to change; fields left out keep their value."""

    merchant_customer_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    country_code: str | Unset = UNSET
    """ Country calling code of the mobile number, up to 4 digits with an optional leading `+`. """
    mobile_number: str | Unset = UNSET
    """ Mobile number, 9 to 20 digits. """
    email_id: str | Unset = UNSET
    """ Email address. """
    billing_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    shipping_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    status: CustomerStatus | Unset = UNSET
    """ Where a customer profile is; INACTIVE until the customer is verified. """

    def to_dict(self) -> dict[str, Any]:
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "UpdateCustomerRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpdateCustomerRequest", d, _FIELDS)
        merchant_customer_reference = d.get("merchant_customer_reference", UNSET)

        first_name = d.get("first_name", UNSET)

        last_name = d.get("last_name", UNSET)

        country_code = d.get("country_code", UNSET)

        mobile_number = d.get("mobile_number", UNSET)

        email_id = d.get("email_id", UNSET)

        billing_address = d.get("billing_address", UNSET)
        if billing_address is not UNSET:
            try:
                billing_address = Address.from_dict(billing_address)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("billing_address") from None

        shipping_address = d.get("shipping_address", UNSET)
        if shipping_address is not UNSET:
            try:
                shipping_address = Address.from_dict(shipping_address)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("shipping_address") from None

        status = d.get("status", UNSET)
        if status is not UNSET:
            status = (status.__class__ is str and _CUSTOMER_STATUS_BY_VALUE.get(status)) or as_enum(
                CustomerStatus, status, "status"
            )

        update_customer_request = cls(
            merchant_customer_reference,
            first_name,
            last_name,
            country_code,
            mobile_number,
            email_id,
            billing_address,
            shipping_address,
            status,
        )
        return update_customer_request


if TYPE_CHECKING:
    from ..models.address import AddressParams
    from ..models.customer_status import CustomerStatusValue


class UpdateCustomerRequestParams(TypedDict, total=False):
    """``UpdateCustomerRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_customer_reference: str | Unset
    first_name: str | Unset
    last_name: str | Unset
    country_code: str | Unset
    mobile_number: str | Unset
    email_id: str | Unset
    billing_address: AddressParams | Address | Unset
    shipping_address: AddressParams | Address | Unset
    status: CustomerStatusValue | CustomerStatus | Unset


from ..models.address import Address  # noqa: E402
