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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown
    from ..models.convenience_fee_method_metadata import ConvenienceFeeMethodMetadata


T = TypeVar("T", bound="ConvenienceFee")


@_attrs_define
class ConvenienceFee:
    """The convenience fee of one payment method and network."""

    payment_method: str | Unset = UNSET
    """ The payment method. """
    fee_type: str | Unset = UNSET
    """ How the fee is calculated (PERCENTAGE, FLAT...). """
    amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    convenience_fee_breakdown: ConvenienceFeeBreakdown | Unset = UNSET
    """ How a convenience fee is made up. Answered by calculate_convenience_fee
    and offer discovery, and sent back in create_challan, so it stays open.
     """
    payable_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payment_method_metadata: ConvenienceFeeMethodMetadata | Unset = UNSET
    """ The card the fee applies to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method

        fee_type = self.fee_type

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        convenience_fee_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.convenience_fee_breakdown, Unset):
            convenience_fee_breakdown = self.convenience_fee_breakdown.to_dict()

        payable_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payable_amount, Unset):
            payable_amount = self.payable_amount.to_dict()

        payment_method_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_metadata, Unset):
            payment_method_metadata = self.payment_method_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if convenience_fee_breakdown is not UNSET:
            field_dict["convenience_fee_breakdown"] = convenience_fee_breakdown
        if payable_amount is not UNSET:
            field_dict["payable_amount"] = payable_amount
        if payment_method_metadata is not UNSET:
            field_dict["payment_method_metadata"] = payment_method_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ConvenienceFee must be a JSON object")
        d = dict(src_dict)
        payment_method = d.pop("payment_method", UNSET)

        fee_type = d.pop("fee_type", UNSET)

        try:
            _amount = d.pop("amount", UNSET)
            amount: Amount | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = Amount.from_dict(_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount") from None

        try:
            _convenience_fee_breakdown = d.pop("convenience_fee_breakdown", UNSET)
            convenience_fee_breakdown: ConvenienceFeeBreakdown | Unset
            if isinstance(_convenience_fee_breakdown, Unset):
                convenience_fee_breakdown = UNSET
            else:
                convenience_fee_breakdown = ConvenienceFeeBreakdown.from_dict(
                    _convenience_fee_breakdown
                )
        except RequestValidationError as _nested_error:
            raise _nested_error.within("convenience_fee_breakdown") from None

        try:
            _payable_amount = d.pop("payable_amount", UNSET)
            payable_amount: Amount | Unset
            if isinstance(_payable_amount, Unset):
                payable_amount = UNSET
            else:
                payable_amount = Amount.from_dict(_payable_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payable_amount") from None

        try:
            _payment_method_metadata = d.pop("payment_method_metadata", UNSET)
            payment_method_metadata: ConvenienceFeeMethodMetadata | Unset
            if isinstance(_payment_method_metadata, Unset):
                payment_method_metadata = UNSET
            else:
                payment_method_metadata = ConvenienceFeeMethodMetadata.from_dict(
                    _payment_method_metadata
                )
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment_method_metadata") from None

        convenience_fee = cls(
            payment_method=payment_method,
            fee_type=fee_type,
            amount=amount,
            convenience_fee_breakdown=convenience_fee_breakdown,
            payable_amount=payable_amount,
            payment_method_metadata=payment_method_metadata,
        )

        convenience_fee.additional_properties = d
        return convenience_fee

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


from ..models.amount import Amount  # noqa: E402
from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown  # noqa: E402
from ..models.convenience_fee_method_metadata import ConvenienceFeeMethodMetadata  # noqa: E402
