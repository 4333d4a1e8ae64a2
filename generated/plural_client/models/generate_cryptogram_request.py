from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    as_object,
)

T = TypeVar("T", bound="GenerateCryptogramRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_unique_reference",
        "service_provider_token_id",
    )
)


@_attrs_define
class GenerateCryptogramRequest:
    """A request for a token payment's cryptogram."""

    merchant_unique_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    service_provider_token_id: str
    """ The card network's (service provider's) id of the token. """

    def to_dict(self) -> dict[str, Any]:
        merchant_unique_reference = self.merchant_unique_reference

        service_provider_token_id = self.service_provider_token_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_unique_reference": merchant_unique_reference,
                "service_provider_token_id": service_provider_token_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "GenerateCryptogramRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("GenerateCryptogramRequest", d, _FIELDS)
        try:
            merchant_unique_reference = d["merchant_unique_reference"]
            service_provider_token_id = d["service_provider_token_id"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        generate_cryptogram_request = cls(
            merchant_unique_reference,
            service_provider_token_id,
        )
        return generate_cryptogram_request


class GenerateCryptogramRequestParams(TypedDict, total=False):
    """``GenerateCryptogramRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_unique_reference: Required[str]
    service_provider_token_id: Required[str]
