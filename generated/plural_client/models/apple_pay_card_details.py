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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    secret_repr,
)

if TYPE_CHECKING:
    from ..models.apple_pay_card_meta_data import ApplePayCardMetaData


T = TypeVar("T", bound="ApplePayCardDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "token",
        "expiration_month",
        "expiration_year",
        "cryptogram",
        "cavv",
        "eci",
        "card_meta_data",
    )
)


@_attrs_define
class ApplePayCardDetails:
    """What the merchant decrypted from the Apple Pay payment token."""

    token: str = _attrs_field(repr=secret_repr)
    """ The device card number (token); letters, digits and . / \\ - _ , ( ) '. """
    expiration_month: str
    """ Token expiry month, two digits. """
    expiration_year: str
    """ Token expiry year, four digits. """
    cryptogram: str = _attrs_field(repr=secret_repr)
    """ The online payment cryptogram from the token. """
    cavv: str | Unset = UNSET
    """ Authentication value; needed for Mastercard. """
    eci: str | Unset = UNSET
    """ Electronic commerce indicator (authentication outcome). """
    card_meta_data: ApplePayCardMetaData | Unset = UNSET
    """ The card behind the Apple Pay token. """

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expiration_month = self.expiration_month

        expiration_year = self.expiration_year

        cryptogram = self.cryptogram

        cavv = self.cavv

        eci = self.eci

        card_meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_meta_data, Unset):
            card_meta_data = self.card_meta_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "expiration_month": expiration_month,
                "expiration_year": expiration_year,
                "cryptogram": cryptogram,
            }
        )
        if cavv is not UNSET:
            field_dict["cavv"] = cavv
        if eci is not UNSET:
            field_dict["eci"] = eci
        if card_meta_data is not UNSET:
            field_dict["card_meta_data"] = card_meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ApplePayCardDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("ApplePayCardDetails", d, _FIELDS)
        try:
            token = d["token"]
            expiration_month = d["expiration_month"]
            expiration_year = d["expiration_year"]
            cryptogram = d["cryptogram"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        cavv = d.get("cavv", UNSET)

        eci = d.get("eci", UNSET)

        card_meta_data = d.get("card_meta_data", UNSET)
        if card_meta_data is not UNSET:
            try:
                card_meta_data = ApplePayCardMetaData.from_dict(card_meta_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_meta_data") from None

        apple_pay_card_details = cls(
            token,
            expiration_month,
            expiration_year,
            cryptogram,
            cavv,
            eci,
            card_meta_data,
        )
        return apple_pay_card_details


if TYPE_CHECKING:
    from ..models.apple_pay_card_meta_data import ApplePayCardMetaDataParams


class ApplePayCardDetailsParams(TypedDict, total=False):
    """``ApplePayCardDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    token: Required[str]
    expiration_month: Required[str]
    expiration_year: Required[str]
    cryptogram: Required[str]
    cavv: str | Unset
    eci: str | Unset
    card_meta_data: ApplePayCardMetaDataParams | ApplePayCardMetaData | Unset


from ..models.apple_pay_card_meta_data import ApplePayCardMetaData  # noqa: E402
