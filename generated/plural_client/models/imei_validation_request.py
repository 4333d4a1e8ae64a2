from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.imei_request_type import ImeiRequestType

if TYPE_CHECKING:
    from ..models.imei_product import ImeiProduct


T = TypeVar("T", bound="ImeiValidationRequest")

_FIELDS = frozenset(
    (
        "merchant_product_imei_reference",
        "request_type",
        "products",
    )
)


@_attrs_define
class ImeiValidationRequest:
    """IMEIs to block or unblock."""

    merchant_product_imei_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    request_type: ImeiRequestType
    """ BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return). """
    products: list[ImeiProduct]
    """ The devices. """

    def to_dict(self) -> dict[str, Any]:
        merchant_product_imei_reference = self.merchant_product_imei_reference

        request_type = self.request_type.value

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_product_imei_reference": merchant_product_imei_reference,
                "request_type": request_type,
                "products": products,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ImeiValidationRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("ImeiValidationRequest", d, _FIELDS)
        for required in (
            "merchant_product_imei_reference",
            "request_type",
            "products",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        merchant_product_imei_reference = d.pop("merchant_product_imei_reference")

        request_type = ImeiRequestType(d.pop("request_type"))

        products: list[ImeiProduct] = []
        _products = d.pop("products")
        if not isinstance(_products, list):
            raise TypeError("products must be a JSON array")
        for products_item_data in _products:
            try:
                products_item = ImeiProduct.from_dict(products_item_data)
            except RequestValidationError as _nested_error:
                raise _nested_error.within("products", len(products)) from None

            products.append(products_item)

        imei_validation_request = cls(
            merchant_product_imei_reference=merchant_product_imei_reference,
            request_type=request_type,
            products=products,
        )

        return imei_validation_request


if TYPE_CHECKING:
    from ..models.imei_product import ImeiProductParams
    from ..models.imei_request_type import ImeiRequestTypeValue


class ImeiValidationRequestParams(TypedDict, total=False):
    """``ImeiValidationRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_product_imei_reference: Required[str]
    request_type: Required[ImeiRequestTypeValue | ImeiRequestType]
    products: Required[Sequence[ImeiProductParams | ImeiProduct]]


from ..models.imei_product import ImeiProduct  # noqa: E402
