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

T = TypeVar("T", bound="NetbankingDetails")

_FIELDS = frozenset(("pay_code",))


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("NetbankingDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("NetbankingDetails", d, _FIELDS)
        for required in ("pay_code",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        pay_code = d.pop("pay_code")

        netbanking_details = cls(
            pay_code=pay_code,
        )

        return netbanking_details


class NetbankingDetailsParams(TypedDict, total=False):
    """``NetbankingDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    pay_code: Required[str]
