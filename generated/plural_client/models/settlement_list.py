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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_float,
    as_int,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.settlement_summary import SettlementSummary


T = TypeVar("T", bound="SettlementList")

_FIELDS: frozenset[str] = frozenset(
    (
        "data",
        "total_settlement_count",
        "total_transactions_count",
        "total_settlement_amount",
    )
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SettlementList")
        found = 0
        data = d.get("data", UNSET)
        if data is not UNSET:
            found += 1
            if not isinstance(data, list):
                raise wrong_type("data", "a JSON array", data)
            data_read: list[SettlementSummary] = []
            for data_item in data:
                try:
                    data_item = SettlementSummary.from_dict(data_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("data", len(data_read)) from None
                data_read.append(data_item)
            data = data_read

        total_settlement_count = d.get("total_settlement_count", UNSET)
        if total_settlement_count is not UNSET:
            found += 1
            if total_settlement_count.__class__ is not int:
                total_settlement_count = as_int(
                    total_settlement_count, "total_settlement_count", True
                )

        total_transactions_count = d.get("total_transactions_count", UNSET)
        if total_transactions_count is not UNSET:
            found += 1
            if total_transactions_count.__class__ is not int:
                total_transactions_count = as_int(
                    total_transactions_count, "total_transactions_count", True
                )

        total_settlement_amount = d.get("total_settlement_amount", UNSET)
        if total_settlement_amount is not UNSET:
            found += 1
            if total_settlement_amount.__class__ is not float:
                total_settlement_amount = as_float(
                    total_settlement_amount, "total_settlement_amount", True
                )

        settlement_list = cls(
            data,
            total_settlement_count,
            total_transactions_count,
            total_settlement_amount,
        )
        if found < len(d):
            settlement_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
