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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.money import Money
    from ..models.payout_link import PayoutLink


T = TypeVar("T", bound="Payout")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("Payout must be a JSON object")
        d = dict(src_dict)
        client_reference_id = d.pop("clientReferenceId", UNSET)

        request_reference_id = d.pop("requestReferenceId", UNSET)

        payment_reference_id = d.pop("paymentReferenceId", UNSET)

        bank_transaction_reference_id = d.pop("bankTransactionReferenceId", UNSET)

        payee_name = d.pop("payeeName", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        branch_code = d.pop("branchCode", UNSET)

        vpa = d.pop("vpa", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        try:
            _amount = d.pop("amount", UNSET)
            amount: Amount | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = Amount.from_dict(_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount") from None

        try:
            _fees = d.pop("fees", UNSET)
            fees: Money | Unset
            if isinstance(_fees, Unset):
                fees = UNSET
            else:
                fees = Money.from_dict(_fees)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("fees") from None

        try:
            _tax = d.pop("tax", UNSET)
            tax: Money | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Money.from_dict(_tax)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("tax") from None

        _mode = d.pop("mode", UNSET)
        mode: PayoutMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = PayoutMode(_mode)

        _status = d.pop("status", UNSET)
        status: PayoutStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PayoutStatus(_status)

        message = d.pop("message", UNSET)

        remarks = d.pop("remarks", UNSET)

        _scheduled_at = d.pop("scheduledAt", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _field_links = d.pop("_links", UNSET)
        field_links: list[PayoutLink] | Unset = UNSET
        if _field_links is not UNSET:
            if not isinstance(_field_links, list):
                raise TypeError("_links must be a JSON array")
            field_links = []
            for field_links_item_data in _field_links:
                try:
                    field_links_item = PayoutLink.from_dict(field_links_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("_links", len(field_links)) from None

                field_links.append(field_links_item)

        payout = cls(
            client_reference_id=client_reference_id,
            request_reference_id=request_reference_id,
            payment_reference_id=payment_reference_id,
            bank_transaction_reference_id=bank_transaction_reference_id,
            payee_name=payee_name,
            account_number=account_number,
            branch_code=branch_code,
            vpa=vpa,
            email=email,
            phone=phone,
            amount=amount,
            fees=fees,
            tax=tax,
            mode=mode,
            status=status,
            message=message,
            remarks=remarks,
            scheduled_at=scheduled_at,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
        )

        payout.additional_properties = d
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
