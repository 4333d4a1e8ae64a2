from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
)

T = TypeVar("T", bound="CardTokenAcquirerData")

_FIELDS: frozenset[str] = frozenset(
    (
        "approval_code",
        "acquirer_reference",
        "rrn",
        "auth_reference",
    )
)


@_attrs_define
class CardTokenAcquirerData:
    """The acquirer's references of the payment that authenticated the card."""

    approval_code: str | Unset = UNSET
    """ Authorization code of the payment. """
    acquirer_reference: str | Unset = UNSET
    """ The acquirer's reference of the payment. """
    rrn: str | Unset = UNSET
    """ Retrieval reference number of the payment. """
    auth_reference: str | Unset = UNSET
    """ Reference linking the authorization to the payment; required for RuPay cards. """

    def to_dict(self) -> dict[str, Any]:
        approval_code = self.approval_code

        acquirer_reference = self.acquirer_reference

        rrn = self.rrn

        auth_reference = self.auth_reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if approval_code is not UNSET:
            field_dict["approval_code"] = approval_code
        if acquirer_reference is not UNSET:
            field_dict["acquirer_reference"] = acquirer_reference
        if rrn is not UNSET:
            field_dict["rrn"] = rrn
        if auth_reference is not UNSET:
            field_dict["auth_reference"] = auth_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardTokenAcquirerData")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardTokenAcquirerData", d, _FIELDS)
        approval_code = d.get("approval_code", UNSET)

        acquirer_reference = d.get("acquirer_reference", UNSET)

        rrn = d.get("rrn", UNSET)

        auth_reference = d.get("auth_reference", UNSET)

        card_token_acquirer_data = cls(
            approval_code,
            acquirer_reference,
            rrn,
            auth_reference,
        )
        return card_token_acquirer_data


class CardTokenAcquirerDataParams(TypedDict, total=False):
    """``CardTokenAcquirerData`` as a dict, for the resource methods: mypy checks its keys and types."""

    approval_code: str | Unset
    acquirer_reference: str | Unset
    rrn: str | Unset
    auth_reference: str | Unset
