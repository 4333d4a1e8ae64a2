from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, secret_repr

T = TypeVar("T", bound="CardTokenDetails")


@_attrs_define
class CardTokenDetails:
    """A network token of a saved card."""

    token: str = _attrs_field(repr=secret_repr)
    """ The network token. """
    expiry_month: str
    """ Token expiry month. """
    expiry_year: str
    """ Token expiry year. """
    cryptogram: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ The token cryptogram. """
    cvv: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ Card security code, when asked for. """
    last4_digit: str | Unset = UNSET
    """ Last four digits of the card. """
    token_txn_type: str | Unset = UNSET
    """ Kind of token (ALT_TOKEN, NETWORK_TOKEN). """

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cryptogram = self.cryptogram

        cvv = self.cvv

        last4_digit = self.last4_digit

        token_txn_type = self.token_txn_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if last4_digit is not UNSET:
            field_dict["last4_digit"] = last4_digit
        if token_txn_type is not UNSET:
            field_dict["token_txn_type"] = token_txn_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardTokenDetails must be a JSON object")
        d = dict(src_dict)
        for required in (
            "token",
            "expiry_month",
            "expiry_year",
        ):
            if required not in d:
                raise ValueError(f"CardTokenDetails.{required} is required")
        token = d.pop("token")

        expiry_month = d.pop("expiry_month")

        expiry_year = d.pop("expiry_year")

        cryptogram = d.pop("cryptogram", UNSET)

        cvv = d.pop("cvv", UNSET)

        last4_digit = d.pop("last4_digit", UNSET)

        token_txn_type = d.pop("token_txn_type", UNSET)

        card_token_details = cls(
            token=token,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            cryptogram=cryptogram,
            cvv=cvv,
            last4_digit=last4_digit,
            token_txn_type=token_txn_type,
        )

        return card_token_details
