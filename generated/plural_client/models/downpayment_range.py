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


T = TypeVar("T", bound="DownpaymentRange")

_FIELDS: frozenset[str] = frozenset(
    (
        "min",
        "max",
    )
)


@_attrs_define
class DownpaymentRange:
    """The smallest and largest down payment allowed."""

    min_: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    max_: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "DownpaymentRange")
        found = 0
        min_ = d.get("min", UNSET)
        if min_ is not UNSET:
            found += 1
            try:
                min_ = Money.from_dict(min_)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("min") from None

        max_ = d.get("max", UNSET)
        if max_ is not UNSET:
            found += 1
            try:
                max_ = Money.from_dict(max_)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("max") from None

        downpayment_range = cls(
            min_,
            max_,
        )
        if found < len(d):
            downpayment_range.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return downpayment_range

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
