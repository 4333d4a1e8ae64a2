from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.card_token_status import CardTokenStatus
from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="CardToken")


@_attrs_define
class CardToken:
    """A card token just generated."""

    token_id: str
    """ Plural's token id. """
    status: CardTokenStatus
    """ Where a card token is; INITIATED until the card network activates it, DEACTIVATED once deleted. """
    customer_id: str | Unset = UNSET
    """ Plural's id of the customer the token belongs to. """
    merchant_token_reference: str | Unset = UNSET
    """ The merchant's reference of the token. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        status = self.status.value

        customer_id = self.customer_id

        merchant_token_reference = self.merchant_token_reference

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
                "status": status,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if merchant_token_reference is not UNSET:
            field_dict["merchant_token_reference"] = merchant_token_reference
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardToken must be a JSON object")
        d = dict(src_dict)
        for required in (
            "token_id",
            "status",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        token_id = d.pop("token_id")

        status = CardTokenStatus(d.pop("status"))

        customer_id = d.pop("customer_id", UNSET)

        merchant_token_reference = d.pop("merchant_token_reference", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        card_token = cls(
            token_id=token_id,
            status=status,
            customer_id=customer_id,
            merchant_token_reference=merchant_token_reference,
            created_at=created_at,
            updated_at=updated_at,
        )

        card_token.additional_properties = d
        return card_token

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
