from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
)

T = TypeVar("T", bound="PresentationRetryRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "presentation_id",
        "merchant_presentation_reference",
    )
)


@_attrs_define
class PresentationRetryRequest:
    """Which failed presentation to retry; give presentation_id or merchant_presentation_reference."""

    presentation_id: str | Unset = UNSET
    """ An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`. """
    merchant_presentation_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """

    def to_dict(self) -> dict[str, Any]:
        presentation_id = self.presentation_id

        merchant_presentation_reference = self.merchant_presentation_reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if presentation_id is not UNSET:
            field_dict["presentation_id"] = presentation_id
        if merchant_presentation_reference is not UNSET:
            field_dict["merchant_presentation_reference"] = merchant_presentation_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PresentationRetryRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("PresentationRetryRequest", d, _FIELDS)
        presentation_id = d.get("presentation_id", UNSET)

        merchant_presentation_reference = d.get("merchant_presentation_reference", UNSET)

        presentation_retry_request = cls(
            presentation_id,
            merchant_presentation_reference,
        )
        return presentation_retry_request


class PresentationRetryRequestParams(TypedDict, total=False):
    """``PresentationRetryRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    presentation_id: str | Unset
    merchant_presentation_reference: str | Unset
