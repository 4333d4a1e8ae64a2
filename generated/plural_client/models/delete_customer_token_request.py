from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
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
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="DeleteCustomerTokenRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_unique_reference",
        "merchant_metadata",
    )
)


@_attrs_define
class DeleteCustomerTokenRequest:
    """The deletion of a customer's token."""

    merchant_unique_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """

    def to_dict(self) -> dict[str, Any]:
        merchant_unique_reference = self.merchant_unique_reference

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_unique_reference": merchant_unique_reference,
            }
        )
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "DeleteCustomerTokenRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("DeleteCustomerTokenRequest", d, _FIELDS)
        try:
            merchant_unique_reference = d["merchant_unique_reference"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        delete_customer_token_request = cls(
            merchant_unique_reference,
            merchant_metadata,
        )
        return delete_customer_token_request


class DeleteCustomerTokenRequestParams(TypedDict, total=False):
    """``DeleteCustomerTokenRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_unique_reference: Required[str]
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset


from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
