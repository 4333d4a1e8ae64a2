from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="DeletedToken")

_FIELDS: frozenset[str] = frozenset(
    (
        "token_id",
        "customer_id",
        "status",
        "merchant_unique_reference",
    )
)


@_attrs_define
class DeletedToken:
    """A deleted token; customer_id and merchant_unique_reference come from delete_customer_token only."""

    token_id: str | Unset = UNSET
    """ Plural's id of the deleted token. """
    customer_id: str | Unset = UNSET
    """ Plural's id of the customer. """
    status: str | Unset = UNSET
    """ The token's status after deletion (DEACTIVATED). """
    merchant_unique_reference: str | Unset = UNSET
    """ The merchant's reference of the deletion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        customer_id = self.customer_id

        status = self.status

        merchant_unique_reference = self.merchant_unique_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if status is not UNSET:
            field_dict["status"] = status
        if merchant_unique_reference is not UNSET:
            field_dict["merchant_unique_reference"] = merchant_unique_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "DeletedToken")
        found = 0
        token_id = d.get("token_id", UNSET)
        if token_id is not UNSET:
            found += 1

        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1

        merchant_unique_reference = d.get("merchant_unique_reference", UNSET)
        if merchant_unique_reference is not UNSET:
            found += 1

        deleted_token = cls(
            token_id,
            customer_id,
            status,
            merchant_unique_reference,
        )
        if found < len(d):
            deleted_token.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return deleted_token

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
