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

T = TypeVar("T", bound="OtpRequest")

_FIELDS: frozenset[str] = frozenset(("payment_id",))


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OtpRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OtpRequest", d, _FIELDS)
        try:
            payment_id = d["payment_id"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        otp_request = cls(
            payment_id,
        )
        return otp_request


class OtpRequestParams(TypedDict, total=False):
    """``OtpRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_id: Required[str]
