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
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown
    from ..models.convenience_fee_method_metadata import ConvenienceFeeMethodMetadata


T = TypeVar("T", bound="ConvenienceFee")

_FIELDS: frozenset[str] = frozenset(
    (
        "payment_method",
        "fee_type",
        "amount",
        "convenience_fee_breakdown",
        "payable_amount",
        "payment_method_metadata",
    )
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ConvenienceFee")
        found = 0
        payment_method = d.get("payment_method", UNSET)
        if payment_method is not UNSET:
            found += 1

        fee_type = d.get("fee_type", UNSET)
        if fee_type is not UNSET:
            found += 1

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Amount.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        convenience_fee_breakdown = d.get("convenience_fee_breakdown", UNSET)
        if convenience_fee_breakdown is not UNSET:
            found += 1
            try:
                convenience_fee_breakdown = ConvenienceFeeBreakdown.from_dict(
                    convenience_fee_breakdown
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("convenience_fee_breakdown") from None

        payable_amount = d.get("payable_amount", UNSET)
        if payable_amount is not UNSET:
            found += 1
            try:
                payable_amount = Amount.from_dict(payable_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payable_amount") from None

        payment_method_metadata = d.get("payment_method_metadata", UNSET)
        if payment_method_metadata is not UNSET:
            found += 1
            try:
                payment_method_metadata = ConvenienceFeeMethodMetadata.from_dict(
                    payment_method_metadata
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment_method_metadata") from None

        convenience_fee = cls(
            payment_method,
            fee_type,
            amount,
            convenience_fee_breakdown,
            payable_amount,
            payment_method_metadata,
        )
        if found < len(d):
            convenience_fee.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
