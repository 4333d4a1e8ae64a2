from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PaymentLinkProduct")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "product_amount",
        "product_coupon_discount_amount",
    )
)


@_attrs_define
class PaymentLinkProduct:
    """A product the payment link is for."""

    product_code: str | Unset = UNSET
    """ The merchant's product code. """
    product_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    product_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        product_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_amount, Unset):
            product_amount = self.product_amount.to_dict()

        product_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_coupon_discount_amount, Unset):
            product_coupon_discount_amount = self.product_coupon_discount_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if product_coupon_discount_amount is not UNSET:
            field_dict["product_coupon_discount_amount"] = product_coupon_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentLinkProduct")
        found = 0
        product_code = d.get("product_code", UNSET)
        if product_code is not UNSET:
            found += 1

        product_amount = d.get("product_amount", UNSET)
        if product_amount is not UNSET:
            found += 1
            try:
                product_amount = Money.from_dict(product_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("product_amount") from None

        product_coupon_discount_amount = d.get("product_coupon_discount_amount", UNSET)
        if product_coupon_discount_amount is not UNSET:
            found += 1
            try:
                product_coupon_discount_amount = Money.from_dict(product_coupon_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("product_coupon_discount_amount") from None

        payment_link_product = cls(
            product_code,
            product_amount,
            product_coupon_discount_amount,
        )
        if found < len(d):
            payment_link_product.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payment_link_product

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


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class PaymentLinkProductParams(TypedDict, total=False):
    """``PaymentLinkProduct`` as a dict, for the resource methods: mypy checks its keys and types."""

    product_code: str | Unset
    product_amount: MoneyParams | Money | Unset
    product_coupon_discount_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
