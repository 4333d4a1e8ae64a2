from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    as_object,
)

T = TypeVar("T", bound="NetbankingDetails")

_FIELDS: frozenset[str] = frozenset(("pay_code",))


@_attrs_define
class NetbankingDetails:
    """A netbanking payment."""

    pay_code: str
    """ The bank's pay code. """

    def to_dict(self) -> dict[str, Any]:
        pay_code = self.pay_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pay_code": pay_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "NetbankingDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("NetbankingDetails", d, _FIELDS)
        try:
            pay_code = d["pay_code"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        netbanking_details = cls(
            pay_code,
        )
        return netbanking_details


class NetbankingDetailsParams(TypedDict, total=False):
    """``NetbankingDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    pay_code: Required[str]
