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
from ..models.upi_txn_mode import UpiTxnMode
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.upi_payer import UpiPayer


T = TypeVar("T", bound="UpiData")

_FIELDS: frozenset[str] = frozenset(
    (
        "txn_mode",
        "payer",
        "intent_url",
    )
)
_UPI_TXN_MODE_BY_VALUE = members_by_value(UpiTxnMode)


@_attrs_define
class UpiData:
    """What Plural tells of a UPI payment: `upi_details` in payment responses, `upi_data` in webhooks. For an intent
    payment the `upi://pay` link is the order's challenge_url and the QR image its image_url.

    """

    txn_mode: UpiTxnMode | Unset = UNSET
    """ INTENT opens the customer's UPI app (or a QR with upi_qr); COLLECT sends a request to their VPA. """
    payer: UpiPayer | Unset = UNSET
    """ The paying UPI account. """
    intent_url: str | Unset = UNSET
    """ The UPI intent link (`upi://pay?...`), where Plural puts it in the payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        txn_mode: str | Unset = UNSET
        if not isinstance(self.txn_mode, Unset):
            txn_mode = self.txn_mode.value

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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "UpiData")
        found = 0
        txn_mode = d.get("txn_mode", UNSET)
        if txn_mode is not UNSET:
            found += 1
            txn_mode = (
                txn_mode.__class__ is str and _UPI_TXN_MODE_BY_VALUE.get(txn_mode)
            ) or as_enum(UpiTxnMode, txn_mode, "txn_mode")

        payer = d.get("payer", UNSET)
        if payer is not UNSET:
            found += 1
            try:
                payer = UpiPayer.from_dict(payer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payer") from None

        intent_url = d.get("intent_url", UNSET)
        if intent_url is not UNSET:
            found += 1

        upi_data = cls(
            txn_mode,
            payer,
            intent_url,
        )
        if found < len(d):
            upi_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
