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
from ..types import (
    as_enum,
    as_object,
    members_by_value,
    secret_repr,
)

T = TypeVar("T", bound="TokenRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "client_id",
        "client_secret",
        "grant_type",
    )
)
_GRANT_TYPE_BY_VALUE = members_by_value(GrantType)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "TokenRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("TokenRequest", d, _FIELDS)
        try:
            client_id = d["client_id"]
            client_secret = d["client_secret"]
            grant_type = d["grant_type"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        grant_type = (
            grant_type.__class__ is str and _GRANT_TYPE_BY_VALUE.get(grant_type)
        ) or as_enum(GrantType, grant_type, "grant_type")

        token_request = cls(
            client_id,
            client_secret,
            grant_type,
        )
        return token_request


if TYPE_CHECKING:
    from ..models.grant_type import GrantTypeValue


class TokenRequestParams(TypedDict, total=False):
    """``TokenRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    client_id: Required[str]
    client_secret: Required[str]
    grant_type: Required[GrantTypeValue | GrantType]
