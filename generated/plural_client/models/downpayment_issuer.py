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

T = TypeVar("T", bound="DownpaymentIssuer")

_FIELDS: frozenset[str] = frozenset(("bin",))


@_attrs_define
class DownpaymentIssuer:
    """The card whose issuer sets the down payment rules."""

    bin_: str | Unset = UNSET
    """ First 6 to 8 digits of the card. """

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bin_ is not UNSET:
            field_dict["bin"] = bin_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "DownpaymentIssuer")
        if not _FIELDS.issuperset(d):
            raise unknown_field("DownpaymentIssuer", d, _FIELDS)
        bin_ = d.get("bin", UNSET)

        downpayment_issuer = cls(
            bin_,
        )
        return downpayment_issuer


class DownpaymentIssuerParams(TypedDict, total=False):
    """``DownpaymentIssuer`` as a dict, for the resource methods: mypy checks its keys and types."""

    bin: str | Unset
