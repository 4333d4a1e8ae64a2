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
    from ..models.order import Order


T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """Plural wraps every order in `data`."""

    data: Order
    """ An order (a charge, or a refund with parent_order_id) with its payments and refunds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
            raise TypeError("OrderResponse must be a JSON object")
        d = dict(src_dict)
        for required in ("data",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        try:
            data = Order.from_dict(d.pop("data"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("data") from None

        order_response = cls(
            data=data,
        )

        order_response.additional_properties = d
        return order_response

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


from ..models.order import Order  # noqa: E402
