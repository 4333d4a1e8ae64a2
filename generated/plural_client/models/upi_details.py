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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.upi_payer import UpiPayer


T = TypeVar("T", bound="UpiDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "txn_mode",
        "payer",
        "upi_qr",
    )
)
_UPI_TXN_MODE_BY_VALUE = members_by_value(UpiTxnMode)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "UpiDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("UpiDetails", d, _FIELDS)
        try:
            txn_mode = d["txn_mode"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        txn_mode = (txn_mode.__class__ is str and _UPI_TXN_MODE_BY_VALUE.get(txn_mode)) or as_enum(
            UpiTxnMode, txn_mode, "txn_mode"
        )

        payer = d.get("payer", UNSET)
        if payer is not UNSET:
            try:
                payer = UpiPayer.from_dict(payer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payer") from None

        upi_qr = d.get("upi_qr", UNSET)

        upi_details = cls(
            txn_mode,
            payer,
            upi_qr,
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
