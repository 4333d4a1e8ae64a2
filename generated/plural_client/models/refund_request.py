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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.refund_product import RefundProduct
    from ..models.refund_split_info_request import RefundSplitInfoRequest


T = TypeVar("T", bound="RefundRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_order_reference",
        "order_amount",
        "merchant_metadata",
        "products",
        "split_info",
    )
)


@_attrs_define
class RefundRequest:
    """A refund; without order_amount the whole remaining amount is refunded."""

    merchant_order_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    order_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    products: list[RefundProduct] | Unset = UNSET
    """ The products refunded, for IMEI blocking; needed for a partial refund of IMEI products. """
    split_info: RefundSplitInfoRequest | Unset = UNSET
    """ How a refund of a split-settlement order is split between partners. """

    def to_dict(self) -> dict[str, Any]:
        merchant_order_reference = self.merchant_order_reference

        order_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_amount, Unset):
            order_amount = self.order_amount.to_dict()

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        split_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_info, Unset):
            split_info = self.split_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_order_reference": merchant_order_reference,
            }
        )
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if products is not UNSET:
            field_dict["products"] = products
        if split_info is not UNSET:
            field_dict["split_info"] = split_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "RefundRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("RefundRequest", d, _FIELDS)
        try:
            merchant_order_reference = d["merchant_order_reference"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        order_amount = d.get("order_amount", UNSET)
        if order_amount is not UNSET:
            try:
                order_amount = Amount.from_dict(order_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("order_amount") from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        products = d.get("products", UNSET)
        if products is not UNSET:
            if not isinstance(products, list):
                raise wrong_type("products", "a JSON array", products)
            products_read: list[RefundProduct] = []
            for products_item in products:
                try:
                    products_item = RefundProduct.from_dict(products_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("products", len(products_read)) from None
                products_read.append(products_item)
            products = products_read

        split_info = d.get("split_info", UNSET)
        if split_info is not UNSET:
            try:
                split_info = RefundSplitInfoRequest.from_dict(split_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("split_info") from None

        refund_request = cls(
            merchant_order_reference,
            order_amount,
            merchant_metadata,
            products,
            split_info,
        )
        return refund_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.refund_product import RefundProductParams
    from ..models.refund_split_info_request import RefundSplitInfoRequestParams


class RefundRequestParams(TypedDict, total=False):
    """``RefundRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_order_reference: Required[str]
    order_amount: AmountParams | Amount | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset
    products: Sequence[RefundProductParams | RefundProduct] | Unset
    split_info: RefundSplitInfoRequestParams | RefundSplitInfoRequest | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
from ..models.refund_product import RefundProduct  # noqa: E402
from ..models.refund_split_info_request import RefundSplitInfoRequest  # noqa: E402
