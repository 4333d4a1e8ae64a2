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
from ..models.order_type import OrderType
from ..models.refund_status import RefundStatus
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
    from ..models.payment import Payment


T = TypeVar("T", bound="Refund")

_FIELDS: frozenset[str] = frozenset(
    (
        "order_id",
        "parent_order_id",
        "merchant_order_reference",
        "type",
        "status",
        "order_amount",
        "payments",
        "refund_id",
        "merchant_refund_reference",
        "refund_amount",
        "created_at",
        "updated_at",
    )
)
_ORDER_TYPE_BY_VALUE = members_by_value(OrderType)
_REFUND_STATUS_BY_VALUE = members_by_value(RefundStatus)


@_attrs_define
class Refund:
    """One refund of an order, in either of the two shapes Plural shows: a refund
    order (order_id, type REFUND, order_amount, payments with parent_payment_id),
    as in webhooks and order responses, or the refund guide's entry (refund_id,
    merchant_refund_reference, refund_amount). Every field is optional.

    """

    order_id: str | Unset = UNSET
    """ Plural's id of the refund order. """
    parent_order_id: str | Unset = UNSET
    """ The refunded order's id. """
    merchant_order_reference: str | Unset = UNSET
    """ The merchant's reference of the refund order. """
    type_: OrderType | Unset = UNSET
    """ CHARGE for a payment order, REFUND for a refund order. """
    status: RefundStatus | Unset = UNSET
    """ Where a refund is in its life cycle. """
    order_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payments: list[Payment] | Unset = UNSET
    """ The refund's payments, each naming the refunded payment in parent_payment_id. """
    refund_id: str | Unset = UNSET
    """ Plural's id of the refund (the refund guide's shape). """
    merchant_refund_reference: str | Unset = UNSET
    """ The merchant's reference of the refund (the refund guide's shape). """
    refund_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    created_at: datetime.datetime | Unset = UNSET
    """ When the refund was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the refund last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        parent_order_id = self.parent_order_id

        merchant_order_reference = self.merchant_order_reference

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        order_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_amount, Unset):
            order_amount = self.order_amount.to_dict()

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        refund_id = self.refund_id

        merchant_refund_reference = self.merchant_refund_reference

        refund_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund_amount, Unset):
            refund_amount = self.refund_amount.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if parent_order_id is not UNSET:
            field_dict["parent_order_id"] = parent_order_id
        if merchant_order_reference is not UNSET:
            field_dict["merchant_order_reference"] = merchant_order_reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if payments is not UNSET:
            field_dict["payments"] = payments
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if merchant_refund_reference is not UNSET:
            field_dict["merchant_refund_reference"] = merchant_refund_reference
        if refund_amount is not UNSET:
            field_dict["refund_amount"] = refund_amount
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Refund")
        found = 0
        order_id = d.get("order_id", UNSET)
        if order_id is not UNSET:
            found += 1

        parent_order_id = d.get("parent_order_id", UNSET)
        if parent_order_id is not UNSET:
            found += 1

        merchant_order_reference = d.get("merchant_order_reference", UNSET)
        if merchant_order_reference is not UNSET:
            found += 1

        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            found += 1
            type_ = (type_.__class__ is str and _ORDER_TYPE_BY_VALUE.get(type_)) or as_enum(
                OrderType, type_, "type"
            )

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (status.__class__ is str and _REFUND_STATUS_BY_VALUE.get(status)) or as_enum(
                RefundStatus, status, "status"
            )

        order_amount = d.get("order_amount", UNSET)
        if order_amount is not UNSET:
            found += 1
            try:
                order_amount = Amount.from_dict(order_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("order_amount") from None

        payments = d.get("payments", UNSET)
        if payments is not UNSET:
            found += 1
            if not isinstance(payments, list):
                raise wrong_type("payments", "a JSON array", payments)
            payments_read: list[Payment] = []
            for payments_item in payments:
                try:
                    payments_item = Payment.from_dict(payments_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("payments", len(payments_read)) from None
                payments_read.append(payments_item)
            payments = payments_read

        refund_id = d.get("refund_id", UNSET)
        if refund_id is not UNSET:
            found += 1

        merchant_refund_reference = d.get("merchant_refund_reference", UNSET)
        if merchant_refund_reference is not UNSET:
            found += 1

        refund_amount = d.get("refund_amount", UNSET)
        if refund_amount is not UNSET:
            found += 1
            try:
                refund_amount = Money.from_dict(refund_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("refund_amount") from None

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        refund = cls(
            order_id,
            parent_order_id,
            merchant_order_reference,
            type_,
            status,
            order_amount,
            payments,
            refund_id,
            merchant_refund_reference,
            refund_amount,
            created_at,
            updated_at,
        )
        if found < len(d):
            refund.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return refund

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
from ..models.payment import Payment  # noqa: E402
