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

T = TypeVar("T", bound="OfferCustomerDetails")

_FIELDS: frozenset[str] = frozenset(("customer_id",))


@_attrs_define
class OfferCustomerDetails:
    """The Plural customer owning a saved card token."""

    customer_id: str | Unset = UNSET
    """ Plural's customer id; needed with a token_id. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferCustomerDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferCustomerDetails", d, _FIELDS)
        customer_id = d.get("customer_id", UNSET)

        offer_customer_details = cls(
            customer_id,
        )
        return offer_customer_details


class OfferCustomerDetailsParams(TypedDict, total=False):
    """``OfferCustomerDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    customer_id: str | Unset
