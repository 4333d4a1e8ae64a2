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
from ..models.imei_request_type import ImeiRequestType
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.imei_product_result import ImeiProductResult


T = TypeVar("T", bound="ImeiValidationResponse")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_product_imei_reference",
        "request_type",
        "products",
    )
)
_IMEI_REQUEST_TYPE_BY_VALUE = members_by_value(ImeiRequestType)


@_attrs_define
class ImeiValidationResponse:
    """The IMEI status of each device."""

    merchant_product_imei_reference: str | Unset = UNSET
    """ The merchant's reference of the request. """
    request_type: ImeiRequestType | Unset = UNSET
    """ BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return). """
    products: list[ImeiProductResult] | Unset = UNSET
    """ The devices and their status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        merchant_product_imei_reference = self.merchant_product_imei_reference

        request_type: str | Unset = UNSET
        if not isinstance(self.request_type, Unset):
            request_type = self.request_type.value

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_product_imei_reference is not UNSET:
            field_dict["merchant_product_imei_reference"] = merchant_product_imei_reference
        if request_type is not UNSET:
            field_dict["request_type"] = request_type
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ImeiValidationResponse")
        )
        found = 0
        merchant_product_imei_reference = d.get("merchant_product_imei_reference", UNSET)
        if merchant_product_imei_reference is not UNSET:
            found += 1

        request_type = d.get("request_type", UNSET)
        if request_type is not UNSET:
            found += 1
            request_type = (
                request_type.__class__ is str and _IMEI_REQUEST_TYPE_BY_VALUE.get(request_type)
            ) or as_enum(ImeiRequestType, request_type, "request_type")

        products = d.get("products", UNSET)
        if products is not UNSET:
            found += 1
            if not isinstance(products, list):
                raise wrong_type("products", "a JSON array", products)
            products_read: list[ImeiProductResult] = []
            for products_item in products:
                try:
                    products_item = ImeiProductResult.from_dict(products_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("products", len(products_read)) from None
                products_read.append(products_item)
            products = products_read

        imei_validation_response = cls(
            merchant_product_imei_reference,
            request_type,
            products,
        )
        if found < len(d):
            imei_validation_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return imei_validation_response

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


from ..models.imei_product_result import ImeiProductResult  # noqa: E402
