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
from ..models.upi_txn_mode import UpiTxnMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upi_payer import UpiPayer


T = TypeVar("T", bound="UpiDetails")

_FIELDS = frozenset(
    (
        "txn_mode",
        "payer",
        "upi_qr",
    )
)


@_attrs_define
class UpiDetails:
    """A UPI payment."""

    txn_mode: UpiTxnMode
    """ INTENT opens the customer's UPI app (or a QR with upi_qr); COLLECT sends a request to their VPA. """
    payer: UpiPayer | Unset = UNSET
    """ The paying UPI account. """
    upi_qr: bool | Unset = UNSET
    """ True to get a QR code (order image_url) with an intent payment. """

    def to_dict(self) -> dict[str, Any]:
        txn_mode = self.txn_mode.value

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        upi_qr = self.upi_qr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_mode": txn_mode,
            }
        )
        if payer is not UNSET:
            field_dict["payer"] = payer
        if upi_qr is not UNSET:
            field_dict["upi_qr"] = upi_qr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("UpiDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpiDetails", d, _FIELDS)
        for required in ("txn_mode",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        txn_mode = UpiTxnMode(d.pop("txn_mode"))

        try:
            _payer = d.pop("payer", UNSET)
            payer: UpiPayer | Unset
            if isinstance(_payer, Unset):
                payer = UNSET
            else:
                payer = UpiPayer.from_dict(_payer)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payer") from None

        upi_qr = d.pop("upi_qr", UNSET)

        upi_details = cls(
            txn_mode=txn_mode,
            payer=payer,
            upi_qr=upi_qr,
        )

        return upi_details


if TYPE_CHECKING:
    from ..models.upi_payer import UpiPayerParams
    from ..models.upi_txn_mode import UpiTxnModeValue


class UpiDetailsParams(TypedDict, total=False):
    """``UpiDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    txn_mode: Required[UpiTxnModeValue | UpiTxnMode]
    payer: UpiPayerParams | UpiPayer | Unset
    upi_qr: bool | Unset


from ..models.upi_payer import UpiPayer  # noqa: E402
