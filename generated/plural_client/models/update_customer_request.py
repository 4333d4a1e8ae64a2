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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="UpdateCustomerRequest")

_FIELDS = frozenset(
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("UpdateCustomerRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpdateCustomerRequest", d, _FIELDS)
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

        _status = d.pop("status", UNSET)
        status: CustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerStatus(_status)

        update_customer_request = cls(
            merchant_customer_reference=merchant_customer_reference,
            first_name=first_name,
            last_name=last_name,
            country_code=country_code,
            mobile_number=mobile_number,
            email_id=email_id,
            billing_address=billing_address,
            shipping_address=shipping_address,
            status=status,
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
