from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.upi_payer import UpiPayer


T = TypeVar("T", bound="UpiData")


@_attrs_define
class UpiData:
    """What Plural tells of the UPI payment."""

    txn_mode: str | Unset = UNSET
    """ INTENT or COLLECT. """
    payer: UpiPayer | Unset = UNSET
    """ The paying UPI account. """
    intent_url: str | Unset = UNSET
    """ The UPI intent link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        txn_mode = self.txn_mode

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        intent_url = self.intent_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_mode is not UNSET:
            field_dict["txn_mode"] = txn_mode
        if payer is not UNSET:
            field_dict["payer"] = payer
        if intent_url is not UNSET:
            field_dict["intent_url"] = intent_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("UpiData must be a JSON object")
        d = dict(src_dict)
        txn_mode = d.pop("txn_mode", UNSET)

        _payer = d.pop("payer", UNSET)
        payer: UpiPayer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = UpiPayer.from_dict(_payer)

        intent_url = d.pop("intent_url", UNSET)

        upi_data = cls(
            txn_mode=txn_mode,
            payer=payer,
            intent_url=intent_url,
        )

        upi_data.additional_properties = d
        return upi_data

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


from ..models.upi_payer import UpiPayer  # noqa: E402
