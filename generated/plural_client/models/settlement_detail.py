from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_float,
    as_int,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.settlement_pagination import SettlementPagination
    from ..models.settlement_transaction import SettlementTransaction


T = TypeVar("T", bound="SettlementDetail")

_FIELDS: frozenset[str] = frozenset(
    (
        "utr_number",
        "bank_name",
        "bank_acc_number",
        "programs",
        "total_transaction_count",
        "total_transaction_amount",
        "actual_transaction_amount",
        "total_refund",
        "total_chargeback_recovery_amount",
        "total_loan_recovery_amount",
        "total_mdr_amount",
        "total_gst_amount",
        "total_late_settlement_fee",
        "total_settled_amount",
        "total_mar_amount",
        "split_fund_amount",
        "total_platform_fee",
        "other_deductions",
        "additional_mdr_amount",
        "total_convenience_fee",
        "total_gst_on_c_c_f",
        "total_cashback_amount",
        "total_merchant_cashback",
        "total_merchant_convenience_fee",
        "transactions",
        "pagination",
    )
)


@_attrs_define
class SettlementDetail:
    """One settlement (one UTR) with its totals and a page of transactions; sums in rupees."""

    utr_number: str | Unset = UNSET
    """ The bank's UTR of the settlement. """
    bank_name: str | Unset = UNSET
    """ Bank the money was settled to. """
    bank_acc_number: str | Unset = UNSET
    """ Account the money was settled to, as Plural shows it. """
    programs: list[str] | Unset = UNSET
    """ Payment programs it covers. """
    total_transaction_count: int | Unset = UNSET
    """ How many transactions the UTR settles. """
    total_transaction_amount: float | Unset = UNSET
    """ Sum of the transactions after deductions. """
    actual_transaction_amount: float | Unset = UNSET
    """ Sum of the transactions before deductions. """
    total_refund: float | Unset = UNSET
    """ Refunds deducted. """
    total_chargeback_recovery_amount: float | Unset = UNSET
    """ Chargebacks recovered. """
    total_loan_recovery_amount: float | Unset = UNSET
    """ Loan repayments recovered. """
    total_mdr_amount: float | Unset = UNSET
    """ Merchant discount rate charged. """
    total_gst_amount: float | Unset = UNSET
    """ GST charged. """
    total_late_settlement_fee: float | Unset = UNSET
    """ Late settlement fee charged. """
    total_settled_amount: float | Unset = UNSET
    """ Sum settled. """
    total_mar_amount: float | Unset = UNSET
    """ Merchant acquisition rate charged. """
    split_fund_amount: float | Unset = UNSET
    """ Amount split to partner merchants. """
    total_platform_fee: float | Unset = UNSET
    """ Platform fee charged. """
    other_deductions: float | Unset = UNSET
    """ Any other deduction. """
    additional_mdr_amount: float | Unset = UNSET
    """ Extra merchant discount rate deducted. """
    total_convenience_fee: float | Unset = UNSET
    """ Convenience fee charged. """
    total_gst_on_c_c_f: float | Unset = UNSET
    """ GST on the convenience fee. """
    total_cashback_amount: float | Unset = UNSET
    """ Cashback given. """
    total_merchant_cashback: float | Unset = UNSET
    """ Cashback borne by the merchant. """
    total_merchant_convenience_fee: float | Unset = UNSET
    """ Convenience fee borne by the merchant. """
    transactions: list[SettlementTransaction] | Unset = UNSET
    """ A page of the settled transactions. """
    pagination: SettlementPagination | Unset = UNSET
    """ Where this page is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        utr_number = self.utr_number

        bank_name = self.bank_name

        bank_acc_number = self.bank_acc_number

        programs: list[str] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = self.programs

        total_transaction_count = self.total_transaction_count

        total_transaction_amount = self.total_transaction_amount

        actual_transaction_amount = self.actual_transaction_amount

        total_refund = self.total_refund

        total_chargeback_recovery_amount = self.total_chargeback_recovery_amount

        total_loan_recovery_amount = self.total_loan_recovery_amount

        total_mdr_amount = self.total_mdr_amount

        total_gst_amount = self.total_gst_amount

        total_late_settlement_fee = self.total_late_settlement_fee

        total_settled_amount = self.total_settled_amount

        total_mar_amount = self.total_mar_amount

        split_fund_amount = self.split_fund_amount

        total_platform_fee = self.total_platform_fee

        other_deductions = self.other_deductions

        additional_mdr_amount = self.additional_mdr_amount

        total_convenience_fee = self.total_convenience_fee

        total_gst_on_c_c_f = self.total_gst_on_c_c_f

        total_cashback_amount = self.total_cashback_amount

        total_merchant_cashback = self.total_merchant_cashback

        total_merchant_convenience_fee = self.total_merchant_convenience_fee

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utr_number is not UNSET:
            field_dict["utr_number"] = utr_number
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_acc_number is not UNSET:
            field_dict["bank_acc_number"] = bank_acc_number
        if programs is not UNSET:
            field_dict["programs"] = programs
        if total_transaction_count is not UNSET:
            field_dict["total_transaction_count"] = total_transaction_count
        if total_transaction_amount is not UNSET:
            field_dict["total_transaction_amount"] = total_transaction_amount
        if actual_transaction_amount is not UNSET:
            field_dict["actual_transaction_amount"] = actual_transaction_amount
        if total_refund is not UNSET:
            field_dict["total_refund"] = total_refund
        if total_chargeback_recovery_amount is not UNSET:
            field_dict["total_chargeback_recovery_amount"] = total_chargeback_recovery_amount
        if total_loan_recovery_amount is not UNSET:
            field_dict["total_loan_recovery_amount"] = total_loan_recovery_amount
        if total_mdr_amount is not UNSET:
            field_dict["total_mdr_amount"] = total_mdr_amount
        if total_gst_amount is not UNSET:
            field_dict["total_gst_amount"] = total_gst_amount
        if total_late_settlement_fee is not UNSET:
            field_dict["total_late_settlement_fee"] = total_late_settlement_fee
        if total_settled_amount is not UNSET:
            field_dict["total_settled_amount"] = total_settled_amount
        if total_mar_amount is not UNSET:
            field_dict["total_mar_amount"] = total_mar_amount
        if split_fund_amount is not UNSET:
            field_dict["split_fund_amount"] = split_fund_amount
        if total_platform_fee is not UNSET:
            field_dict["total_platform_fee"] = total_platform_fee
        if other_deductions is not UNSET:
            field_dict["other_deductions"] = other_deductions
        if additional_mdr_amount is not UNSET:
            field_dict["additional_mdr_amount"] = additional_mdr_amount
        if total_convenience_fee is not UNSET:
            field_dict["total_convenience_fee"] = total_convenience_fee
        if total_gst_on_c_c_f is not UNSET:
            field_dict["total_gst_on_c_c_f"] = total_gst_on_c_c_f
        if total_cashback_amount is not UNSET:
            field_dict["total_cashback_amount"] = total_cashback_amount
        if total_merchant_cashback is not UNSET:
            field_dict["total_merchant_cashback"] = total_merchant_cashback
        if total_merchant_convenience_fee is not UNSET:
            field_dict["total_merchant_convenience_fee"] = total_merchant_convenience_fee
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SettlementDetail")
        found = 0
        utr_number = d.get("utr_number", UNSET)
        if utr_number is not UNSET:
            found += 1

        bank_name = d.get("bank_name", UNSET)
        if bank_name is not UNSET:
            found += 1

        bank_acc_number = d.get("bank_acc_number", UNSET)
        if bank_acc_number is not UNSET:
            found += 1

        programs = d.get("programs", UNSET)
        if programs is not UNSET:
            found += 1
            if not isinstance(programs, list):
                raise wrong_type("programs", "a JSON array", programs)

        total_transaction_count = d.get("total_transaction_count", UNSET)
        if total_transaction_count is not UNSET:
            found += 1
            if total_transaction_count.__class__ is not int:
                total_transaction_count = as_int(
                    total_transaction_count, "total_transaction_count", True
                )

        total_transaction_amount = d.get("total_transaction_amount", UNSET)
        if total_transaction_amount is not UNSET:
            found += 1
            if total_transaction_amount.__class__ is not float:
                total_transaction_amount = as_float(
                    total_transaction_amount, "total_transaction_amount", True
                )

        actual_transaction_amount = d.get("actual_transaction_amount", UNSET)
        if actual_transaction_amount is not UNSET:
            found += 1
            if actual_transaction_amount.__class__ is not float:
                actual_transaction_amount = as_float(
                    actual_transaction_amount, "actual_transaction_amount", True
                )

        total_refund = d.get("total_refund", UNSET)
        if total_refund is not UNSET:
            found += 1
            if total_refund.__class__ is not float:
                total_refund = as_float(total_refund, "total_refund", True)

        total_chargeback_recovery_amount = d.get("total_chargeback_recovery_amount", UNSET)
        if total_chargeback_recovery_amount is not UNSET:
            found += 1
            if total_chargeback_recovery_amount.__class__ is not float:
                total_chargeback_recovery_amount = as_float(
                    total_chargeback_recovery_amount, "total_chargeback_recovery_amount", True
                )

        total_loan_recovery_amount = d.get("total_loan_recovery_amount", UNSET)
        if total_loan_recovery_amount is not UNSET:
            found += 1
            if total_loan_recovery_amount.__class__ is not float:
                total_loan_recovery_amount = as_float(
                    total_loan_recovery_amount, "total_loan_recovery_amount", True
                )

        total_mdr_amount = d.get("total_mdr_amount", UNSET)
        if total_mdr_amount is not UNSET:
            found += 1
            if total_mdr_amount.__class__ is not float:
                total_mdr_amount = as_float(total_mdr_amount, "total_mdr_amount", True)

        total_gst_amount = d.get("total_gst_amount", UNSET)
        if total_gst_amount is not UNSET:
            found += 1
            if total_gst_amount.__class__ is not float:
                total_gst_amount = as_float(total_gst_amount, "total_gst_amount", True)

        total_late_settlement_fee = d.get("total_late_settlement_fee", UNSET)
        if total_late_settlement_fee is not UNSET:
            found += 1
            if total_late_settlement_fee.__class__ is not float:
                total_late_settlement_fee = as_float(
                    total_late_settlement_fee, "total_late_settlement_fee", True
                )

        total_settled_amount = d.get("total_settled_amount", UNSET)
        if total_settled_amount is not UNSET:
            found += 1
            if total_settled_amount.__class__ is not float:
                total_settled_amount = as_float(total_settled_amount, "total_settled_amount", True)

        total_mar_amount = d.get("total_mar_amount", UNSET)
        if total_mar_amount is not UNSET:
            found += 1
            if total_mar_amount.__class__ is not float:
                total_mar_amount = as_float(total_mar_amount, "total_mar_amount", True)

        split_fund_amount = d.get("split_fund_amount", UNSET)
        if split_fund_amount is not UNSET:
            found += 1
            if split_fund_amount.__class__ is not float:
                split_fund_amount = as_float(split_fund_amount, "split_fund_amount", True)

        total_platform_fee = d.get("total_platform_fee", UNSET)
        if total_platform_fee is not UNSET:
            found += 1
            if total_platform_fee.__class__ is not float:
                total_platform_fee = as_float(total_platform_fee, "total_platform_fee", True)

        other_deductions = d.get("other_deductions", UNSET)
        if other_deductions is not UNSET:
            found += 1
            if other_deductions.__class__ is not float:
                other_deductions = as_float(other_deductions, "other_deductions", True)

        additional_mdr_amount = d.get("additional_mdr_amount", UNSET)
        if additional_mdr_amount is not UNSET:
            found += 1
            if additional_mdr_amount.__class__ is not float:
                additional_mdr_amount = as_float(
                    additional_mdr_amount, "additional_mdr_amount", True
                )

        total_convenience_fee = d.get("total_convenience_fee", UNSET)
        if total_convenience_fee is not UNSET:
            found += 1
            if total_convenience_fee.__class__ is not float:
                total_convenience_fee = as_float(
                    total_convenience_fee, "total_convenience_fee", True
                )

        total_gst_on_c_c_f = d.get("total_gst_on_c_c_f", UNSET)
        if total_gst_on_c_c_f is not UNSET:
            found += 1
            if total_gst_on_c_c_f.__class__ is not float:
                total_gst_on_c_c_f = as_float(total_gst_on_c_c_f, "total_gst_on_c_c_f", True)

        total_cashback_amount = d.get("total_cashback_amount", UNSET)
        if total_cashback_amount is not UNSET:
            found += 1
            if total_cashback_amount.__class__ is not float:
                total_cashback_amount = as_float(
                    total_cashback_amount, "total_cashback_amount", True
                )

        total_merchant_cashback = d.get("total_merchant_cashback", UNSET)
        if total_merchant_cashback is not UNSET:
            found += 1
            if total_merchant_cashback.__class__ is not float:
                total_merchant_cashback = as_float(
                    total_merchant_cashback, "total_merchant_cashback", True
                )

        total_merchant_convenience_fee = d.get("total_merchant_convenience_fee", UNSET)
        if total_merchant_convenience_fee is not UNSET:
            found += 1
            if total_merchant_convenience_fee.__class__ is not float:
                total_merchant_convenience_fee = as_float(
                    total_merchant_convenience_fee, "total_merchant_convenience_fee", True
                )

        transactions = d.get("transactions", UNSET)
        if transactions is not UNSET:
            found += 1
            if not isinstance(transactions, list):
                raise wrong_type("transactions", "a JSON array", transactions)
            transactions_read: list[SettlementTransaction] = []
            for transactions_item in transactions:
                try:
                    transactions_item = SettlementTransaction.from_dict(transactions_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("transactions", len(transactions_read)) from None
                transactions_read.append(transactions_item)
            transactions = transactions_read

        pagination = d.get("pagination", UNSET)
        if pagination is not UNSET:
            found += 1
            try:
                pagination = SettlementPagination.from_dict(pagination)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("pagination") from None

        settlement_detail = cls(
            utr_number,
            bank_name,
            bank_acc_number,
            programs,
            total_transaction_count,
            total_transaction_amount,
            actual_transaction_amount,
            total_refund,
            total_chargeback_recovery_amount,
            total_loan_recovery_amount,
            total_mdr_amount,
            total_gst_amount,
            total_late_settlement_fee,
            total_settled_amount,
            total_mar_amount,
            split_fund_amount,
            total_platform_fee,
            other_deductions,
            additional_mdr_amount,
            total_convenience_fee,
            total_gst_on_c_c_f,
            total_cashback_amount,
            total_merchant_cashback,
            total_merchant_convenience_fee,
            transactions,
            pagination,
        )
        if found < len(d):
            settlement_detail.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return settlement_detail

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


from ..models.settlement_pagination import SettlementPagination  # noqa: E402
from ..models.settlement_transaction import SettlementTransaction  # noqa: E402
