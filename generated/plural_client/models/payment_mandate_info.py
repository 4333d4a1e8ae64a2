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

T = TypeVar("T", bound="PaymentMandateInfo")

_FIELDS: frozenset[str] = frozenset(("request_type",))


@_attrs_define
class PaymentMandateInfo:
    """Asks for a UPI AutoPay mandate with this payment (subscriptions)."""

    request_type: str | Unset = UNSET
    """ What to do with the mandate; CREATE_MANDATE registers it. """

    def to_dict(self) -> dict[str, Any]:
        request_type = self.request_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if request_type is not UNSET:
            field_dict["request_type"] = request_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentMandateInfo")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentMandateInfo", d, _FIELDS)
        request_type = d.get("request_type", UNSET)

        payment_mandate_info = cls(
            request_type,
        )
        return payment_mandate_info


class PaymentMandateInfoParams(TypedDict, total=False):
    """``PaymentMandateInfo`` as a dict, for the resource methods: mypy checks its keys and types."""

    request_type: str | Unset
