from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.payment_link_split_detail import PaymentLinkSplitDetail


T = TypeVar("T", bound="PaymentLinkSplitInfo")

_FIELDS: frozenset[str] = frozenset(
    (
        "split_type",
        "split_details",
    )
)


@_attrs_define
class PaymentLinkSplitInfo:
    """How the payment is split between partner merchants."""

    split_type: str | Unset = UNSET
    """ How shares are given (AMOUNT). """
    split_details: list[PaymentLinkSplitDetail] | Unset = UNSET
    """ One entry per partner merchant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        split_type = self.split_type

        split_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.split_details, Unset):
            split_details = []
            for split_details_item_data in self.split_details:
                split_details_item = split_details_item_data.to_dict()
                split_details.append(split_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if split_type is not UNSET:
            field_dict["split_type"] = split_type
        if split_details is not UNSET:
            field_dict["split_details"] = split_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentLinkSplitInfo")
        found = 0
        split_type = d.get("split_type", UNSET)
        if split_type is not UNSET:
            found += 1

        split_details = d.get("split_details", UNSET)
        if split_details is not UNSET:
            found += 1
            if not isinstance(split_details, list):
                raise wrong_type("split_details", "a JSON array", split_details)
            split_details_read: list[PaymentLinkSplitDetail] = []
            for split_details_item in split_details:
                try:
                    split_details_item = PaymentLinkSplitDetail.from_dict(split_details_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("split_details", len(split_details_read)) from None
                split_details_read.append(split_details_item)
            split_details = split_details_read

        payment_link_split_info = cls(
            split_type,
            split_details,
        )
        if found < len(d):
            payment_link_split_info.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payment_link_split_info

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
    from ..models.payment_link_split_detail import PaymentLinkSplitDetailParams


class PaymentLinkSplitInfoParams(TypedDict, total=False):
    """``PaymentLinkSplitInfo`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_type: str | Unset
    split_details: Sequence[PaymentLinkSplitDetailParams | PaymentLinkSplitDetail] | Unset


from ..models.payment_link_split_detail import PaymentLinkSplitDetail  # noqa: E402
