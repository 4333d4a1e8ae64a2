from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.order_split_detail_status import OrderSplitDetailStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_bool,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="OrderSplitDetail")

_FIELDS: frozenset[str] = frozenset(
    (
        "split_merchant_id",
        "split_settlement_id",
        "parent_order_split_settlement_id",
        "merchant_settlement_reference",
        "amount",
        "on_hold",
        "status",
        "updated_at",
    )
)
_ORDER_SPLIT_DETAIL_STATUS_BY_VALUE = members_by_value(OrderSplitDetailStatus)


@_attrs_define
class OrderSplitDetail:
    """One partner's share of a split-settlement order or refund, as Plural reports it."""

    split_merchant_id: str | Unset = UNSET
    """ Plural's id of the partner merchant. """
    split_settlement_id: str | Unset = UNSET
    """ Plural's id of this split settlement. """
    parent_order_split_settlement_id: str | Unset = UNSET
    """ For a refund, the split settlement of the parent order it draws on. """
    merchant_settlement_reference: str | Unset = UNSET
    """ The merchant's reference of this split. """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    on_hold: bool | Unset = UNSET
    """ Whether the share is held until the merchant releases it. """
    status: OrderSplitDetailStatus | Unset = UNSET
    """ HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the split last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        split_merchant_id = self.split_merchant_id

        split_settlement_id = self.split_settlement_id

        parent_order_split_settlement_id = self.parent_order_split_settlement_id

        merchant_settlement_reference = self.merchant_settlement_reference

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        on_hold = self.on_hold

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if split_merchant_id is not UNSET:
            field_dict["split_merchant_id"] = split_merchant_id
        if split_settlement_id is not UNSET:
            field_dict["split_settlement_id"] = split_settlement_id
        if parent_order_split_settlement_id is not UNSET:
            field_dict["parent_order_split_settlement_id"] = parent_order_split_settlement_id
        if merchant_settlement_reference is not UNSET:
            field_dict["merchant_settlement_reference"] = merchant_settlement_reference
        if amount is not UNSET:
            field_dict["amount"] = amount
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OrderSplitDetail")
        found = 0
        split_merchant_id = d.get("split_merchant_id", UNSET)
        if split_merchant_id is not UNSET:
            found += 1

        split_settlement_id = d.get("split_settlement_id", UNSET)
        if split_settlement_id is not UNSET:
            found += 1

        parent_order_split_settlement_id = d.get("parent_order_split_settlement_id", UNSET)
        if parent_order_split_settlement_id is not UNSET:
            found += 1

        merchant_settlement_reference = d.get("merchant_settlement_reference", UNSET)
        if merchant_settlement_reference is not UNSET:
            found += 1

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        on_hold = d.get("on_hold", UNSET)
        if on_hold is not UNSET:
            found += 1
            if on_hold.__class__ is not bool:
                on_hold = as_bool(on_hold, "on_hold", True)

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (
                status.__class__ is str and _ORDER_SPLIT_DETAIL_STATUS_BY_VALUE.get(status)
            ) or as_enum(OrderSplitDetailStatus, status, "status")

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        order_split_detail = cls(
            split_merchant_id,
            split_settlement_id,
            parent_order_split_settlement_id,
            merchant_settlement_reference,
            amount,
            on_hold,
            status,
            updated_at,
        )
        if found < len(d):
            order_split_detail.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return order_split_detail

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


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.order_split_detail_status import OrderSplitDetailStatusValue


class OrderSplitDetailParams(TypedDict, total=False):
    """``OrderSplitDetail`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_merchant_id: str | Unset
    split_settlement_id: str | Unset
    parent_order_split_settlement_id: str | Unset
    merchant_settlement_reference: str | Unset
    amount: AmountParams | Amount | Unset
    on_hold: bool | Unset
    status: OrderSplitDetailStatusValue | OrderSplitDetailStatus | Unset
    updated_at: datetime.datetime | str | Unset


from ..models.amount import Amount  # noqa: E402
