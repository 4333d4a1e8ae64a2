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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="ConvenienceFeeRequest")

_FIELDS = frozenset(
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("ConvenienceFeeRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("ConvenienceFeeRequest", d, _FIELDS)
        for required in (
            "amount",
            "payment_method",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        try:
            amount = Amount.from_dict(d.pop("amount"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount") from None

        payment_method = d.pop("payment_method")

        network_type = d.pop("network_type", UNSET)

        convenience_fee_request = cls(
            amount=amount,
            payment_method=payment_method,
            network_type=network_type,
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
