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
    as_bool,
    as_int,
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PointsBalance")

_FIELDS: frozenset[str] = frozenset(
    (
        "balance",
        "redeemable_amount",
        "redeemable_points",
        "is_eligible",
    )
)


@_attrs_define
class PointsBalance:
    """A card's reward points balance."""

    balance: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    redeemable_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    redeemable_points: int | Unset = UNSET
    """ Points the card can redeem. """
    is_eligible: bool | Unset = UNSET
    """ Whether the card may pay by points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        redeemable_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redeemable_amount, Unset):
            redeemable_amount = self.redeemable_amount.to_dict()

        redeemable_points = self.redeemable_points

        is_eligible = self.is_eligible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if redeemable_amount is not UNSET:
            field_dict["redeemable_amount"] = redeemable_amount
        if redeemable_points is not UNSET:
            field_dict["redeemable_points"] = redeemable_points
        if is_eligible is not UNSET:
            field_dict["is_eligible"] = is_eligible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PointsBalance")
        found = 0
        balance = d.get("balance", UNSET)
        if balance is not UNSET:
            found += 1
            try:
                balance = Money.from_dict(balance)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("balance") from None

        redeemable_amount = d.get("redeemable_amount", UNSET)
        if redeemable_amount is not UNSET:
            found += 1
            try:
                redeemable_amount = Money.from_dict(redeemable_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("redeemable_amount") from None

        redeemable_points = d.get("redeemable_points", UNSET)
        if redeemable_points is not UNSET:
            found += 1
            if redeemable_points.__class__ is not int:
                redeemable_points = as_int(redeemable_points, "redeemable_points", True)

        is_eligible = d.get("is_eligible", UNSET)
        if is_eligible is not UNSET:
            found += 1
            if is_eligible.__class__ is not bool:
                is_eligible = as_bool(is_eligible, "is_eligible", True)

        points_balance = cls(
            balance,
            redeemable_amount,
            redeemable_points,
            is_eligible,
        )
        if found < len(d):
            points_balance.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return points_balance

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


from ..models.money import Money  # noqa: E402
