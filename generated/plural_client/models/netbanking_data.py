from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.netbanking_txn_mode import NetbankingTxnMode
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

T = TypeVar("T", bound="NetbankingData")

_FIELDS: frozenset[str] = frozenset(
    (
        "pay_code",
        "txn_mode",
    )
)
_NETBANKING_TXN_MODE_BY_VALUE = members_by_value(NetbankingTxnMode)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "NetbankingData")
        found = 0
        pay_code = d.get("pay_code", UNSET)
        if pay_code is not UNSET:
            found += 1

        txn_mode = d.get("txn_mode", UNSET)
        if txn_mode is not UNSET:
            found += 1
            txn_mode = (
                txn_mode.__class__ is str and _NETBANKING_TXN_MODE_BY_VALUE.get(txn_mode)
            ) or as_enum(NetbankingTxnMode, txn_mode, "txn_mode")

        netbanking_data = cls(
            pay_code,
            txn_mode,
        )
        if found < len(d):
            netbanking_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
