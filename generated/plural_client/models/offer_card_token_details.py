from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import unknown_field
from ..models.payment_token_txn_type import PaymentTokenTxnType
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    members_by_value,
    secret_repr,
)

T = TypeVar("T", bound="OfferCardTokenDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "last4_digit",
        "token",
        "token_txn_type",
        "token_id",
    )
)
_PAYMENT_TOKEN_TXN_TYPE_BY_VALUE = members_by_value(PaymentTokenTxnType)


@_attrs_define
class OfferCardTokenDetails:
    """The saved card paying the EMI."""

    last4_digit: str | Unset = UNSET
    """ Last four digits of the card. """
    token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    """ The card's token for its token type. """
    token_txn_type: PaymentTokenTxnType | Unset = UNSET
    """ The kind of card token; ALT_TOKEN for Plural's alternate token, NETWORK_TOKEN for a card network's,
    ISSUER_TOKEN for an issuing bank's. """
    token_id: str | Unset = UNSET
    """ Plural's id of the saved card token. """

    def to_dict(self) -> dict[str, Any]:
        last4_digit = self.last4_digit

        token = self.token

        token_txn_type: str | Unset = UNSET
        if not isinstance(self.token_txn_type, Unset):
            token_txn_type = self.token_txn_type.value

        token_id = self.token_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if last4_digit is not UNSET:
            field_dict["last4_digit"] = last4_digit
        if token is not UNSET:
            field_dict["token"] = token
        if token_txn_type is not UNSET:
            field_dict["token_txn_type"] = token_txn_type
        if token_id is not UNSET:
            field_dict["token_id"] = token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferCardTokenDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferCardTokenDetails", d, _FIELDS)
        last4_digit = d.get("last4_digit", UNSET)

        token = d.get("token", UNSET)

        token_txn_type = d.get("token_txn_type", UNSET)
        if token_txn_type is not UNSET:
            token_txn_type = (
                token_txn_type.__class__ is str
                and _PAYMENT_TOKEN_TXN_TYPE_BY_VALUE.get(token_txn_type)
            ) or as_enum(PaymentTokenTxnType, token_txn_type, "token_txn_type")

        token_id = d.get("token_id", UNSET)

        offer_card_token_details = cls(
            last4_digit,
            token,
            token_txn_type,
            token_id,
        )
        return offer_card_token_details


if TYPE_CHECKING:
    from ..models.payment_token_txn_type import PaymentTokenTxnTypeValue


class OfferCardTokenDetailsParams(TypedDict, total=False):
    """``OfferCardTokenDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    last4_digit: str | Unset
    token: str | Unset
    token_txn_type: PaymentTokenTxnTypeValue | PaymentTokenTxnType | Unset
    token_id: str | Unset
