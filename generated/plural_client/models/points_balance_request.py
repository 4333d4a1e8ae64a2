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
    from ..models.points_order_details import PointsOrderDetails
    from ..models.points_payment_option import PointsPaymentOption


T = TypeVar("T", bound="PointsBalanceRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "payment_option",
        "order_details",
    )
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PointsBalanceRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PointsBalanceRequest", d, _FIELDS)
        try:
            payment_option = d["payment_option"]
            order_details = d["order_details"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            payment_option = PointsPaymentOption.from_dict(payment_option)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("payment_option") from None

        try:
            order_details = PointsOrderDetails.from_dict(order_details)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_details") from None

        points_balance_request = cls(
            payment_option,
            order_details,
        )
        return points_balance_request


if TYPE_CHECKING:
    from ..models.points_order_details import PointsOrderDetailsParams
    from ..models.points_payment_option import PointsPaymentOptionParams


class PointsBalanceRequestParams(TypedDict, total=False):
    """``PointsBalanceRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_option: Required[PointsPaymentOptionParams | PointsPaymentOption]
    order_details: Required[PointsOrderDetailsParams | PointsOrderDetails]


from ..models.points_order_details import PointsOrderDetails  # noqa: E402
from ..models.points_payment_option import PointsPaymentOption  # noqa: E402
