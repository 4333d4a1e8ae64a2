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
from ..models.offer_discount_discount_deferred_duration_type import (
    OfferDiscountDiscountDeferredDurationType,
)
from ..models.offer_discount_discount_type import OfferDiscountDiscountType
from ..types import UNSET, Unset, as_float, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.offer_breakup import OfferBreakup


T = TypeVar("T", bound="OfferDiscount")


@_attrs_define
class OfferDiscount:
    """A discount of a tenure or a product, instant or deferred (cashback)."""

    discount_type: OfferDiscountDiscountType | Unset = UNSET
    """ INSTANT (off the price) or DEFERRED (cashback later). """
    discount_string: str | Unset = UNSET
    """ The discount as shown to the customer. """
    percentage: float | Unset = UNSET
    """ The discount rate in percent, when a rate. """
    amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    max_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    min_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    breakup: OfferBreakup | Unset = UNSET
    """ Who funds a discount or subvention, party by party. """
    discount_deferred_duration_value: int | Unset = UNSET
    """ How long until a deferred discount is paid. """
    discount_deferred_duration_type: OfferDiscountDiscountDeferredDurationType | Unset = UNSET
    """ Unit of the deferred duration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type.value

        discount_string = self.discount_string

        percentage = self.percentage

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        max_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = self.max_amount.to_dict()

        min_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = self.min_amount.to_dict()

        breakup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakup, Unset):
            breakup = self.breakup.to_dict()

        discount_deferred_duration_value = self.discount_deferred_duration_value

        discount_deferred_duration_type: str | Unset = UNSET
        if not isinstance(self.discount_deferred_duration_type, Unset):
            discount_deferred_duration_type = self.discount_deferred_duration_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if discount_string is not UNSET:
            field_dict["discount_string"] = discount_string
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if breakup is not UNSET:
            field_dict["breakup"] = breakup
        if discount_deferred_duration_value is not UNSET:
            field_dict["discount_deferred_duration_value"] = discount_deferred_duration_value
        if discount_deferred_duration_type is not UNSET:
            field_dict["discount_deferred_duration_type"] = discount_deferred_duration_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferDiscount must be a JSON object")
        d = dict(src_dict)
        _discount_type = d.pop("discount_type", UNSET)
        discount_type: OfferDiscountDiscountType | Unset
        if isinstance(_discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = OfferDiscountDiscountType(_discount_type)

        discount_string = d.pop("discount_string", UNSET)

        percentage = d.pop("percentage", UNSET)
        if percentage.__class__ is not float and percentage is not UNSET:
            percentage = as_float(percentage, "percentage", True)

        try:
            _amount = d.pop("amount", UNSET)
            amount: Money | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = Money.from_dict(_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("amount") from None

        try:
            _max_amount = d.pop("max_amount", UNSET)
            max_amount: Money | Unset
            if isinstance(_max_amount, Unset):
                max_amount = UNSET
            else:
                max_amount = Money.from_dict(_max_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("max_amount") from None

        try:
            _min_amount = d.pop("min_amount", UNSET)
            min_amount: Money | Unset
            if isinstance(_min_amount, Unset):
                min_amount = UNSET
            else:
                min_amount = Money.from_dict(_min_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("min_amount") from None

        try:
            _breakup = d.pop("breakup", UNSET)
            breakup: OfferBreakup | Unset
            if isinstance(_breakup, Unset):
                breakup = UNSET
            else:
                breakup = OfferBreakup.from_dict(_breakup)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("breakup") from None

        discount_deferred_duration_value = d.pop("discount_deferred_duration_value", UNSET)
        if (
            discount_deferred_duration_value.__class__ is not int
            and discount_deferred_duration_value is not UNSET
        ):
            discount_deferred_duration_value = as_int(
                discount_deferred_duration_value, "discount_deferred_duration_value", True
            )

        _discount_deferred_duration_type = d.pop("discount_deferred_duration_type", UNSET)
        discount_deferred_duration_type: OfferDiscountDiscountDeferredDurationType | Unset
        if isinstance(_discount_deferred_duration_type, Unset):
            discount_deferred_duration_type = UNSET
        else:
            discount_deferred_duration_type = OfferDiscountDiscountDeferredDurationType(
                _discount_deferred_duration_type
            )

        offer_discount = cls(
            discount_type=discount_type,
            discount_string=discount_string,
            percentage=percentage,
            amount=amount,
            max_amount=max_amount,
            min_amount=min_amount,
            breakup=breakup,
            discount_deferred_duration_value=discount_deferred_duration_value,
            discount_deferred_duration_type=discount_deferred_duration_type,
        )

        offer_discount.additional_properties = d
        return offer_discount

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
    from ..models.offer_breakup import OfferBreakupParams
    from ..models.offer_discount_discount_deferred_duration_type import (
        OfferDiscountDiscountDeferredDurationTypeValue,
    )
    from ..models.offer_discount_discount_type import OfferDiscountDiscountTypeValue


class OfferDiscountParams(TypedDict, total=False):
    """``OfferDiscount`` as a dict, for the resource methods: mypy checks its keys and types."""

    discount_type: OfferDiscountDiscountTypeValue | OfferDiscountDiscountType | Unset
    discount_string: str | Unset
    percentage: float | Unset
    amount: MoneyParams | Money | Unset
    max_amount: MoneyParams | Money | Unset
    min_amount: MoneyParams | Money | Unset
    breakup: OfferBreakupParams | OfferBreakup | Unset
    discount_deferred_duration_value: int | Unset
    discount_deferred_duration_type: (
        OfferDiscountDiscountDeferredDurationTypeValue
        | OfferDiscountDiscountDeferredDurationType
        | Unset
    )


from ..models.money import Money  # noqa: E402
from ..models.offer_breakup import OfferBreakup  # noqa: E402
