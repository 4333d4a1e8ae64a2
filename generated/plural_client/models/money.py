from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import (
    as_int,
    as_object,
    extras_repr,
)

T = TypeVar("T", bound="Money")

_FIELDS: frozenset[str] = frozenset(
    (
        "value",
        "currency",
    )
)


@_attrs_define
class Money:
    """Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.

    """

    value: int
    """ Amount in the smallest unit of the currency (paise for INR). """
    currency: str
    """ ISO 4217 currency code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Money")
        try:
            value = d["value"]
            currency = d["currency"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        if value.__class__ is not int:
            value = as_int(value, "value", False)

        money = cls(
            value,
            currency,
        )
        if len(d) > 2:
            money.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return money

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


class MoneyParams(TypedDict, total=False):
    """``Money`` as a dict, for the resource methods: mypy checks its keys and types."""

    value: Required[int]
    currency: Required[str]
