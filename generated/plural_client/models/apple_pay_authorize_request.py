from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
)

if TYPE_CHECKING:
    from ..models.apple_pay_card_details import ApplePayCardDetails


T = TypeVar("T", bound="ApplePayAuthorizeRequest")

_FIELDS: frozenset[str] = frozenset(("decrypted_card_details",))


@_attrs_define
class ApplePayAuthorizeRequest:
    """The decrypted Apple Pay token to authorize the payment with."""

    decrypted_card_details: ApplePayCardDetails | Unset = UNSET
    """ What the merchant decrypted from the Apple Pay payment token. """

    def to_dict(self) -> dict[str, Any]:
        decrypted_card_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decrypted_card_details, Unset):
            decrypted_card_details = self.decrypted_card_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if decrypted_card_details is not UNSET:
            field_dict["decrypted_card_details"] = decrypted_card_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ApplePayAuthorizeRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("ApplePayAuthorizeRequest", d, _FIELDS)
        decrypted_card_details = d.get("decrypted_card_details", UNSET)
        if decrypted_card_details is not UNSET:
            try:
                decrypted_card_details = ApplePayCardDetails.from_dict(decrypted_card_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("decrypted_card_details") from None

        apple_pay_authorize_request = cls(
            decrypted_card_details,
        )
        return apple_pay_authorize_request


if TYPE_CHECKING:
    from ..models.apple_pay_card_details import ApplePayCardDetailsParams


class ApplePayAuthorizeRequestParams(TypedDict, total=False):
    """``ApplePayAuthorizeRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    decrypted_card_details: ApplePayCardDetailsParams | ApplePayCardDetails | Unset


from ..models.apple_pay_card_details import ApplePayCardDetails  # noqa: E402
