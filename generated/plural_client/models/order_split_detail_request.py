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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="OrderSplitDetailRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "split_merchant_id",
        "merchant_settlement_reference",
        "amount",
        "on_hold",
    )
)


@_attrs_define
class OrderSplitDetailRequest:
    """One partner's share of a split-settlement order."""

    split_merchant_id: str | Unset = UNSET
    """ Plural's id of the partner merchant. """
    merchant_settlement_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    on_hold: bool | Unset = UNSET
    """ True to hold the share until the merchant releases it. """

    def to_dict(self) -> dict[str, Any]:
        split_merchant_id = self.split_merchant_id

        merchant_settlement_reference = self.merchant_settlement_reference

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        on_hold = self.on_hold

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if split_merchant_id is not UNSET:
            field_dict["split_merchant_id"] = split_merchant_id
        if merchant_settlement_reference is not UNSET:
            field_dict["merchant_settlement_reference"] = merchant_settlement_reference
        if amount is not UNSET:
            field_dict["amount"] = amount
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "OrderSplitDetailRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("OrderSplitDetailRequest", d, _FIELDS)
        split_merchant_id = d.get("split_merchant_id", UNSET)

        merchant_settlement_reference = d.get("merchant_settlement_reference", UNSET)

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        on_hold = d.get("on_hold", UNSET)

        order_split_detail_request = cls(
            split_merchant_id,
            merchant_settlement_reference,
            amount,
            on_hold,
        )
        return order_split_detail_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class OrderSplitDetailRequestParams(TypedDict, total=False):
    """``OrderSplitDetailRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_merchant_id: str | Unset
    merchant_settlement_reference: str | Unset
    amount: AmountParams | Amount | Unset
    on_hold: bool | Unset


from ..models.amount import Amount  # noqa: E402
