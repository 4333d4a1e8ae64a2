from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError, unknown_field
from ..models.grant_type import GrantType
from ..types import secret_repr

T = TypeVar("T", bound="TokenRequest")

_FIELDS = frozenset(
    (
        "client_id",
        "client_secret",
        "grant_type",
    )
)


@_attrs_define
class TokenRequest:
    """Client credentials for an access token."""

    client_id: str
    """ The client id given at onboarding. """
    client_secret: str = _attrs_field(repr=secret_repr)
    """ The client secret given at onboarding. Never logged. """
    grant_type: GrantType
    """ The OAuth grant; Plural supports client credentials only. """

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("TokenRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("TokenRequest", d, _FIELDS)
        for required in (
            "client_id",
            "client_secret",
            "grant_type",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = GrantType(d.pop("grant_type"))

        token_request = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
        )

        return token_request


if TYPE_CHECKING:
    from ..models.grant_type import GrantTypeValue


class TokenRequestParams(TypedDict, total=False):
    """``TokenRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    client_id: Required[str]
    client_secret: Required[str]
    grant_type: Required[GrantTypeValue | GrantType]
