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
from ..models.imei_product_result_product_imei_status import ImeiProductResultProductImeiStatus
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.affordability_result import AffordabilityResult


T = TypeVar("T", bound="ImeiProductResult")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "dealer_code",
        "state_code",
        "product_imei",
        "product_imei_status",
        "product_brand_response",
    )
)
_IMEI_PRODUCT_RESULT_PRODUCT_IMEI_STATUS_BY_VALUE = members_by_value(
    ImeiProductResultProductImeiStatus
)


@_attrs_define
class ImeiProductResult:
    """A device and its IMEI status."""

    product_code: str | Unset = UNSET
    """ The merchant's product code. """
    dealer_code: str | Unset = UNSET
    """ The dealer's code. """
    state_code: str | Unset = UNSET
    """ The state's code. """
    product_imei: str | Unset = UNSET
    """ The device's IMEI or serial number. """
    product_imei_status: ImeiProductResultProductImeiStatus | Unset = UNSET
    """ The IMEI's status now. """
    product_brand_response: AffordabilityResult | Unset = UNSET
    """ The outcome of a check (offer validation, a brand's IMEI answer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        dealer_code = self.dealer_code

        state_code = self.state_code

        product_imei = self.product_imei

        product_imei_status: str | Unset = UNSET
        if not isinstance(self.product_imei_status, Unset):
            product_imei_status = self.product_imei_status.value

        product_brand_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_brand_response, Unset):
            product_brand_response = self.product_brand_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if dealer_code is not UNSET:
            field_dict["dealer_code"] = dealer_code
        if state_code is not UNSET:
            field_dict["state_code"] = state_code
        if product_imei is not UNSET:
            field_dict["product_imei"] = product_imei
        if product_imei_status is not UNSET:
            field_dict["product_imei_status"] = product_imei_status
        if product_brand_response is not UNSET:
            field_dict["product_brand_response"] = product_brand_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ImeiProductResult")
        found = 0
        product_code = d.get("product_code", UNSET)
        if product_code is not UNSET:
            found += 1

        dealer_code = d.get("dealer_code", UNSET)
        if dealer_code is not UNSET:
            found += 1

        state_code = d.get("state_code", UNSET)
        if state_code is not UNSET:
            found += 1

        product_imei = d.get("product_imei", UNSET)
        if product_imei is not UNSET:
            found += 1

        product_imei_status = d.get("product_imei_status", UNSET)
        if product_imei_status is not UNSET:
            found += 1
            product_imei_status = (
                product_imei_status.__class__ is str
                and _IMEI_PRODUCT_RESULT_PRODUCT_IMEI_STATUS_BY_VALUE.get(product_imei_status)
            ) or as_enum(
                ImeiProductResultProductImeiStatus, product_imei_status, "product_imei_status"
            )

        product_brand_response = d.get("product_brand_response", UNSET)
        if product_brand_response is not UNSET:
            found += 1
            try:
                product_brand_response = AffordabilityResult.from_dict(product_brand_response)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("product_brand_response") from None

        imei_product_result = cls(
            product_code,
            dealer_code,
            state_code,
            product_imei,
            product_imei_status,
            product_brand_response,
        )
        if found < len(d):
            imei_product_result.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return imei_product_result

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


from ..models.affordability_result import AffordabilityResult  # noqa: E402
