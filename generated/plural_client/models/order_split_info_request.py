from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.order_split_detail_request import OrderSplitDetailRequest


T = TypeVar("T", bound="OrderSplitInfoRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "split_type",
        "split_details",
    )
)


@_attrs_define
class OrderSplitInfoRequest:
    """How the order's money is split between partner merchants (split settlement must be enabled)."""

    split_type: str | Unset = UNSET
    """ How the split is expressed; Plural documents AMOUNT. """
    split_details: list[OrderSplitDetailRequest] | Unset = UNSET
    """ The partners' shares. """

    def to_dict(self) -> dict[str, Any]:
        split_type = self.split_type

        split_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.split_details, Unset):
            split_details = []
            for split_details_item_data in self.split_details:
                split_details_item = split_details_item_data.to_dict()
                split_details.append(split_details_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if split_type is not UNSET:
            field_dict["split_type"] = split_type
        if split_details is not UNSET:
            field_dict["split_details"] = split_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OrderSplitInfoRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OrderSplitInfoRequest", d, _FIELDS)
        split_type = d.get("split_type", UNSET)

        split_details = d.get("split_details", UNSET)
        if split_details is not UNSET:
            if not isinstance(split_details, list):
                raise wrong_type("split_details", "a JSON array", split_details)
            split_details_read: list[OrderSplitDetailRequest] = []
            for split_details_item in split_details:
                try:
                    split_details_item = OrderSplitDetailRequest.from_dict(split_details_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("split_details", len(split_details_read)) from None
                split_details_read.append(split_details_item)
            split_details = split_details_read

        order_split_info_request = cls(
            split_type,
            split_details,
        )
        return order_split_info_request


if TYPE_CHECKING:
    from ..models.order_split_detail_request import OrderSplitDetailRequestParams


class OrderSplitInfoRequestParams(TypedDict, total=False):
    """``OrderSplitInfoRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_type: str | Unset
    split_details: Sequence[OrderSplitDetailRequestParams | OrderSplitDetailRequest] | Unset


from ..models.order_split_detail_request import OrderSplitDetailRequest  # noqa: E402
