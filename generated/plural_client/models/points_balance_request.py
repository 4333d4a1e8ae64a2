from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.points_order_details import PointsOrderDetails
    from ..models.points_payment_option import PointsPaymentOption


T = TypeVar("T", bound="PointsBalanceRequest")


@_attrs_define
class PointsBalanceRequest:
    """The card and order to check the points balance for."""

    payment_option: PointsPaymentOption
    """ The points card. """
    order_details: PointsOrderDetails
    """ The order to pay by points. """

    def to_dict(self) -> dict[str, Any]:
        payment_option = self.payment_option.to_dict()

        order_details = self.order_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payment_option": payment_option,
                "order_details": order_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PointsBalanceRequest must be a JSON object")
        d = dict(src_dict)
        for required in (
            "payment_option",
            "order_details",
        ):
            if required not in d:
                raise ValueError(f"PointsBalanceRequest.{required} is required")
        payment_option = PointsPaymentOption.from_dict(d.pop("payment_option"))

        order_details = PointsOrderDetails.from_dict(d.pop("order_details"))

        points_balance_request = cls(
            payment_option=payment_option,
            order_details=order_details,
        )

        return points_balance_request


from ..models.points_order_details import PointsOrderDetails  # noqa: E402
from ..models.points_payment_option import PointsPaymentOption  # noqa: E402
