from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import UNSET, Unset, as_float, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.settlement_summary import SettlementSummary


T = TypeVar("T", bound="SettlementList")


@_attrs_define
class SettlementList:
    """A page of settlements and the range's totals."""

    data: list[SettlementSummary] | Unset = UNSET
    """ The settlements found. """
    total_settlement_count: int | Unset = UNSET
    """ How many settlements match in all. """
    total_transactions_count: int | Unset = UNSET
    """ How many transactions they settle. """
    total_settlement_amount: float | Unset = UNSET
    """ Sum settled in the range, in rupees. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_settlement_count = self.total_settlement_count

        total_transactions_count = self.total_transactions_count

        total_settlement_amount = self.total_settlement_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total_settlement_count is not UNSET:
            field_dict["total_settlement_count"] = total_settlement_count
        if total_transactions_count is not UNSET:
            field_dict["total_transactions_count"] = total_transactions_count
        if total_settlement_amount is not UNSET:
            field_dict["total_settlement_amount"] = total_settlement_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("SettlementList must be a JSON object")
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[SettlementSummary] | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, list):
                raise TypeError("data must be a JSON array")
            data = []
            for data_item_data in _data:
                try:
                    data_item = SettlementSummary.from_dict(data_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("data", len(data)) from None

                data.append(data_item)

        total_settlement_count = d.pop("total_settlement_count", UNSET)
        if total_settlement_count.__class__ is not int and total_settlement_count is not UNSET:
            total_settlement_count = as_int(total_settlement_count, "total_settlement_count", True)

        total_transactions_count = d.pop("total_transactions_count", UNSET)
        if total_transactions_count.__class__ is not int and total_transactions_count is not UNSET:
            total_transactions_count = as_int(
                total_transactions_count, "total_transactions_count", True
            )

        total_settlement_amount = d.pop("total_settlement_amount", UNSET)
        if total_settlement_amount.__class__ is not float and total_settlement_amount is not UNSET:
            total_settlement_amount = as_float(
                total_settlement_amount, "total_settlement_amount", True
            )

        settlement_list = cls(
            data=data,
            total_settlement_count=total_settlement_count,
            total_transactions_count=total_transactions_count,
            total_settlement_amount=total_settlement_amount,
        )

        settlement_list.additional_properties = d
        return settlement_list

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


from ..models.settlement_summary import SettlementSummary  # noqa: E402
