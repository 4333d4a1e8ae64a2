from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
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
    from ..models.money import Money


T = TypeVar("T", bound="ConvenienceFeeBreakdown")

_FIELDS: frozenset[str] = frozenset(
    (
        "fee_calculated_on_amount",
        "fee_amount",
        "tax_amount",
        "additional_fee_amount",
        "maximum_fee_amount",
        "applicable_fee_amount",
        "subvented_fee_amount",
    )
)


@_attrs_define
class ConvenienceFeeBreakdown:
    """How a convenience fee is made up. Answered by calculate_convenience_fee
    and offer discovery, and sent back in create_challan, so it stays open.

    """

    fee_calculated_on_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    fee_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    tax_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_fee_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    maximum_fee_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    applicable_fee_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    subvented_fee_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        fee_calculated_on_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_calculated_on_amount, Unset):
            fee_calculated_on_amount = self.fee_calculated_on_amount.to_dict()

        fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = self.fee_amount.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        additional_fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_fee_amount, Unset):
            additional_fee_amount = self.additional_fee_amount.to_dict()

        maximum_fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maximum_fee_amount, Unset):
            maximum_fee_amount = self.maximum_fee_amount.to_dict()

        applicable_fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applicable_fee_amount, Unset):
            applicable_fee_amount = self.applicable_fee_amount.to_dict()

        subvented_fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subvented_fee_amount, Unset):
            subvented_fee_amount = self.subvented_fee_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_calculated_on_amount is not UNSET:
            field_dict["fee_calculated_on_amount"] = fee_calculated_on_amount
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if additional_fee_amount is not UNSET:
            field_dict["additional_fee_amount"] = additional_fee_amount
        if maximum_fee_amount is not UNSET:
            field_dict["maximum_fee_amount"] = maximum_fee_amount
        if applicable_fee_amount is not UNSET:
            field_dict["applicable_fee_amount"] = applicable_fee_amount
        if subvented_fee_amount is not UNSET:
            field_dict["subvented_fee_amount"] = subvented_fee_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ConvenienceFeeBreakdown")
        )
        found = 0
        fee_calculated_on_amount = d.get("fee_calculated_on_amount", UNSET)
        if fee_calculated_on_amount is not UNSET:
            found += 1
            try:
                fee_calculated_on_amount = Money.from_dict(fee_calculated_on_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("fee_calculated_on_amount") from None

        fee_amount = d.get("fee_amount", UNSET)
        if fee_amount is not UNSET:
            found += 1
            try:
                fee_amount = Money.from_dict(fee_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("fee_amount") from None

        tax_amount = d.get("tax_amount", UNSET)
        if tax_amount is not UNSET:
            found += 1
            try:
                tax_amount = Money.from_dict(tax_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("tax_amount") from None

        additional_fee_amount = d.get("additional_fee_amount", UNSET)
        if additional_fee_amount is not UNSET:
            found += 1
            try:
                additional_fee_amount = Money.from_dict(additional_fee_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("additional_fee_amount") from None

        maximum_fee_amount = d.get("maximum_fee_amount", UNSET)
        if maximum_fee_amount is not UNSET:
            found += 1
            try:
                maximum_fee_amount = Money.from_dict(maximum_fee_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("maximum_fee_amount") from None

        applicable_fee_amount = d.get("applicable_fee_amount", UNSET)
        if applicable_fee_amount is not UNSET:
            found += 1
            try:
                applicable_fee_amount = Money.from_dict(applicable_fee_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("applicable_fee_amount") from None

        subvented_fee_amount = d.get("subvented_fee_amount", UNSET)
        if subvented_fee_amount is not UNSET:
            found += 1
            try:
                subvented_fee_amount = Money.from_dict(subvented_fee_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("subvented_fee_amount") from None

        convenience_fee_breakdown = cls(
            fee_calculated_on_amount,
            fee_amount,
            tax_amount,
            additional_fee_amount,
            maximum_fee_amount,
            applicable_fee_amount,
            subvented_fee_amount,
        )
        if found < len(d):
            convenience_fee_breakdown.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return convenience_fee_breakdown

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


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class ConvenienceFeeBreakdownParams(TypedDict, total=False):
    """``ConvenienceFeeBreakdown`` as a dict, for the resource methods: mypy checks its keys and types."""

    fee_calculated_on_amount: MoneyParams | Money | Unset
    fee_amount: MoneyParams | Money | Unset
    tax_amount: MoneyParams | Money | Unset
    additional_fee_amount: MoneyParams | Money | Unset
    maximum_fee_amount: MoneyParams | Money | Unset
    applicable_fee_amount: MoneyParams | Money | Unset
    subvented_fee_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
