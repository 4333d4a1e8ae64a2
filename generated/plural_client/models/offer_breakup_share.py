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


T = TypeVar("T", bound="OfferBreakupShare")

_FIELDS: frozenset[str] = frozenset(("amount",))


@_attrs_define
class OfferBreakupShare:
    """The part of a discount or subvention one party funds."""

    amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferBreakupShare")
        found = 0
        amount = d.get("amount", UNSET)
        if amount is not UNSET:
            found += 1
            try:
                amount = Money.from_dict(amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("amount") from None

        offer_breakup_share = cls(
            amount,
        )
        if found < len(d):
            offer_breakup_share.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_breakup_share

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


class OfferBreakupShareParams(TypedDict, total=False):
    """``OfferBreakupShare`` as a dict, for the resource methods: mypy checks its keys and types."""

    amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
