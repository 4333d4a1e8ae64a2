from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
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


T = TypeVar("T", bound="OfferProduct")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "product_amount",
        "product_name",
        "product_quantity",
    )
)


@_attrs_define
class OfferProduct:
    """A cart product for cardless or down payment offers."""

    product_code: str | Unset = UNSET
    """ The merchant's product code (SKU). """
    product_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    product_name: str | Unset = UNSET
    """ The product's name. """
    product_quantity: int | Unset = UNSET
    """ How many of the product. """

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        product_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_amount, Unset):
            product_amount = self.product_amount.to_dict()

        product_name = self.product_name

        product_quantity = self.product_quantity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if product_quantity is not UNSET:
            field_dict["product_quantity"] = product_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferProduct")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferProduct", d, _FIELDS)
        product_code = d.get("product_code", UNSET)

        product_amount = d.get("product_amount", UNSET)
        if product_amount is not UNSET:
            try:
                product_amount = Money.from_dict(product_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("product_amount") from None

        product_name = d.get("product_name", UNSET)

        product_quantity = d.get("product_quantity", UNSET)

        offer_product = cls(
            product_code,
            product_amount,
            product_name,
            product_quantity,
        )
        return offer_product


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class OfferProductParams(TypedDict, total=False):
    """``OfferProduct`` as a dict, for the resource methods: mypy checks its keys and types."""

    product_code: str | Unset
    product_amount: MoneyParams | Money | Unset
    product_name: str | Unset
    product_quantity: int | Unset


from ..models.money import Money  # noqa: E402
