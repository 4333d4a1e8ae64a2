from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="DeletedToken")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("DeletedToken must be a JSON object")
        d = dict(src_dict)
        token_id = d.pop("token_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        status = d.pop("status", UNSET)

        merchant_unique_reference = d.pop("merchant_unique_reference", UNSET)

        deleted_token = cls(
            token_id=token_id,
            customer_id=customer_id,
            status=status,
            merchant_unique_reference=merchant_unique_reference,
        )

        deleted_token.additional_properties = d
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
