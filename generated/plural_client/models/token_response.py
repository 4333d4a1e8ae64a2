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
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    extras_repr,
    parse_datetime,
    secret_repr,
    wrong_type,
)

T = TypeVar("T", bound="TokenResponse")

_FIELDS: frozenset[str] = frozenset(
    (
        "access_token",
        "expires_in",
        "expires_at",
    )
)


@_attrs_define
class TokenResponse:
    """An access token. Guides give `expires_in` (seconds), the API reference `expires_at` (ISO time); either may come."""

    access_token: str = _attrs_field(repr=secret_repr)
    """ The bearer token for every other call. Never logged. """
    expires_in: int | Unset = UNSET
    """ Seconds until the token expires (the guides' reading). """
    expires_at: datetime.datetime | Unset = UNSET
    """ When the token expires, ISO-8601 (the API reference's reading). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "TokenResponse")
        try:
            access_token = d["access_token"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 1

        expires_in = d.get("expires_in", UNSET)
        if expires_in is not UNSET:
            found += 1
            if expires_in.__class__ is not int:
                expires_in = as_int(expires_in, "expires_in", True)

        expires_at = d.get("expires_at", UNSET)
        if expires_at is not UNSET:
            found += 1
            try:
                expires_at = parse_datetime(expires_at)
            except (TypeError, ValueError):
                raise wrong_type("expires_at", "an ISO-8601 date-time", expires_at) from None

        token_response = cls(
            access_token,
            expires_in,
            expires_at,
        )
        if found < len(d):
            token_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return token_response

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
