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
from ..types import (
    FieldTypeError,
    as_object,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="PointsOrderDetails")

_FIELDS: frozenset[str] = frozenset(("order_amount",))


@_attrs_define
class PointsOrderDetails:
    """The order to pay by points."""

    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """

    def to_dict(self) -> dict[str, Any]:
        order_amount = self.order_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_amount": order_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PointsOrderDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PointsOrderDetails", d, _FIELDS)
        try:
            order_amount = d["order_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        points_order_details = cls(
            order_amount,
        )
        return points_order_details


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class PointsOrderDetailsParams(TypedDict, total=False):
    """``PointsOrderDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    order_amount: Required[AmountParams | Amount]


from ..models.amount import Amount  # noqa: E402
