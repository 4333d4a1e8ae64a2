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
from ..models.offer_emi_type import OfferEmiType
from ..models.offer_subvention_subvention_type import OfferSubventionSubventionType
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_float,
    as_object,
    extras_repr,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.offer_breakup import OfferBreakup


T = TypeVar("T", bound="OfferSubvention")

_FIELDS: frozenset[str] = frozenset(
    (
        "subvention_type",
        "offer_type",
        "percentage",
        "amount",
        "breakup",
        "max_amount",
        "min_amount",
    )
)
_OFFER_SUBVENTION_SUBVENTION_TYPE_BY_VALUE = members_by_value(OfferSubventionSubventionType)
_OFFER_EMI_TYPE_BY_VALUE = members_by_value(OfferEmiType)


@_attrs_define
class OfferSubvention:
    """Interest the brand or merchant pays for the customer on a product (no cost / low cost EMI)."""

    subvention_type: OfferSubventionSubventionType | Unset = UNSET
    """ INSTANT (off the loan) or POST (refunded later). """
    offer_type: OfferEmiType | Unset = UNSET
    """ Who bears the interest: NO_COST (all subvented), LOW_COST (part) or STANDARD (the customer). """
    percentage: float | Unset = UNSET
    """ The subvented share of the interest in percent. """
    amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    breakup: OfferBreakup | Unset = UNSET
    """ Who funds a discount or subvention, party by party. """
    max_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    min_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        subvention_type: str | Unset = UNSET
        if not isinstance(self.subvention_type, Unset):
            subvention_type = self.subvention_type.value

        offer_type: str | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.value

        percentage = self.percentage

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        breakup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakup, Unset):
            breakup = self.breakup.to_dict()

        max_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = self.max_amount.to_dict()

        min_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = self.min_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subvention_type is not UNSET:
            field_dict["subvention_type"] = subvention_type
        if offer_type is not UNSET:
            field_dict["offer_type"] = offer_type
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if breakup is not UNSET:
            field_dict["breakup"] = breakup
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferSubvention")
        found = 0
        subvention_type = d.get("subvention_type", UNSET)
        if subvention_type is not UNSET:
            found += 1
            subvention_type = (
                subvention_type.__class__ is str
                and _OFFER_SUBVENTION_SUBVENTION_TYPE_BY_VALUE.get(subvention_type)
            ) or as_enum(OfferSubventionSubventionType, subvention_type, "subvention_type")

        offer_type = d.get("offer_type", UNSET)
        if offer_type is not UNSET:
            found += 1
            offer_type = (
                offer_type.__class__ is str and _OFFER_EMI_TYPE_BY_VALUE.get(offer_type)
            ) or as_enum(OfferEmiType, offer_type, "offer_type")

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

        breakup = d.get("breakup", UNSET)
        if breakup is not UNSET:
            found += 1
            try:
                breakup = OfferBreakup.from_dict(breakup)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("breakup") from None

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

        offer_subvention = cls(
            subvention_type,
            offer_type,
            percentage,
            amount,
            breakup,
            max_amount,
            min_amount,
        )
        if found < len(d):
            offer_subvention.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_subvention

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
    from ..models.offer_emi_type import OfferEmiTypeValue
    from ..models.offer_subvention_subvention_type import OfferSubventionSubventionTypeValue


class OfferSubventionParams(TypedDict, total=False):
    """``OfferSubvention`` as a dict, for the resource methods: mypy checks its keys and types."""

    subvention_type: OfferSubventionSubventionTypeValue | OfferSubventionSubventionType | Unset
    offer_type: OfferEmiTypeValue | OfferEmiType | Unset
    percentage: float | Unset
    amount: MoneyParams | Money | Unset
    breakup: OfferBreakupParams | OfferBreakup | Unset
    max_amount: MoneyParams | Money | Unset
    min_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
from ..models.offer_breakup import OfferBreakup  # noqa: E402
