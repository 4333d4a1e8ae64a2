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
from ..models.bnpl_pay_code import BnplPayCode
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.payment_device_info import PaymentDeviceInfo


T = TypeVar("T", bound="BnplEligibilityRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "mobile",
        "pay_code",
        "amount",
        "device_info",
        "email",
    )
)
_BNPL_PAY_CODE_BY_VALUE = members_by_value(BnplPayCode)


@_attrs_define
class BnplEligibilityRequest:
    """The customer and amount to check for BNPL."""

    mobile: str
    """ The customer's 10-digit mobile number without country code. """
    pay_code: BnplPayCode
    """ The BNPL provider. """
    amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    device_info: PaymentDeviceInfo | Unset = UNSET
    """ The customer's device; required by some BNPL providers (SIMPL). """
    email: str | Unset = UNSET
    """ The customer's email address. """

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        pay_code = self.pay_code.value

        amount = self.amount.to_dict()

        device_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_info, Unset):
            device_info = self.device_info.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mobile": mobile,
                "pay_code": pay_code,
                "amount": amount,
            }
        )
        if device_info is not UNSET:
            field_dict["device_info"] = device_info
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "BnplEligibilityRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("BnplEligibilityRequest", d, _FIELDS)
        try:
            mobile = d["mobile"]
            pay_code = d["pay_code"]
            amount = d["amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        pay_code = (pay_code.__class__ is str and _BNPL_PAY_CODE_BY_VALUE.get(pay_code)) or as_enum(
            BnplPayCode, pay_code, "pay_code"
        )

        try:
            amount = Amount.from_dict(amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("amount") from None

        device_info = d.get("device_info", UNSET)
        if device_info is not UNSET:
            try:
                device_info = PaymentDeviceInfo.from_dict(device_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("device_info") from None

        email = d.get("email", UNSET)

        bnpl_eligibility_request = cls(
            mobile,
            pay_code,
            amount,
            device_info,
            email,
        )
        return bnpl_eligibility_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.bnpl_pay_code import BnplPayCodeValue
    from ..models.payment_device_info import PaymentDeviceInfoParams


class BnplEligibilityRequestParams(TypedDict, total=False):
    """``BnplEligibilityRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    mobile: Required[str]
    pay_code: Required[BnplPayCodeValue | BnplPayCode]
    amount: Required[AmountParams | Amount]
    device_info: PaymentDeviceInfoParams | PaymentDeviceInfo | Unset
    email: str | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.payment_device_info import PaymentDeviceInfo  # noqa: E402
