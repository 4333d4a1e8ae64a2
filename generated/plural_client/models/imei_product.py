from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..types import (
    UNSET,
    Unset,
    as_object,
)

T = TypeVar("T", bound="ImeiProduct")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "dealer_code",
        "state_code",
        "product_imei",
    )
)


@_attrs_define
class ImeiProduct:
    """A device whose IMEI to block or unblock; brands differ in the fields they need."""

    product_code: str | Unset = UNSET
    """ The merchant's product code (SKU). """
    dealer_code: str | Unset = UNSET
    """ The dealer's code with the brand. """
    state_code: str | Unset = UNSET
    """ The state's code. """
    product_imei: str | Unset = UNSET
    """ The device's IMEI or serial number. """

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        dealer_code = self.dealer_code

        state_code = self.state_code

        product_imei = self.product_imei

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if dealer_code is not UNSET:
            field_dict["dealer_code"] = dealer_code
        if state_code is not UNSET:
            field_dict["state_code"] = state_code
        if product_imei is not UNSET:
            field_dict["product_imei"] = product_imei

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ImeiProduct")
        if not _FIELDS.issuperset(d):
            raise unknown_field("ImeiProduct", d, _FIELDS)
        product_code = d.get("product_code", UNSET)

        dealer_code = d.get("dealer_code", UNSET)

        state_code = d.get("state_code", UNSET)

        product_imei = d.get("product_imei", UNSET)

        imei_product = cls(
            product_code,
            dealer_code,
            state_code,
            product_imei,
        )
        return imei_product


class ImeiProductParams(TypedDict, total=False):
    """``ImeiProduct`` as a dict, for the resource methods: mypy checks its keys and types."""

    product_code: str | Unset
    dealer_code: str | Unset
    state_code: str | Unset
    product_imei: str | Unset
