from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="RefundRequest")


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

    def to_dict(self) -> dict[str, Any]:
        merchant_order_reference = self.merchant_order_reference

        order_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_amount, Unset):
            order_amount = self.order_amount.to_dict()

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("RefundRequest must be a JSON object")
        d = dict(src_dict)
        for required in ("merchant_order_reference",):
            if required not in d:
                raise ValueError(f"RefundRequest.{required} is required")
        merchant_order_reference = d.pop("merchant_order_reference")

        _order_amount = d.pop("order_amount", UNSET)
        order_amount: Amount | Unset
        if isinstance(_order_amount, Unset):
            order_amount = UNSET
        else:
            order_amount = Amount.from_dict(_order_amount)

        _merchant_metadata = d.pop("merchant_metadata", UNSET)
        merchant_metadata: MerchantMetadata | Unset
        if isinstance(_merchant_metadata, Unset):
            merchant_metadata = UNSET
        else:
            merchant_metadata = MerchantMetadata.from_dict(_merchant_metadata)

        refund_request = cls(
            merchant_order_reference=merchant_order_reference,
            order_amount=order_amount,
            merchant_metadata=merchant_metadata,
        )

        return refund_request


from ..models.amount import Amount  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
