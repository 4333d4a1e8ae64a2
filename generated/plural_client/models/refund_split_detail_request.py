from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.refund_split_detail_request_status import RefundSplitDetailRequestStatus
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


T = TypeVar("T", bound="RefundSplitDetailRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "split_merchant_id",
        "parent_order_split_settlement_id",
        "merchant_settlement_reference",
        "amount",
        "status",
    )
)
_REFUND_SPLIT_DETAIL_REQUEST_STATUS_BY_VALUE = members_by_value(RefundSplitDetailRequestStatus)


@_attrs_define
class RefundSplitDetailRequest:
    """One partner's share of a split-settlement refund."""

    split_merchant_id: str | Unset = UNSET
    """ Plural's id of the partner merchant. """
    parent_order_split_settlement_id: str | Unset = UNSET
    """ The parent order's split settlement this share refunds. """
    merchant_settlement_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    status: RefundSplitDetailRequestStatus | Unset = UNSET
    """ DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it. """

    def to_dict(self) -> dict[str, Any]:
        split_merchant_id = self.split_merchant_id

        parent_order_split_settlement_id = self.parent_order_split_settlement_id

        merchant_settlement_reference = self.merchant_settlement_reference

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if split_merchant_id is not UNSET:
            field_dict["split_merchant_id"] = split_merchant_id
        if parent_order_split_settlement_id is not UNSET:
            field_dict["parent_order_split_settlement_id"] = parent_order_split_settlement_id
        if merchant_settlement_reference is not UNSET:
            field_dict["merchant_settlement_reference"] = merchant_settlement_reference
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "RefundSplitDetailRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("RefundSplitDetailRequest", d, _FIELDS)
        split_merchant_id = d.get("split_merchant_id", UNSET)

        parent_order_split_settlement_id = d.get("parent_order_split_settlement_id", UNSET)

        merchant_settlement_reference = d.get("merchant_settlement_reference", UNSET)

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        status = d.get("status", UNSET)
        if status is not UNSET:
            status = (
                status.__class__ is str and _REFUND_SPLIT_DETAIL_REQUEST_STATUS_BY_VALUE.get(status)
            ) or as_enum(RefundSplitDetailRequestStatus, status, "status")

        refund_split_detail_request = cls(
            split_merchant_id,
            parent_order_split_settlement_id,
            merchant_settlement_reference,
            amount,
            status,
        )
        return refund_split_detail_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.refund_split_detail_request_status import RefundSplitDetailRequestStatusValue


class RefundSplitDetailRequestParams(TypedDict, total=False):
    """``RefundSplitDetailRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_merchant_id: str | Unset
    parent_order_split_settlement_id: str | Unset
    merchant_settlement_reference: str | Unset
    amount: AmountParams | Amount | Unset
    status: RefundSplitDetailRequestStatusValue | RefundSplitDetailRequestStatus | Unset


from ..models.amount import Amount  # noqa: E402
