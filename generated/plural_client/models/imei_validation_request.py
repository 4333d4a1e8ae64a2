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
from ..types import (
    FieldTypeError,
    as_enum,
    as_object,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.imei_product import ImeiProduct


T = TypeVar("T", bound="ImeiValidationRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_product_imei_reference",
        "request_type",
        "products",
    )
)
_IMEI_REQUEST_TYPE_BY_VALUE = members_by_value(ImeiRequestType)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ImeiValidationRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("ImeiValidationRequest", d, _FIELDS)
        try:
            merchant_product_imei_reference = d["merchant_product_imei_reference"]
            request_type = d["request_type"]
            products = d["products"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        request_type = (
            request_type.__class__ is str and _IMEI_REQUEST_TYPE_BY_VALUE.get(request_type)
        ) or as_enum(ImeiRequestType, request_type, "request_type")

        if not isinstance(products, list):
            raise wrong_type("products", "a JSON array", products)
        products_read: list[ImeiProduct] = []
        for products_item in products:
            try:
                products_item = ImeiProduct.from_dict(products_item)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("products", len(products_read)) from None
            products_read.append(products_item)
        products = products_read

        imei_validation_request = cls(
            merchant_product_imei_reference,
            request_type,
            products,
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
