from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    as_float,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.offer_discount import OfferDiscount
    from ..models.offer_parameter import OfferParameter
    from ..models.offer_subvention import OfferSubvention


T = TypeVar("T", bound="OfferTenureProduct")

_FIELDS: frozenset[str] = frozenset(
    (
        "product_code",
        "product_display_name",
        "brand_id",
        "brand_name",
        "product_offer_parameters",
        "product_amount",
        "product_coupon_discount_amount",
        "subvention",
        "discount",
        "interest_amount",
        "interest_rate",
        "cart_coupon_discount_product_share",
        "downpayment_amount",
        "after_downpayment_reduced_product_amount",
        "bundle_id",
    )
)


@_attrs_define
class OfferTenureProduct:
    """One product's share of a tenure (brand EMI and split EMI)."""

    product_code: str | Unset = UNSET
    """ The merchant's product code (SKU). """
    product_display_name: str | Unset = UNSET
    """ The product's display name. """
    brand_id: str | Unset = UNSET
    """ Plural's id of the brand. """
    brand_name: str | Unset = UNSET
    """ The brand's name. """
    product_offer_parameters: list[OfferParameter] | Unset = UNSET
    """ The offer schemes applied to this product. """
    product_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    product_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    subvention: OfferSubvention | Unset = UNSET
    """ Interest the brand or merchant pays for the customer on a product (no cost / low cost EMI). """
    discount: OfferDiscount | Unset = UNSET
    """ A discount of a tenure or a product, instant or deferred (cashback). """
    interest_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    interest_rate: float | Unset = UNSET
    """ Interest rate on this product in percent a year. """
    cart_coupon_discount_product_share: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    downpayment_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    after_downpayment_reduced_product_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    bundle_id: str | Unset = UNSET
    """ Plural's id of the bundle offer, for SKUs sold as a bundle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code

        product_display_name = self.product_display_name

        brand_id = self.brand_id

        brand_name = self.brand_name

        product_offer_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_offer_parameters, Unset):
            product_offer_parameters = []
            for product_offer_parameters_item_data in self.product_offer_parameters:
                product_offer_parameters_item = product_offer_parameters_item_data.to_dict()
                product_offer_parameters.append(product_offer_parameters_item)

        product_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_amount, Unset):
            product_amount = self.product_amount.to_dict()

        product_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_coupon_discount_amount, Unset):
            product_coupon_discount_amount = self.product_coupon_discount_amount.to_dict()

        subvention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subvention, Unset):
            subvention = self.subvention.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        interest_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_amount, Unset):
            interest_amount = self.interest_amount.to_dict()

        interest_rate = self.interest_rate

        cart_coupon_discount_product_share: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_product_share, Unset):
            cart_coupon_discount_product_share = self.cart_coupon_discount_product_share.to_dict()

        downpayment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downpayment_amount, Unset):
            downpayment_amount = self.downpayment_amount.to_dict()

        after_downpayment_reduced_product_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_downpayment_reduced_product_amount, Unset):
            after_downpayment_reduced_product_amount = (
                self.after_downpayment_reduced_product_amount.to_dict()
            )

        bundle_id = self.bundle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if product_display_name is not UNSET:
            field_dict["product_display_name"] = product_display_name
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if product_offer_parameters is not UNSET:
            field_dict["product_offer_parameters"] = product_offer_parameters
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if product_coupon_discount_amount is not UNSET:
            field_dict["product_coupon_discount_amount"] = product_coupon_discount_amount
        if subvention is not UNSET:
            field_dict["subvention"] = subvention
        if discount is not UNSET:
            field_dict["discount"] = discount
        if interest_amount is not UNSET:
            field_dict["interest_amount"] = interest_amount
        if interest_rate is not UNSET:
            field_dict["interest_rate"] = interest_rate
        if cart_coupon_discount_product_share is not UNSET:
            field_dict["cart_coupon_discount_product_share"] = cart_coupon_discount_product_share
        if downpayment_amount is not UNSET:
            field_dict["downpayment_amount"] = downpayment_amount
        if after_downpayment_reduced_product_amount is not UNSET:
            field_dict["after_downpayment_reduced_product_amount"] = (
                after_downpayment_reduced_product_amount
            )
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferTenureProduct")
        found = 0
        product_code = d.get("product_code", UNSET)
        if product_code is not UNSET:
            found += 1

        product_display_name = d.get("product_display_name", UNSET)
        if product_display_name is not UNSET:
            found += 1

        brand_id = d.get("brand_id", UNSET)
        if brand_id is not UNSET:
            found += 1

        brand_name = d.get("brand_name", UNSET)
        if brand_name is not UNSET:
            found += 1

        product_offer_parameters = d.get("product_offer_parameters", UNSET)
        if product_offer_parameters is not UNSET:
            found += 1
            if not isinstance(product_offer_parameters, list):
                raise wrong_type(
                    "product_offer_parameters", "a JSON array", product_offer_parameters
                )
            product_offer_parameters_read: list[OfferParameter] = []
            for product_offer_parameters_item in product_offer_parameters:
                try:
                    product_offer_parameters_item = OfferParameter.from_dict(
                        product_offer_parameters_item
                    )
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "product_offer_parameters", len(product_offer_parameters_read)
                    ) from None
                product_offer_parameters_read.append(product_offer_parameters_item)
            product_offer_parameters = product_offer_parameters_read

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

        subvention = d.get("subvention", UNSET)
        if subvention is not UNSET:
            found += 1
            try:
                subvention = OfferSubvention.from_dict(subvention)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("subvention") from None

        discount = d.get("discount", UNSET)
        if discount is not UNSET:
            found += 1
            try:
                discount = OfferDiscount.from_dict(discount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("discount") from None

        interest_amount = d.get("interest_amount", UNSET)
        if interest_amount is not UNSET:
            found += 1
            try:
                interest_amount = Money.from_dict(interest_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("interest_amount") from None

        interest_rate = d.get("interest_rate", UNSET)
        if interest_rate is not UNSET:
            found += 1
            if interest_rate.__class__ is not float:
                interest_rate = as_float(interest_rate, "interest_rate", True)

        cart_coupon_discount_product_share = d.get("cart_coupon_discount_product_share", UNSET)
        if cart_coupon_discount_product_share is not UNSET:
            found += 1
            try:
                cart_coupon_discount_product_share = Money.from_dict(
                    cart_coupon_discount_product_share
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_coupon_discount_product_share") from None

        downpayment_amount = d.get("downpayment_amount", UNSET)
        if downpayment_amount is not UNSET:
            found += 1
            try:
                downpayment_amount = Money.from_dict(downpayment_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("downpayment_amount") from None

        after_downpayment_reduced_product_amount = d.get(
            "after_downpayment_reduced_product_amount", UNSET
        )
        if after_downpayment_reduced_product_amount is not UNSET:
            found += 1
            try:
                after_downpayment_reduced_product_amount = Money.from_dict(
                    after_downpayment_reduced_product_amount
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("after_downpayment_reduced_product_amount") from None

        bundle_id = d.get("bundle_id", UNSET)
        if bundle_id is not UNSET:
            found += 1

        offer_tenure_product = cls(
            product_code,
            product_display_name,
            brand_id,
            brand_name,
            product_offer_parameters,
            product_amount,
            product_coupon_discount_amount,
            subvention,
            discount,
            interest_amount,
            interest_rate,
            cart_coupon_discount_product_share,
            downpayment_amount,
            after_downpayment_reduced_product_amount,
            bundle_id,
        )
        if found < len(d):
            offer_tenure_product.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_tenure_product

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
    from ..models.offer_discount import OfferDiscountParams
    from ..models.offer_parameter import OfferParameterParams
    from ..models.offer_subvention import OfferSubventionParams


class OfferTenureProductParams(TypedDict, total=False):
    """``OfferTenureProduct`` as a dict, for the resource methods: mypy checks its keys and types."""

    product_code: str | Unset
    product_display_name: str | Unset
    brand_id: str | Unset
    brand_name: str | Unset
    product_offer_parameters: Sequence[OfferParameterParams | OfferParameter] | Unset
    product_amount: MoneyParams | Money | Unset
    product_coupon_discount_amount: MoneyParams | Money | Unset
    subvention: OfferSubventionParams | OfferSubvention | Unset
    discount: OfferDiscountParams | OfferDiscount | Unset
    interest_amount: MoneyParams | Money | Unset
    interest_rate: float | Unset
    cart_coupon_discount_product_share: MoneyParams | Money | Unset
    downpayment_amount: MoneyParams | Money | Unset
    after_downpayment_reduced_product_amount: MoneyParams | Money | Unset
    bundle_id: str | Unset


from ..models.money import Money  # noqa: E402
from ..models.offer_discount import OfferDiscount  # noqa: E402
from ..models.offer_parameter import OfferParameter  # noqa: E402
from ..models.offer_subvention import OfferSubvention  # noqa: E402
