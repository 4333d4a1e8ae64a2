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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_float,
    as_int,
    as_object,
    extras_repr,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.offer_breakup import OfferBreakup


T = TypeVar("T", bound="OfferDiscount")

_FIELDS: frozenset[str] = frozenset(
    (
        "discount_type",
        "discount_string",
        "percentage",
        "amount",
        "max_amount",
        "min_amount",
        "breakup",
        "discount_deferred_duration_value",
        "discount_deferred_duration_type",
    )
)
_OFFER_DISCOUNT_DISCOUNT_TYPE_BY_VALUE = members_by_value(OfferDiscountDiscountType)
_OFFER_DISCOUNT_DISCOUNT_DEFERRED_DURATION_TYPE_BY_VALUE = members_by_value(
    OfferDiscountDiscountDeferredDurationType
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferDiscount")
        found = 0
        discount_type = d.get("discount_type", UNSET)
        if discount_type is not UNSET:
            found += 1
            discount_type = (
                discount_type.__class__ is str
                and _OFFER_DISCOUNT_DISCOUNT_TYPE_BY_VALUE.get(discount_type)
            ) or as_enum(OfferDiscountDiscountType, discount_type, "discount_type")

        discount_string = d.get("discount_string", UNSET)
        if discount_string is not UNSET:
            found += 1

        percentage = d.get("percentage", UNSET)
        if percentage is not UNSET:
            found += 1
            if percentage.__class__ is not float:
                percentage = as_float(percentage, "percentage", True)

        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Money.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        max_amount = d.get("max_amount", UNSET)
        if max_amount is not UNSET:
            found += 1
            try:
                max_amount = Money.from_dict(max_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("max_amount") from None

        min_amount = d.get("min_amount", UNSET)
        if min_amount is not UNSET:
            found += 1
            try:
                min_amount = Money.from_dict(min_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("min_amount") from None

        breakup = d.get("breakup", UNSET)
        if breakup is not UNSET:
            found += 1
            try:
                breakup = OfferBreakup.from_dict(breakup)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("breakup") from None

        discount_deferred_duration_value = d.get("discount_deferred_duration_value", UNSET)
        if discount_deferred_duration_value is not UNSET:
            found += 1
            if discount_deferred_duration_value.__class__ is not int:
                discount_deferred_duration_value = as_int(
                    discount_deferred_duration_value, "discount_deferred_duration_value", True
                )

        discount_deferred_duration_type = d.get("discount_deferred_duration_type", UNSET)
        if discount_deferred_duration_type is not UNSET:
            found += 1
            discount_deferred_duration_type = (
                discount_deferred_duration_type.__class__ is str
                and _OFFER_DISCOUNT_DISCOUNT_DEFERRED_DURATION_TYPE_BY_VALUE.get(
                    discount_deferred_duration_type
                )
            ) or as_enum(
                OfferDiscountDiscountDeferredDurationType,
                discount_deferred_duration_type,
                "discount_deferred_duration_type",
            )

        offer_discount = cls(
            discount_type,
            discount_string,
            percentage,
            amount,
            max_amount,
            min_amount,
            breakup,
            discount_deferred_duration_value,
            discount_deferred_duration_type,
        )
        if found < len(d):
            offer_discount.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
