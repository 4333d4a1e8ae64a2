from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..types import UNSET, Unset

T = TypeVar("T", bound="DownpaymentIssuer")

_FIELDS = frozenset(("bin",))


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("DownpaymentIssuer must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("DownpaymentIssuer", d, _FIELDS)
        bin_ = d.pop("bin", UNSET)

        downpayment_issuer = cls(
            bin_=bin_,
        )

        return downpayment_issuer


class DownpaymentIssuerParams(TypedDict, total=False):
    """``DownpaymentIssuer`` as a dict, for the resource methods: mypy checks its keys and types."""

    bin: str | Unset
