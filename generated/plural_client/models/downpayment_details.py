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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.downpayment_range import DownpaymentRange
    from ..models.money import Money


T = TypeVar("T", bound="DownpaymentDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "amount_range",
        "amount_milestone_list",
        "allowed_payment_methods",
    )
)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "DownpaymentDetails")
        found = 0
        amount_range = d.get("amount_range", UNSET)
        if amount_range is not UNSET:
            found += 1
            try:
                amount_range = DownpaymentRange.from_dict(amount_range)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount_range") from None

        amount_milestone_list = d.get("amount_milestone_list", UNSET)
        if amount_milestone_list is not UNSET:
            found += 1
            if not isinstance(amount_milestone_list, list):
                raise wrong_type("amount_milestone_list", "a JSON array", amount_milestone_list)
            amount_milestone_list_read: list[Money] = []
            for amount_milestone_list_item in amount_milestone_list:
                try:
                    amount_milestone_list_item = Money.from_dict(amount_milestone_list_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "amount_milestone_list", len(amount_milestone_list_read)
                    ) from None
                amount_milestone_list_read.append(amount_milestone_list_item)
            amount_milestone_list = amount_milestone_list_read

        allowed_payment_methods = d.get("allowed_payment_methods", UNSET)
        if allowed_payment_methods is not UNSET:
            found += 1
            if not isinstance(allowed_payment_methods, list):
                raise wrong_type("allowed_payment_methods", "a JSON array", allowed_payment_methods)
            allowed_payment_methods_read: list[PaymentMethod] = []
            for allowed_payment_methods_item in allowed_payment_methods:
                try:
                    allowed_payment_methods_item = (
                        allowed_payment_methods_item.__class__ is str
                        and _PAYMENT_METHOD_BY_VALUE.get(allowed_payment_methods_item)
                    ) or as_enum(PaymentMethod, allowed_payment_methods_item, "")
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "allowed_payment_methods", len(allowed_payment_methods_read)
                    ) from None
                allowed_payment_methods_read.append(allowed_payment_methods_item)
            allowed_payment_methods = allowed_payment_methods_read

        downpayment_details = cls(
            amount_range,
            amount_milestone_list,
            allowed_payment_methods,
        )
        if found < len(d):
            downpayment_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
