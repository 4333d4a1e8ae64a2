from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.payout_mode import PayoutMode
from ..models.payout_status import PayoutStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.money import Money
    from ..models.payout_link import PayoutLink


T = TypeVar("T", bound="Payout")

_FIELDS: frozenset[str] = frozenset(
    (
        "clientReferenceId",
        "requestReferenceId",
        "paymentReferenceId",
        "bankTransactionReferenceId",
        "payeeName",
        "accountNumber",
        "branchCode",
        "vpa",
        "email",
        "phone",
        "amount",
        "fees",
        "tax",
        "mode",
        "status",
        "message",
        "remarks",
        "scheduledAt",
        "createdAt",
        "updatedAt",
        "_links",
    )
)
_PAYOUT_MODE_BY_VALUE = members_by_value(PayoutMode)
_PAYOUT_STATUS_BY_VALUE = members_by_value(PayoutStatus)


@_attrs_define
class Payout:
    """A payout, as create, list, reschedule and cancel return it (each returns a subset of these fields)."""

    client_reference_id: str | Unset = UNSET
    """ The merchant's own id of the payout. """
    request_reference_id: str | Unset = UNSET
    """ Plural's id of the request that created the payout. """
    payment_reference_id: str | Unset = UNSET
    """ Plural's id of the payout. """
    bank_transaction_reference_id: str | Unset = UNSET
    """ The bank's UTR of the transfer (list_payouts). """
    payee_name: str | Unset = UNSET
    """ Name of the beneficiary account holder. """
    account_number: str | Unset = UNSET
    """ The beneficiary's bank account number. """
    branch_code: str | Unset = UNSET
    """ The beneficiary bank's IFSC. """
    vpa: str | Unset = UNSET
    """ The beneficiary's UPI VPA (UPI payouts). """
    email: str | Unset = UNSET
    """ The beneficiary's email address. """
    phone: str | Unset = UNSET
    """ The beneficiary's mobile number. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    fees: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    tax: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    mode: PayoutMode | Unset = UNSET
    """ How a payout is sent; UPI pays a VPA, the others a bank account. """
    status: PayoutStatus | Unset = UNSET
    """ Where a payout is: SCHEDULED (received), PENDING (funding account short of
    balance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not
    yet confirmed), SUCCESS (credited) or FAILED.
     """
    message: str | Unset = UNSET
    """ Plural's words on the status. """
    remarks: str | Unset = UNSET
    """ Narration of the transfer. """
    scheduled_at: datetime.datetime | Unset = UNSET
    """ When the payout is to be executed. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the payout was created (list_payouts). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the payout last changed (list_payouts). """
    field_links: list[PayoutLink] | Unset = UNSET
    """ Links to related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        client_reference_id = self.client_reference_id

        request_reference_id = self.request_reference_id

        payment_reference_id = self.payment_reference_id

        bank_transaction_reference_id = self.bank_transaction_reference_id

        payee_name = self.payee_name

        account_number = self.account_number

        branch_code = self.branch_code

        vpa = self.vpa

        email = self.email

        phone = self.phone

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        remarks = self.remarks

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat(timespec="milliseconds").replace(
                "+00:00", "Z"
            )

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = []
            for field_links_item_data in self.field_links:
                field_links_item = field_links_item_data.to_dict()
                field_links.append(field_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id
        if request_reference_id is not UNSET:
            field_dict["requestReferenceId"] = request_reference_id
        if payment_reference_id is not UNSET:
            field_dict["paymentReferenceId"] = payment_reference_id
        if bank_transaction_reference_id is not UNSET:
            field_dict["bankTransactionReferenceId"] = bank_transaction_reference_id
        if payee_name is not UNSET:
            field_dict["payeeName"] = payee_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if branch_code is not UNSET:
            field_dict["branchCode"] = branch_code
        if vpa is not UNSET:
            field_dict["vpa"] = vpa
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fees is not UNSET:
            field_dict["fees"] = fees
        if tax is not UNSET:
            field_dict["tax"] = tax
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Payout")
        found = 0
        client_reference_id = d.get("clientReferenceId", UNSET)
        if client_reference_id is not UNSET:
            found += 1

        request_reference_id = d.get("requestReferenceId", UNSET)
        if request_reference_id is not UNSET:
            found += 1

        payment_reference_id = d.get("paymentReferenceId", UNSET)
        if payment_reference_id is not UNSET:
            found += 1

        bank_transaction_reference_id = d.get("bankTransactionReferenceId", UNSET)
        if bank_transaction_reference_id is not UNSET:
            found += 1

        payee_name = d.get("payeeName", UNSET)
        if payee_name is not UNSET:
            found += 1

        account_number = d.get("accountNumber", UNSET)
        if account_number is not UNSET:
            found += 1

        branch_code = d.get("branchCode", UNSET)
        if branch_code is not UNSET:
            found += 1

        vpa = d.get("vpa", UNSET)
        if vpa is not UNSET:
            found += 1

        email = d.get("email", UNSET)
        if email is not UNSET:
            found += 1

        phone = d.get("phone", UNSET)
        if phone is not UNSET:
            found += 1

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        fees = d.get("fees", UNSET)
        if fees is not UNSET:
            found += 1
            try:
                fees = Money.from_dict(fees)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("fees") from None

        tax = d.get("tax", UNSET)
        if tax is not UNSET:
            found += 1
            try:
                tax = Money.from_dict(tax)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("tax") from None

        mode = d.get("mode", UNSET)
        if mode is not UNSET:
            found += 1
            mode = (mode.__class__ is str and _PAYOUT_MODE_BY_VALUE.get(mode)) or as_enum(
                PayoutMode, mode, "mode"
            )

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (status.__class__ is str and _PAYOUT_STATUS_BY_VALUE.get(status)) or as_enum(
                PayoutStatus, status, "status"
            )

        message = d.get("message", UNSET)
        if message is not UNSET:
            found += 1

        remarks = d.get("remarks", UNSET)
        if remarks is not UNSET:
            found += 1

        scheduled_at = d.get("scheduledAt", UNSET)
        if scheduled_at is not UNSET:
            found += 1
            try:
                scheduled_at = parse_datetime(scheduled_at)
            except (TypeError, ValueError):
                raise wrong_type("scheduledAt", "an ISO-8601 date-time", scheduled_at) from None

        created_at = d.get("createdAt", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("createdAt", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updatedAt", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updatedAt", "an ISO-8601 date-time", updated_at) from None

        field_links = d.get("_links", UNSET)
        if field_links is not UNSET:
            found += 1
            if not isinstance(field_links, list):
                raise wrong_type("_links", "a JSON array", field_links)
            field_links_read: list[PayoutLink] = []
            for field_links_item in field_links:
                try:
                    field_links_item = PayoutLink.from_dict(field_links_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("_links", len(field_links_read)) from None
                field_links_read.append(field_links_item)
            field_links = field_links_read

        payout = cls(
            client_reference_id,
            request_reference_id,
            payment_reference_id,
            bank_transaction_reference_id,
            payee_name,
            account_number,
            branch_code,
            vpa,
            email,
            phone,
            amount,
            fees,
            tax,
            mode,
            status,
            message,
            remarks,
            scheduled_at,
            created_at,
            updated_at,
            field_links,
        )
        if found < len(d):
            payout.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payout

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.amount import Amount  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.payout_link import PayoutLink  # noqa: E402
