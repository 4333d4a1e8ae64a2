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
    from ..models.downpayment_details import DownpaymentDetails


T = TypeVar("T", bound="DownpaymentDetailsResponse")

_FIELDS: frozenset[str] = frozenset(("downpayment_details",))


@_attrs_define
class DownpaymentDetailsResponse:
    """The down payment range and milestones."""

    downpayment_details: DownpaymentDetails | Unset = UNSET
    """ The down payment rules of an order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        downpayment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downpayment_details, Unset):
            downpayment_details = self.downpayment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downpayment_details is not UNSET:
            field_dict["downpayment_details"] = downpayment_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "DownpaymentDetailsResponse")
        )
        found = 0
        downpayment_details = d.get("downpayment_details", UNSET)
        if downpayment_details is not UNSET:
            found += 1
            try:
                downpayment_details = DownpaymentDetails.from_dict(downpayment_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("downpayment_details") from None

        downpayment_details_response = cls(
            downpayment_details,
        )
        if found < len(d):
            downpayment_details_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return downpayment_details_response

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


from ..models.downpayment_details import DownpaymentDetails  # noqa: E402
