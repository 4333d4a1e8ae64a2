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
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="CardToken")

_FIELDS: frozenset[str] = frozenset(
    (
        "token_id",
        "status",
        "customer_id",
        "merchant_token_reference",
        "created_at",
        "updated_at",
    )
)
_CARD_TOKEN_STATUS_BY_VALUE = members_by_value(CardTokenStatus)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardToken")
        try:
            token_id = d["token_id"]
            status = d["status"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 2

        status = (status.__class__ is str and _CARD_TOKEN_STATUS_BY_VALUE.get(status)) or as_enum(
            CardTokenStatus, status, "status"
        )

        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        merchant_token_reference = d.get("merchant_token_reference", UNSET)
        if merchant_token_reference is not UNSET:
            found += 1

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

        card_token = cls(
            token_id,
            status,
            customer_id,
            merchant_token_reference,
            created_at,
            updated_at,
        )
        if found < len(d):
            card_token.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
