from __future__ import annotations

from collections.abc import Mapping
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
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OfferDiscoveryProduct")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "product_amount",
        "product_coupon_discount_amount",
    )
)


@_attrs_define
class OfferDiscoveryProduct:
    """A cart product for brand EMI discovery."""

    product_code: str
    """ The merchant's product code (SKU) configured for brand EMI. """
    product_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    product_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        product_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_amount, Unset):
            product_amount = self.product_amount.to_dict()

        product_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_coupon_discount_amount, Unset):
            product_coupon_discount_amount = self.product_coupon_discount_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_code": product_code,
            }
        )
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if product_coupon_discount_amount is not UNSET:
            field_dict["product_coupon_discount_amount"] = product_coupon_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferDiscoveryProduct")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryProduct", d, _FIELDS)
        try:
            product_code = d["product_code"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        product_amount = d.get("product_amount", UNSET)
        if product_amount is not UNSET:
            try:
                product_amount = Money.from_dict(product_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("product_amount") from None

        product_coupon_discount_amount = d.get("product_coupon_discount_amount", UNSET)
        if product_coupon_discount_amount is not UNSET:
            try:
                product_coupon_discount_amount = Money.from_dict(product_coupon_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("product_coupon_discount_amount") from None

        offer_discovery_product = cls(
            product_code,
            product_amount,
            product_coupon_discount_amount,
        )
        return offer_discovery_product


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class OfferDiscoveryProductParams(TypedDict, total=False):
    """``OfferDiscoveryProduct`` as a dict, for the resource methods: mypy checks its keys and types."""

    product_code: Required[str]
    product_amount: MoneyParams | Money | Unset
    product_coupon_discount_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
