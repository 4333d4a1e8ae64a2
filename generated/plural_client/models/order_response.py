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
)

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderResponse")

_FIELDS: frozenset[str] = frozenset(("data",))


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OrderResponse")
        try:
            data = d["data"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            data = Order.from_dict(data)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("data") from None

        order_response = cls(
            data,
        )
        if len(d) > 1:
            order_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
