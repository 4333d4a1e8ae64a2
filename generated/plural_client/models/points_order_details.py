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

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="PointsOrderDetails")

_FIELDS = frozenset(("order_amount",))


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("PointsOrderDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("PointsOrderDetails", d, _FIELDS)
        for required in ("order_amount",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        try:
            order_amount = Amount.from_dict(d.pop("order_amount"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("order_amount") from None

        points_order_details = cls(
            order_amount=order_amount,
        )

        return points_order_details


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class PointsOrderDetailsParams(TypedDict, total=False):
    """``PointsOrderDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    order_amount: Required[AmountParams | Amount]


from ..models.amount import Amount  # noqa: E402
