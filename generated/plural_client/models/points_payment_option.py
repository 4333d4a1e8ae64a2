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
    from ..models.pay_by_points_card import PayByPointsCard


T = TypeVar("T", bound="PointsPaymentOption")

_FIELDS: frozenset[str] = frozenset(("points_card_details",))


@_attrs_define
class PointsPaymentOption:
    """The points card."""

    points_card_details: PayByPointsCard
    """ The card whose reward points to check. """

    def to_dict(self) -> dict[str, Any]:
        points_card_details = self.points_card_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "points_card_details": points_card_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PointsPaymentOption")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PointsPaymentOption", d, _FIELDS)
        try:
            points_card_details = d["points_card_details"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            points_card_details = PayByPointsCard.from_dict(points_card_details)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("points_card_details") from None

        points_payment_option = cls(
            points_card_details,
        )
        return points_payment_option


if TYPE_CHECKING:
    from ..models.pay_by_points_card import PayByPointsCardParams


class PointsPaymentOptionParams(TypedDict, total=False):
    """``PointsPaymentOption`` as a dict, for the resource methods: mypy checks its keys and types."""

    points_card_details: Required[PayByPointsCardParams | PayByPointsCard]


from ..models.pay_by_points_card import PayByPointsCard  # noqa: E402
