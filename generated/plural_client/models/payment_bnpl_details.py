from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.payment_bnpl_details_bnpl_pay_code import PaymentBnplDetailsBnplPayCode

T = TypeVar("T", bound="PaymentBnplDetails")

_FIELDS = frozenset(
    (
        "mobile",
        "bnpl_pay_code",
    )
)


@_attrs_define
class PaymentBnplDetails:
    """A buy-now-pay-later payment (payment method BNPL)."""

    mobile: str
    """ The customer's 10-digit mobile number, without country code. """
    bnpl_pay_code: PaymentBnplDetailsBnplPayCode
    """ The BNPL provider. """

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        bnpl_pay_code = self.bnpl_pay_code.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mobile": mobile,
                "bnpl_pay_code": bnpl_pay_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentBnplDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentBnplDetails", d, _FIELDS)
        for required in (
            "mobile",
            "bnpl_pay_code",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        mobile = d.pop("mobile")

        bnpl_pay_code = PaymentBnplDetailsBnplPayCode(d.pop("bnpl_pay_code"))

        payment_bnpl_details = cls(
            mobile=mobile,
            bnpl_pay_code=bnpl_pay_code,
        )

        return payment_bnpl_details


if TYPE_CHECKING:
    from ..models.payment_bnpl_details_bnpl_pay_code import PaymentBnplDetailsBnplPayCodeValue


class PaymentBnplDetailsParams(TypedDict, total=False):
    """``PaymentBnplDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    mobile: Required[str]
    bnpl_pay_code: Required[PaymentBnplDetailsBnplPayCodeValue | PaymentBnplDetailsBnplPayCode]
