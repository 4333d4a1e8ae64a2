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

T = TypeVar("T", bound="RefundProduct")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "imei_number",
    )
)


@_attrs_define
class RefundProduct:
    """A product of the refunded order, for IMEI blocking on a partial refund."""

    product_code: str | Unset = UNSET
    """ The product's code or SKU. """
    imei_number: str | Unset = UNSET
    """ IMEI of the refunded device, to block. """

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        imei_number = self.imei_number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if imei_number is not UNSET:
            field_dict["imei_number"] = imei_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "RefundProduct")
        if not _FIELDS.issuperset(d):
            raise unknown_field("RefundProduct", d, _FIELDS)
        product_code = d.get("product_code", UNSET)

        imei_number = d.get("imei_number", UNSET)

        refund_product = cls(
            product_code,
            imei_number,
        )
        return refund_product


class RefundProductParams(TypedDict, total=False):
    """``RefundProduct`` as a dict, for the resource methods: mypy checks its keys and types."""

    product_code: str | Unset
    imei_number: str | Unset
