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
from ..types import (
    as_enum,
    as_object,
    members_by_value,
)

T = TypeVar("T", bound="PaymentBnplDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "mobile",
        "bnpl_pay_code",
    )
)
_PAYMENT_BNPL_DETAILS_BNPL_PAY_CODE_BY_VALUE = members_by_value(PaymentBnplDetailsBnplPayCode)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentBnplDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentBnplDetails", d, _FIELDS)
        try:
            mobile = d["mobile"]
            bnpl_pay_code = d["bnpl_pay_code"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        bnpl_pay_code = (
            bnpl_pay_code.__class__ is str
            and _PAYMENT_BNPL_DETAILS_BNPL_PAY_CODE_BY_VALUE.get(bnpl_pay_code)
        ) or as_enum(PaymentBnplDetailsBnplPayCode, bnpl_pay_code, "bnpl_pay_code")

        payment_bnpl_details = cls(
            mobile,
            bnpl_pay_code,
        )
        return payment_bnpl_details


if TYPE_CHECKING:
    from ..models.payment_bnpl_details_bnpl_pay_code import PaymentBnplDetailsBnplPayCodeValue


class PaymentBnplDetailsParams(TypedDict, total=False):
    """``PaymentBnplDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    mobile: Required[str]
    bnpl_pay_code: Required[PaymentBnplDetailsBnplPayCodeValue | PaymentBnplDetailsBnplPayCode]
