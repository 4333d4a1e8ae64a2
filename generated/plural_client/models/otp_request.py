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

T = TypeVar("T", bound="OtpRequest")

_FIELDS = frozenset(("payment_id",))


@_attrs_define
class OtpRequest:
    """The payment whose OTP is to be sent."""

    payment_id: str
    """ Plural's payment id, from create_payment. """

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payment_id": payment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("OtpRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("OtpRequest", d, _FIELDS)
        for required in ("payment_id",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        payment_id = d.pop("payment_id")

        otp_request = cls(
            payment_id=payment_id,
        )

        return otp_request


class OtpRequestParams(TypedDict, total=False):
    """``OtpRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_id: Required[str]
