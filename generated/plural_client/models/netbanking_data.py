from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.netbanking_txn_mode import NetbankingTxnMode
from ..types import UNSET, Unset, extras_repr

T = TypeVar("T", bound="NetbankingData")


@_attrs_define
class NetbankingData:
    """What Plural tells of the netbanking payment."""

    pay_code: str | Unset = UNSET
    """ The bank's pay code. """
    txn_mode: NetbankingTxnMode | Unset = UNSET
    """ How the netbanking payment is completed; REDIRECT to the bank's page, QR or INTENT in a banking app. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        pay_code = self.pay_code

        txn_mode: str | Unset = UNSET
        if not isinstance(self.txn_mode, Unset):
            txn_mode = self.txn_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_code is not UNSET:
            field_dict["pay_code"] = pay_code
        if txn_mode is not UNSET:
            field_dict["txn_mode"] = txn_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("NetbankingData must be a JSON object")
        d = dict(src_dict)
        pay_code = d.pop("pay_code", UNSET)

        _txn_mode = d.pop("txn_mode", UNSET)
        txn_mode: NetbankingTxnMode | Unset
        if isinstance(_txn_mode, Unset):
            txn_mode = UNSET
        else:
            txn_mode = NetbankingTxnMode(_txn_mode)

        netbanking_data = cls(
            pay_code=pay_code,
            txn_mode=txn_mode,
        )

        netbanking_data.additional_properties = d
        return netbanking_data

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
