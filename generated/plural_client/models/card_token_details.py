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
from ..models.payment_token_txn_type import PaymentTokenTxnType
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    members_by_value,
    secret_repr,
)

T = TypeVar("T", bound="CardTokenDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "token",
        "token_txn_type",
        "token_id",
        "last4_digit",
        "expiry_month",
        "expiry_year",
        "cvv",
    )
)
_PAYMENT_TOKEN_TXN_TYPE_BY_VALUE = members_by_value(PaymentTokenTxnType)


@_attrs_define
class CardTokenDetails:
    """A saved card, paid by its token. The CVV is never logged."""

    token: str = _attrs_field(repr=secret_repr)
    """ The card's token of the kind token_txn_type names. """
    token_txn_type: PaymentTokenTxnType
    """ The kind of card token; ALT_TOKEN for Plural's alternate token, NETWORK_TOKEN for a card network's,
    ISSUER_TOKEN for an issuing bank's. """
    token_id: str | Unset = UNSET
    """ Plural's id of the saved-card record (from tokenization). """
    last4_digit: str | Unset = UNSET
    """ Last four digits of the card. """
    expiry_month: str | Unset = UNSET
    """ Token expiry month, two digits. """
    expiry_year: str | Unset = UNSET
    """ Token expiry year, four digits. """
    cvv: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ Card security code, when the issuer asks for it. """

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_txn_type = self.token_txn_type.value

        token_id = self.token_id

        last4_digit = self.last4_digit

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cvv = self.cvv

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "token_txn_type": token_txn_type,
            }
        )
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if last4_digit is not UNSET:
            field_dict["last4_digit"] = last4_digit
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if cvv is not UNSET:
            field_dict["cvv"] = cvv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardTokenDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardTokenDetails", d, _FIELDS)
        try:
            token = d["token"]
            token_txn_type = d["token_txn_type"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        token_txn_type = (
            token_txn_type.__class__ is str and _PAYMENT_TOKEN_TXN_TYPE_BY_VALUE.get(token_txn_type)
        ) or as_enum(PaymentTokenTxnType, token_txn_type, "token_txn_type")

        token_id = d.get("token_id", UNSET)

        last4_digit = d.get("last4_digit", UNSET)

        expiry_month = d.get("expiry_month", UNSET)

        expiry_year = d.get("expiry_year", UNSET)

        cvv = d.get("cvv", UNSET)

        card_token_details = cls(
            token,
            token_txn_type,
            token_id,
            last4_digit,
            expiry_month,
            expiry_year,
            cvv,
        )
        return card_token_details


if TYPE_CHECKING:
    from ..models.payment_token_txn_type import PaymentTokenTxnTypeValue


class CardTokenDetailsParams(TypedDict, total=False):
    """``CardTokenDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    token: Required[str]
    token_txn_type: Required[PaymentTokenTxnTypeValue | PaymentTokenTxnType]
    token_id: str | Unset
    last4_digit: str | Unset
    expiry_month: str | Unset
    expiry_year: str | Unset
    cvv: str | Unset
