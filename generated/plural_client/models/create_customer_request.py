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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="CreateCustomerRequest")

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
        "gstin",
        "merchant_metadata",
    )
)


@_attrs_define
class CreateCustomerRequest:
    """A new customer profile; give merchant_customer_reference, or mobile_number (with country_code), or both."""

    merchant_customer_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    first_name: str | Unset = UNSET
    """ First name. """
    last_name: str | Unset = UNSET
    """ Last name. """
    country_code: str | Unset = UNSET
    """ Country calling code of the mobile number, up to 4 digits with an optional leading `+`; 91 when not given.
    """
    mobile_number: str | Unset = UNSET
    """ Mobile number, 9 to 20 digits. """
    email_id: str | Unset = UNSET
    """ Email address. """
    billing_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    shipping_address: Address | Unset = UNSET
    """ A billing or shipping address. Shared by requests and responses, so unknown fields are accepted. """
    gstin: str | Unset = UNSET
    """ The customer's GSTIN: 15 characters, two digits (the state) then capital letters and digits. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """

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

        gstin = self.gstin

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

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
        if gstin is not UNSET:
            field_dict["gstin"] = gstin
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CreateCustomerRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreateCustomerRequest", d, _FIELDS)
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

        gstin = d.get("gstin", UNSET)

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        create_customer_request = cls(
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
        )
        return create_customer_request


if TYPE_CHECKING:
    from ..models.address import AddressParams


class CreateCustomerRequestParams(TypedDict, total=False):
    """``CreateCustomerRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_customer_reference: str | Unset
    first_name: str | Unset
    last_name: str | Unset
    country_code: str | Unset
    mobile_number: str | Unset
    email_id: str | Unset
    billing_address: AddressParams | Address | Unset
    shipping_address: AddressParams | Address | Unset
    gstin: str | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset


from ..models.address import Address  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
