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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OfferDownpayment")


@_attrs_define
class OfferDownpayment:
    """The down payment part of an EMI with down payment."""

    downpayment_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        downpayment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downpayment_amount, Unset):
            downpayment_amount = self.downpayment_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downpayment_amount is not UNSET:
            field_dict["downpayment_amount"] = downpayment_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferDownpayment must be a JSON object")
        d = dict(src_dict)
        try:
            _downpayment_amount = d.pop("downpayment_amount", UNSET)
            downpayment_amount: Money | Unset
            if isinstance(_downpayment_amount, Unset):
                downpayment_amount = UNSET
            else:
                downpayment_amount = Money.from_dict(_downpayment_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("downpayment_amount") from None

        offer_downpayment = cls(
            downpayment_amount=downpayment_amount,
        )

        offer_downpayment.additional_properties = d
        return offer_downpayment

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


class OfferDownpaymentParams(TypedDict, total=False):
    """``OfferDownpayment`` as a dict, for the resource methods: mypy checks its keys and types."""

    downpayment_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
