from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_method import PaymentMethod

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.payment_option import PaymentOption


T = TypeVar("T", bound="PaymentRequest")


@_attrs_define
class PaymentRequest:
    """One payment to create."""

    merchant_payment_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    payment_method: PaymentMethod
    """ A payment method an order allows or a payment uses. """
    payment_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payment_option: PaymentOption
    """ Exactly one of the payment instruments. """

    def to_dict(self) -> dict[str, Any]:
        merchant_payment_reference = self.merchant_payment_reference

        payment_method = self.payment_method.value

        payment_amount = self.payment_amount.to_dict()

        payment_option = self.payment_option.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_payment_reference": merchant_payment_reference,
                "payment_method": payment_method,
                "payment_amount": payment_amount,
                "payment_option": payment_option,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentRequest must be a JSON object")
        d = dict(src_dict)
        for required in (
            "merchant_payment_reference",
            "payment_method",
            "payment_amount",
            "payment_option",
        ):
            if required not in d:
                raise ValueError(f"PaymentRequest.{required} is required")
        merchant_payment_reference = d.pop("merchant_payment_reference")

        payment_method = PaymentMethod(d.pop("payment_method"))

        payment_amount = Amount.from_dict(d.pop("payment_amount"))

        payment_option = PaymentOption.from_dict(d.pop("payment_option"))

        payment_request = cls(
            merchant_payment_reference=merchant_payment_reference,
            payment_method=payment_method,
            payment_amount=payment_amount,
            payment_option=payment_option,
        )

        return payment_request


from ..models.amount import Amount  # noqa: E402
from ..models.payment_option import PaymentOption  # noqa: E402
