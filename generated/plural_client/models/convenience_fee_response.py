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
    FieldTypeError,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.convenience_fee import ConvenienceFee


T = TypeVar("T", bound="ConvenienceFeeResponse")

_FIELDS: frozenset[str] = frozenset(("data",))


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
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ConvenienceFeeResponse")
        )
        try:
            data = d["data"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        if not isinstance(data, list):
            raise wrong_type("data", "a JSON array", data)
        data_read: list[ConvenienceFee] = []
        for data_item in data:
            try:
                data_item = ConvenienceFee.from_dict(data_item)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("data", len(data_read)) from None
            data_read.append(data_item)
        data = data_read

        convenience_fee_response = cls(
            data,
        )
        if len(d) > 1:
            convenience_fee_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
