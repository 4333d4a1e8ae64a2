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

T = TypeVar("T", bound="GenerateCryptogramRequest")

_FIELDS = frozenset(
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("GenerateCryptogramRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("GenerateCryptogramRequest", d, _FIELDS)
        for required in (
            "merchant_unique_reference",
            "service_provider_token_id",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        merchant_unique_reference = d.pop("merchant_unique_reference")

        service_provider_token_id = d.pop("service_provider_token_id")

        generate_cryptogram_request = cls(
            merchant_unique_reference=merchant_unique_reference,
            service_provider_token_id=service_provider_token_id,
        )

        return generate_cryptogram_request


class GenerateCryptogramRequestParams(TypedDict, total=False):
    """``GenerateCryptogramRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_unique_reference: Required[str]
    service_provider_token_id: Required[str]
