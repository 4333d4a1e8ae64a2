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
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown


T = TypeVar("T", bound="CreateChallanRequest")

_FIELDS: frozenset[str] = frozenset(("convenience_fee_breakdown",))


@_attrs_define
class CreateChallanRequest:
    """An e-challan for the order, with its convenience fee if any."""

    convenience_fee_breakdown: ConvenienceFeeBreakdown | Unset = UNSET
    """ How a convenience fee is made up. Answered by calculate_convenience_fee
    and offer discovery, and sent back in create_challan, so it stays open.
     """

    def to_dict(self) -> dict[str, Any]:
        convenience_fee_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.convenience_fee_breakdown, Unset):
            convenience_fee_breakdown = self.convenience_fee_breakdown.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if convenience_fee_breakdown is not UNSET:
            field_dict["convenience_fee_breakdown"] = convenience_fee_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CreateChallanRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreateChallanRequest", d, _FIELDS)
        convenience_fee_breakdown = d.get("convenience_fee_breakdown", UNSET)
        if convenience_fee_breakdown is not UNSET:
            try:
                convenience_fee_breakdown = ConvenienceFeeBreakdown.from_dict(
                    convenience_fee_breakdown
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("convenience_fee_breakdown") from None

        create_challan_request = cls(
            convenience_fee_breakdown,
        )
        return create_challan_request


if TYPE_CHECKING:
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdownParams


class CreateChallanRequestParams(TypedDict, total=False):
    """``CreateChallanRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    convenience_fee_breakdown: ConvenienceFeeBreakdownParams | ConvenienceFeeBreakdown | Unset


from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown  # noqa: E402
