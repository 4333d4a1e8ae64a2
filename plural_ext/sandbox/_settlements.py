"""Settlements: list_settlements and get_settlements_by_utr, read from the ledger.

The sandbox settles each day (UTC, by the sandbox's clock) what it processed that day:
every CHARGE order in rupees whose payment is PROCESSED (captured, for pre_auth orders),
refunded or not, is one transaction of that day's settlement, for the amount paid less
what has been refunded of it so far. So a settlement is worked out from the orders on
each call, never stored, and today's grows while orders are processed. It is settled to
:data:`BANK_NAME` account :data:`BANK_ACCOUNT` the same day, with no fees or taxes
deducted: the only deductions are refunds. Amounts are in rupees, as Plural gives them.

Each settlement has a UTR in the form of an NEFT UTR of its day (``HDFCN24280000001``
for 2024-10-06), found again by get_settlements_by_utr; an unknown UTR is a 404.
list_settlements takes ``start_date`` and ``end_date`` (YYYY-MM-DD, inclusive, at most
60 days apart) and lists their settlements oldest first; both take ``page`` and
``per_page`` (at most 10): a page past the last is empty.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._ledger import Ledger
from plural_ext.sandbox._records import OrderRecord, PaymentRecord
from plural_ext.sandbox._state import Kind

__all__ = ["BANK_ACCOUNT", "BANK_NAME", "Settlements"]

BANK_NAME = "HDFC BANK"
BANK_ACCOUNT = "XXXXXXXX5678"
"""The merchant's account, masked as Plural shows it."""
_MAX_RANGE = timedelta(days=60)
_EMI_METHODS = frozenset({"CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI"})
_Item = TypeVar("_Item")


@dataclass(frozen=True, slots=True)
class _Transaction:
    """One processed order: what was paid for it and what has been refunded of it, in paise."""

    order: OrderRecord
    payment: PaymentRecord
    processed_on: date
    paid: int
    refunded: int

    @property
    def settled(self) -> int:
        return self.paid - self.refunded

    def to_json(self, utr: str) -> dict[str, Any]:
        return {
            "transaction_id": self.order.order_id,
            "system": "PLURAL",
            "processed_date": self.processed_on.isoformat(),
            "transaction_date": _day(self.payment.created_at).isoformat(),
            "transaction_amount": _rupees(self.paid),
            "actual_transaction_amount": _rupees(self.paid),
            "total_deduction_amount": _rupees(self.refunded),
            "settled_amount": _rupees(self.settled),
            "acquirer_name": "HDFC",
            "is_emi": self.payment.method in _EMI_METHODS,
            "utr_number": utr,
            "program": self.payment.method,
            "payout_status": "SETTLED",
        }


@dataclass(slots=True)
class _Settlement:
    """One day's transactions, settled under one UTR."""

    day: date
    transactions: list[_Transaction] = field(default_factory=list)

    @property
    def utr(self) -> str:
        # An NEFT UTR: the bank's code, N, the year and day of the year, a sequence number.
        return f"HDFCN{self.day:%y%j}000001"

    @property
    def programs(self) -> list[str]:
        return list(dict.fromkeys(t.payment.method for t in self.transactions))

    @property
    def paid(self) -> int:
        return sum(transaction.paid for transaction in self.transactions)

    @property
    def refunded(self) -> int:
        return sum(transaction.refunded for transaction in self.transactions)

    @property
    def settled(self) -> int:
        return self.paid - self.refunded

    def summary(self) -> dict[str, Any]:
        """The SettlementSummary of list_settlements."""
        return {
            "total_amount": _rupees(self.settled),
            "actual_transaction_amount": _rupees(self.paid),
            "total_deduction_amount": _rupees(self.refunded),
            "total_transactions_count": len(self.transactions),
            "last_processed_date": self.day.isoformat(),
            "settled_date": self.day.isoformat(),
            "utr_number": self.utr,
            "programs": self.programs,
            "system": "PLURAL",
            "bank_name": BANK_NAME,
            "bank_acc_number": BANK_ACCOUNT,
        }

    def detail(self, page: int, per_page: int) -> dict[str, Any]:
        """The SettlementDetail of get_settlements_by_utr, with one page of transactions."""
        transactions = _page(self.transactions, page, per_page)
        return {
            "utr_number": self.utr,
            "bank_name": BANK_NAME,
            "bank_acc_number": BANK_ACCOUNT,
            "programs": self.programs,
            "total_transaction_count": len(self.transactions),
            "total_transaction_amount": _rupees(self.settled),
            "actual_transaction_amount": _rupees(self.paid),
            "total_refund": _rupees(self.refunded),
            **dict.fromkeys(_FEES, 0.0),
            "total_settled_amount": _rupees(self.settled),
            "transactions": [transaction.to_json(self.utr) for transaction in transactions],
            "pagination": {
                "total_pages": max(1, math.ceil(len(self.transactions) / per_page)),
                "current_page": str(page),
            },
        }


# The deductions of a SettlementDetail other than refunds; the sandbox charges none.
_FEES = (
    "total_chargeback_recovery_amount",
    "total_loan_recovery_amount",
    "total_mdr_amount",
    "total_gst_amount",
    "total_late_settlement_fee",
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
)


class Settlements:
    def __init__(self, state: State) -> None:
        self._ledger = state.ledger
        self.routes: Mapping[str, Route] = {
            "list_settlements": self._list,
            "get_settlements_by_utr": self._by_utr,
        }
        self.pages: Mapping[str, Page] = {}
        # Nothing of its own to keep: settlements are worked out from the orders.
        self.kinds: tuple[Kind, ...] = ()

    def _list(self, call: Call) -> httpx.Response:
        step = "list_settlements"
        query = call.query
        start, end = _date(query, "start_date", step), _date(query, "end_date", step)
        if end < start:
            raise _bad_range(step, "end_date", "must not be before start_date")
        if end - start > _MAX_RANGE:
            raise _bad_range(step, "end_date", "must be at most 60 days after start_date")
        found = [s for s in _settlements(self._ledger) if start <= s.day <= end]
        page, per_page = _paging(query)
        return json_response(
            200,
            {
                "data": [settlement.summary() for settlement in _page(found, page, per_page)],
                "total_settlement_count": len(found),
                "total_transactions_count": sum(len(s.transactions) for s in found),
                "total_settlement_amount": _rupees(sum(s.settled for s in found)),
            },
        )

    def _by_utr(self, call: Call) -> httpx.Response:
        query = call.query
        utr = call.params["utr"]
        for settlement in _settlements(self._ledger):
            if settlement.utr == utr:
                return json_response(200, settlement.detail(*_paging(query)))
        raise SandboxError(404, "SETTLEMENT_NOT_FOUND", f"no settlement has UTR {utr}")


def _settlements(ledger: Ledger) -> list[_Settlement]:
    """The settlement of each day the sandbox processed an order, oldest first."""
    by_day: dict[date, _Settlement] = {}
    for order in ledger.orders():
        transaction = _transaction(order)
        if transaction is not None:
            day = transaction.processed_on
            by_day.setdefault(day, _Settlement(day)).transactions.append(transaction)
    for settlement in by_day.values():
        settlement.transactions.sort(key=lambda t: _processed_at(t.payment))
    return sorted(by_day.values(), key=lambda settlement: settlement.day)


def _transaction(order: OrderRecord) -> _Transaction | None:
    """The order as a transaction, if it is a charge in rupees the customer has paid."""
    if order.type != "CHARGE" or order.amount.currency != "INR":
        return None
    payment = next((p for p in order.payments if p.status == "PROCESSED"), None)
    if payment is None:
        return None
    # A pre_auth order is paid what was captured, the rest of its authorization released.
    paid = (
        sum(a.value for _, a, _ in payment.captures) if payment.captures else payment.amount.value
    )
    refunded = sum(refund.amount.value for refund in order.refunds)
    return _Transaction(order, payment, _day(_processed_at(payment)), paid, refunded)


def _processed_at(payment: PaymentRecord) -> float:
    return payment.captures[-1][2] if payment.captures else payment.updated_at


def _paging(query: dict[str, str]) -> tuple[int, int]:
    return int(query.get("page", "1")), int(query.get("per_page", "10"))


def _page(items: list[_Item], page: int, per_page: int) -> list[_Item]:
    return items[(page - 1) * per_page : page * per_page]


def _date(query: dict[str, str], name: str, step: str) -> date:
    try:
        return date.fromisoformat(query[name])
    except ValueError:  # the spec's pattern passes 2024-02-30
        raise _bad_range(step, name, "is not a date") from None


def _bad_range(step: str, name: str, reason: str) -> SandboxError:
    # list_settlements documents no 422: a range it cannot take is a 400.
    return _errors.invalid_request(step, name, reason)


def _day(seconds: float) -> date:
    return datetime.fromtimestamp(seconds, UTC).date()


def _rupees(paise: int) -> float:
    return round(paise / 100, 2)
