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
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.downpayment_range import DownpaymentRange
    from ..models.money import Money


T = TypeVar("T", bound="DownpaymentDetails")


@_attrs_define
class DownpaymentDetails:
    """The down payment rules of an order."""

    amount_range: DownpaymentRange | Unset = UNSET
    """ The smallest and largest down payment allowed. """
    amount_milestone_list: list[Money] | Unset = UNSET
    """ Suggested down payment amounts. """
    allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
    """ The methods that may pay the down payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        amount_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_range, Unset):
            amount_range = self.amount_range.to_dict()

        amount_milestone_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amount_milestone_list, Unset):
            amount_milestone_list = []
            for amount_milestone_list_item_data in self.amount_milestone_list:
                amount_milestone_list_item = amount_milestone_list_item_data.to_dict()
                amount_milestone_list.append(amount_milestone_list_item)

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_range is not UNSET:
            field_dict["amount_range"] = amount_range
        if amount_milestone_list is not UNSET:
            field_dict["amount_milestone_list"] = amount_milestone_list
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("DownpaymentDetails must be a JSON object")
        d = dict(src_dict)
        try:
            _amount_range = d.pop("amount_range", UNSET)
            amount_range: DownpaymentRange | Unset
            if isinstance(_amount_range, Unset):
                amount_range = UNSET
            else:
                amount_range = DownpaymentRange.from_dict(_amount_range)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount_range") from None

        _amount_milestone_list = d.pop("amount_milestone_list", UNSET)
        amount_milestone_list: list[Money] | Unset = UNSET
        if _amount_milestone_list is not UNSET:
            if not isinstance(_amount_milestone_list, list):
                raise TypeError("amount_milestone_list must be a JSON array")
            amount_milestone_list = []
            for amount_milestone_list_item_data in _amount_milestone_list:
                try:
                    amount_milestone_list_item = Money.from_dict(amount_milestone_list_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within(
                        "amount_milestone_list", len(amount_milestone_list)
                    ) from None

                amount_milestone_list.append(amount_milestone_list_item)

        _allowed_payment_methods = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
        if _allowed_payment_methods is not UNSET:
            if not isinstance(_allowed_payment_methods, list):
                raise TypeError("allowed_payment_methods must be a JSON array")
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in _allowed_payment_methods:
                allowed_payment_methods_item = PaymentMethod(allowed_payment_methods_item_data)

                allowed_payment_methods.append(allowed_payment_methods_item)

        downpayment_details = cls(
            amount_range=amount_range,
            amount_milestone_list=amount_milestone_list,
            allowed_payment_methods=allowed_payment_methods,
        )

        downpayment_details.additional_properties = d
        return downpayment_details

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


from ..models.downpayment_range import DownpaymentRange  # noqa: E402
from ..models.money import Money  # noqa: E402
