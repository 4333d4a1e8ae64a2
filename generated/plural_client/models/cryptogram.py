from __future__ import annotations

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
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.token_transactional_data import TokenTransactionalData


T = TypeVar("T", bound="Cryptogram")

_FIELDS: frozenset[str] = frozenset(
    (
        "token_id",
        "merchant_token_reference",
        "service_provider_token_id",
        "token_data",
    )
)


@_attrs_define
class Cryptogram:
    """A cryptogram generated for a token payment."""

    token_id: str | Unset = UNSET
    """ Plural's token id. """
    merchant_token_reference: str | Unset = UNSET
    """ The merchant's reference of the token. """
    service_provider_token_id: str | Unset = UNSET
    """ The card network's id of the token. """
    token_data: TokenTransactionalData | Unset = UNSET
    """ What a token payment needs from the card network. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        merchant_token_reference = self.merchant_token_reference

        service_provider_token_id = self.service_provider_token_id

        token_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_data, Unset):
            token_data = self.token_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if merchant_token_reference is not UNSET:
            field_dict["merchant_token_reference"] = merchant_token_reference
        if service_provider_token_id is not UNSET:
            field_dict["service_provider_token_id"] = service_provider_token_id
        if token_data is not UNSET:
            field_dict["token_data"] = token_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Cryptogram")
        found = 0
        token_id = d.get("token_id", UNSET)
        if token_id is not UNSET:
            found += 1

        merchant_token_reference = d.get("merchant_token_reference", UNSET)
        if merchant_token_reference is not UNSET:
            found += 1

        service_provider_token_id = d.get("service_provider_token_id", UNSET)
        if service_provider_token_id is not UNSET:
            found += 1

        token_data = d.get("token_data", UNSET)
        if token_data is not UNSET:
            found += 1
            try:
                token_data = TokenTransactionalData.from_dict(token_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("token_data") from None

        cryptogram = cls(
            token_id,
            merchant_token_reference,
            service_provider_token_id,
            token_data,
        )
        if found < len(d):
            cryptogram.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return cryptogram

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


from ..models.token_transactional_data import TokenTransactionalData  # noqa: E402
