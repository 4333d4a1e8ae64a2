from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import UNSET, Unset, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.customer_token import CustomerToken


T = TypeVar("T", bound="CustomerTokens")


@_attrs_define
class CustomerTokens:
    """The tokens of a customer profile."""

    customer_id: str | Unset = UNSET
    """ Plural's id of the customer. """
    total_tokens: int | Unset = UNSET
    """ How many tokens the customer has. """
    tokens: list[CustomerToken] | Unset = UNSET
    """ The customer's tokens. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the customer profile was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the customer profile last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        total_tokens = self.total_tokens

        tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CustomerTokens must be a JSON object")
        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)
        if total_tokens.__class__ is not int and total_tokens is not UNSET:
            total_tokens = as_int(total_tokens, "total_tokens", True)

        _tokens = d.pop("tokens", UNSET)
        tokens: list[CustomerToken] | Unset = UNSET
        if _tokens is not UNSET:
            if not isinstance(_tokens, list):
                raise TypeError("tokens must be a JSON array")
            tokens = []
            for tokens_item_data in _tokens:
                try:
                    tokens_item = CustomerToken.from_dict(tokens_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("tokens", len(tokens)) from None

                tokens.append(tokens_item)

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

        customer_tokens = cls(
            customer_id=customer_id,
            total_tokens=total_tokens,
            tokens=tokens,
            created_at=created_at,
            updated_at=updated_at,
        )

        customer_tokens.additional_properties = d
        return customer_tokens

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


from ..models.customer_token import CustomerToken  # noqa: E402
