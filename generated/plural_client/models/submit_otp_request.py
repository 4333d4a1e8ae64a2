from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError, unknown_field
from ..types import (
    as_object,
    secret_repr,
)

T = TypeVar("T", bound="SubmitOtpRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "payment_id",
        "otp",
    )
)


@_attrs_define
class SubmitOtpRequest:
    """The OTP the customer entered for a payment. The OTP is never logged."""

    payment_id: str
    """ Plural's payment id, from create_payment. """
    otp: str = _attrs_field(repr=secret_repr)
    """ The OTP the customer received, 4 to 10 digits. """

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        otp = self.otp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payment_id": payment_id,
                "otp": otp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SubmitOtpRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("SubmitOtpRequest", d, _FIELDS)
        try:
            payment_id = d["payment_id"]
            otp = d["otp"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        submit_otp_request = cls(
            payment_id,
            otp,
        )
        return submit_otp_request


class SubmitOtpRequestParams(TypedDict, total=False):
    """``SubmitOtpRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_id: Required[str]
    otp: Required[str]
