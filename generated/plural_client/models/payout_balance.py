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
    from ..models.money import Money


T = TypeVar("T", bound="PayoutBalance")

_FIELDS: frozenset[str] = frozenset(
    (
        "accountNumber",
        "branchCode",
        "balance",
    )
)


@_attrs_define
class PayoutBalance:
    """The funding account payouts are paid from."""

    account_number: str | Unset = UNSET
    """ The funding account's number. """
    branch_code: str | Unset = UNSET
    """ The funding account bank's IFSC. """
    balance: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        branch_code = self.branch_code

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if branch_code is not UNSET:
            field_dict["branchCode"] = branch_code
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PayoutBalance")
        found = 0
        account_number = d.get("accountNumber", UNSET)
        if account_number is not UNSET:
            found += 1

        branch_code = d.get("branchCode", UNSET)
        if branch_code is not UNSET:
            found += 1

        balance = d.get("balance", UNSET)
        if balance is not UNSET:
            found += 1
            try:
                balance = Money.from_dict(balance)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("balance") from None

        payout_balance = cls(
            account_number,
            branch_code,
            balance,
        )
        if found < len(d):
            payout_balance.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payout_balance

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
