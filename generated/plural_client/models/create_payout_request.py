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
from ..models.payout_mode import PayoutMode
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


T = TypeVar("T", bound="CreatePayoutRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "clientReferenceId",
        "payeeName",
        "amount",
        "mode",
        "remarks",
        "email",
        "phone",
        "accountNumber",
        "branchCode",
        "vpa",
    )
)
_PAYOUT_MODE_BY_VALUE = members_by_value(PayoutMode)


@_attrs_define
class CreatePayoutRequest:
    """One payout; a bank account (accountNumber and branchCode) for IMPS, NEFT and RTGS, a vpa for UPI."""

    client_reference_id: str
    """ The merchant's own id of the payout, without spaces; the idempotency key. """
    payee_name: str
    """ Name of the beneficiary account holder, letters and spaces only. """
    amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    mode: PayoutMode
    """ How a payout is sent; UPI pays a VPA, the others a bank account. """
    remarks: str
    """ Narration of the transfer; letters, digits, hyphens and spaces only. """
    email: str | Unset = UNSET
    """ The beneficiary's email address. """
    phone: str | Unset = UNSET
    """ The beneficiary's mobile number, 10 digits. """
    account_number: str | Unset = UNSET
    """ The beneficiary's bank account number; required for IMPS, NEFT and RTGS. """
    branch_code: str | Unset = UNSET
    """ The beneficiary bank's IFSC: 4 letters, a 0, then 6 letters or digits; required for IMPS, NEFT and RTGS. """
    vpa: str | Unset = UNSET
    """ The beneficiary's UPI virtual payment address; required for UPI. """

    def to_dict(self) -> dict[str, Any]:
        client_reference_id = self.client_reference_id

        payee_name = self.payee_name

        amount = self.amount.to_dict()

        mode = self.mode.value

        remarks = self.remarks

        email = self.email

        phone = self.phone

        account_number = self.account_number

        branch_code = self.branch_code

        vpa = self.vpa

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientReferenceId": client_reference_id,
                "payeeName": payee_name,
                "amount": amount,
                "mode": mode,
                "remarks": remarks,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if branch_code is not UNSET:
            field_dict["branchCode"] = branch_code
        if vpa is not UNSET:
            field_dict["vpa"] = vpa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CreatePayoutRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreatePayoutRequest", d, _FIELDS)
        try:
            client_reference_id = d["clientReferenceId"]
            payee_name = d["payeeName"]
            amount = d["amount"]
            mode = d["mode"]
            remarks = d["remarks"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        try:
            amount = Amount.from_dict(amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("amount") from None

        mode = (mode.__class__ is str and _PAYOUT_MODE_BY_VALUE.get(mode)) or as_enum(
            PayoutMode, mode, "mode"
        )

        email = d.get("email", UNSET)

        phone = d.get("phone", UNSET)

        account_number = d.get("accountNumber", UNSET)

        branch_code = d.get("branchCode", UNSET)

        vpa = d.get("vpa", UNSET)

        create_payout_request = cls(
            client_reference_id,
            payee_name,
            amount,
            mode,
            remarks,
            email,
            phone,
            account_number,
            branch_code,
            vpa,
        )
        return create_payout_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.payout_mode import PayoutModeValue


class CreatePayoutRequestParams(TypedDict, total=False):
    """``CreatePayoutRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    clientReferenceId: Required[str]
    payeeName: Required[str]
    amount: Required[AmountParams | Amount]
    mode: Required[PayoutModeValue | PayoutMode]
    remarks: Required[str]
    email: str | Unset
    phone: str | Unset
    accountNumber: str | Unset
    branchCode: str | Unset
    vpa: str | Unset


from ..models.amount import Amount  # noqa: E402
