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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_int,
    as_object,
    extras_repr,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.customer_token import CustomerToken


T = TypeVar("T", bound="CustomerTokens")

_FIELDS: frozenset[str] = frozenset(
    (
        "customer_id",
        "total_tokens",
        "tokens",
        "created_at",
        "updated_at",
    )
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CustomerTokens")
        found = 0
        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        total_tokens = d.get("total_tokens", UNSET)
        if total_tokens is not UNSET:
            found += 1
            if total_tokens.__class__ is not int:
                total_tokens = as_int(total_tokens, "total_tokens", True)

        tokens = d.get("tokens", UNSET)
        if tokens is not UNSET:
            found += 1
            if not isinstance(tokens, list):
                raise wrong_type("tokens", "a JSON array", tokens)
            tokens_read: list[CustomerToken] = []
            for tokens_item in tokens:
                try:
                    tokens_item = CustomerToken.from_dict(tokens_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("tokens", len(tokens_read)) from None
                tokens_read.append(tokens_item)
            tokens = tokens_read

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        customer_tokens = cls(
            customer_id,
            total_tokens,
            tokens,
            created_at,
            updated_at,
        )
        if found < len(d):
            customer_tokens.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
