from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.order_split_detail import OrderSplitDetail


T = TypeVar("T", bound="OrderSplitInfo")


@_attrs_define
class OrderSplitInfo:
    """How an order's money is split between partner merchants, as Plural reports it."""

    split_type: str | Unset = UNSET
    """ How the split is expressed (AMOUNT). """
    split_details: list[OrderSplitDetail] | Unset = UNSET
    """ The partners' shares. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        split_type = self.split_type

        split_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.split_details, Unset):
            split_details = []
            for split_details_item_data in self.split_details:
                split_details_item = split_details_item_data.to_dict()
                split_details.append(split_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if split_type is not UNSET:
            field_dict["split_type"] = split_type
        if split_details is not UNSET:
            field_dict["split_details"] = split_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("OrderSplitInfo must be a JSON object")
        d = dict(src_dict)
        split_type = d.pop("split_type", UNSET)

        _split_details = d.pop("split_details", UNSET)
        split_details: list[OrderSplitDetail] | Unset = UNSET
        if _split_details is not UNSET:
            if not isinstance(_split_details, list):
                raise TypeError("split_details must be a JSON array")
            split_details = []
            for split_details_item_data in _split_details:
                try:
                    split_details_item = OrderSplitDetail.from_dict(split_details_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("split_details", len(split_details)) from None

                split_details.append(split_details_item)

        order_split_info = cls(
            split_type=split_type,
            split_details=split_details,
        )

        order_split_info.additional_properties = d
        return order_split_info

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
    from ..models.order_split_detail import OrderSplitDetailParams


class OrderSplitInfoParams(TypedDict, total=False):
    """``OrderSplitInfo`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_type: str | Unset
    split_details: Sequence[OrderSplitDetailParams | OrderSplitDetail] | Unset


from ..models.order_split_detail import OrderSplitDetail  # noqa: E402
