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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="ConvenienceFeeRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "amount",
        "payment_method",
        "network_type",
    )
)


@_attrs_define
class ConvenienceFeeRequest:
    """The amount and method to calculate the convenience fee for."""

    amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payment_method: str
    """ The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...). """
    network_type: str | Unset = UNSET
    """ The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...). """

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        payment_method = self.payment_method

        network_type = self.network_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "payment_method": payment_method,
            }
        )
        if network_type is not UNSET:
            field_dict["network_type"] = network_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ConvenienceFeeRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("ConvenienceFeeRequest", d, _FIELDS)
        try:
            amount = d["amount"]
            payment_method = d["payment_method"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            amount = Amount.from_dict(amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("amount") from None

        network_type = d.get("network_type", UNSET)

        convenience_fee_request = cls(
            amount,
            payment_method,
            network_type,
        )
        return convenience_fee_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class ConvenienceFeeRequestParams(TypedDict, total=False):
    """``ConvenienceFeeRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    amount: Required[AmountParams | Amount]
    payment_method: Required[str]
    network_type: str | Unset


from ..models.amount import Amount  # noqa: E402
