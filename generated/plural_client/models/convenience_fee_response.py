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
from ..types import extras_repr

if TYPE_CHECKING:
    from ..models.convenience_fee import ConvenienceFee


T = TypeVar("T", bound="ConvenienceFeeResponse")


@_attrs_define
class ConvenienceFeeResponse:
    """The convenience fees calculated."""

    data: list[ConvenienceFee]
    """ One fee per payment method and network combination. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ConvenienceFeeResponse must be a JSON object")
        d = dict(src_dict)
        for required in ("data",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        data: list[ConvenienceFee] = []
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError("data must be a JSON array")
        for data_item_data in _data:
            try:
                data_item = ConvenienceFee.from_dict(data_item_data)
            except RequestValidationError as _nested_error:
                raise _nested_error.within("data", len(data)) from None

            data.append(data_item)

        convenience_fee_response = cls(
            data=data,
        )

        convenience_fee_response.additional_properties = d
        return convenience_fee_response

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


from ..models.convenience_fee import ConvenienceFee  # noqa: E402
