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
from ..models.offer_emi_type import OfferEmiType
from ..models.offer_tenure_tenure_type import OfferTenureTenureType
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_float,
    as_int,
    as_object,
    extras_repr,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown
    from ..models.money import Money
    from ..models.offer_discount import OfferDiscount
    from ..models.offer_downpayment import OfferDownpayment
    from ..models.offer_parameter import OfferParameter
    from ..models.offer_processing_fee import OfferProcessingFee
    from ..models.offer_tenure_product import OfferTenureProduct


T = TypeVar("T", bound="OfferTenure")

_FIELDS: frozenset[str] = frozenset(
    (
        "tenure_id",
        "name",
        "tenure_type",
        "tenure_value",
        "issuer_offer_parameters",
        "details",
        "discount",
        "auth_amount",
        "loan_amount",
        "total_discount_amount",
        "net_payment_amount",
        "monthly_emi_amount",
        "total_emi_amount",
        "interest_amount",
        "total_subvention_amount",
        "split_emi_display_name",
        "split_emi_amount",
        "split_emi_percentage",
        "interest_rate_percentage",
        "processing_fee_details",
        "processing_fee_amount",
        "convenience_fee_breakdown",
        "cart_coupon_discount_amount",
        "total_coupon_discount",
        "total_down_payment_amount",
        "downpayment_details",
        "emi_type",
    )
)
_OFFER_TENURE_TENURE_TYPE_BY_VALUE = members_by_value(OfferTenureTenureType)
_OFFER_EMI_TYPE_BY_VALUE = members_by_value(OfferEmiType)


@_attrs_define
class OfferTenure:
    """One EMI tenure an issuer offers, with its amounts. Answered by offer
    discovery and sent back unchanged in `offer_data` (validate_offer,
    create_payment), so it stays open to the fields Plural adds.

    """

    tenure_id: str | Unset = UNSET
    """ Plural's id of the tenure. """
    name: str | Unset = UNSET
    """ The tenure's name. """
    tenure_type: OfferTenureTenureType | Unset = UNSET
    """ Unit of the tenure. """
    tenure_value: int | Unset = UNSET
    """ Length of the tenure in tenure_type units (0 for an offer without EMI). """
    issuer_offer_parameters: list[OfferParameter] | Unset = UNSET
    """ The offer schemes of this tenure. """
    details: list[OfferTenureProduct] | Unset = UNSET
    """ Per-product breakdown (brand EMI and split EMI). """
    discount: OfferDiscount | Unset = UNSET
    """ A discount of a tenure or a product, instant or deferred (cashback). """
    auth_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    loan_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    total_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    net_payment_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    monthly_emi_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    total_emi_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    interest_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    total_subvention_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    split_emi_display_name: str | Unset = UNSET
    """ The brand's name for a split EMI, when it gives one. """
    split_emi_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    split_emi_percentage: float | Unset = UNSET
    """ Interest rate of the split in percent. """
    interest_rate_percentage: float | Unset = UNSET
    """ Interest rate of the tenure in percent a year. """
    processing_fee_details: OfferProcessingFee | Unset = UNSET
    """ The issuer's loan processing fee. """
    processing_fee_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    convenience_fee_breakdown: ConvenienceFeeBreakdown | Unset = UNSET
    """ How a convenience fee is made up. Answered by calculate_convenience_fee
    and offer discovery, and sent back in create_challan, so it stays open.
     """
    cart_coupon_discount_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    total_coupon_discount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    total_down_payment_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    downpayment_details: OfferDownpayment | Unset = UNSET
    """ The down payment part of an EMI with down payment. """
    emi_type: OfferEmiType | Unset = UNSET
    """ Who bears the interest: NO_COST (all subvented), LOW_COST (part) or STANDARD (the customer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        tenure_id = self.tenure_id

        name = self.name

        tenure_type: str | Unset = UNSET
        if not isinstance(self.tenure_type, Unset):
            tenure_type = self.tenure_type.value

        tenure_value = self.tenure_value

        issuer_offer_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issuer_offer_parameters, Unset):
            issuer_offer_parameters = []
            for issuer_offer_parameters_item_data in self.issuer_offer_parameters:
                issuer_offer_parameters_item = issuer_offer_parameters_item_data.to_dict()
                issuer_offer_parameters.append(issuer_offer_parameters_item)

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        auth_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_amount, Unset):
            auth_amount = self.auth_amount.to_dict()

        loan_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loan_amount, Unset):
            loan_amount = self.loan_amount.to_dict()

        total_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_discount_amount, Unset):
            total_discount_amount = self.total_discount_amount.to_dict()

        net_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_payment_amount, Unset):
            net_payment_amount = self.net_payment_amount.to_dict()

        monthly_emi_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_emi_amount, Unset):
            monthly_emi_amount = self.monthly_emi_amount.to_dict()

        total_emi_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_emi_amount, Unset):
            total_emi_amount = self.total_emi_amount.to_dict()

        interest_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_amount, Unset):
            interest_amount = self.interest_amount.to_dict()

        total_subvention_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_subvention_amount, Unset):
            total_subvention_amount = self.total_subvention_amount.to_dict()

        split_emi_display_name = self.split_emi_display_name

        split_emi_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_emi_amount, Unset):
            split_emi_amount = self.split_emi_amount.to_dict()

        split_emi_percentage = self.split_emi_percentage

        interest_rate_percentage = self.interest_rate_percentage

        processing_fee_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_fee_details, Unset):
            processing_fee_details = self.processing_fee_details.to_dict()

        processing_fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_fee_amount, Unset):
            processing_fee_amount = self.processing_fee_amount.to_dict()

        convenience_fee_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.convenience_fee_breakdown, Unset):
            convenience_fee_breakdown = self.convenience_fee_breakdown.to_dict()

        cart_coupon_discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_coupon_discount_amount, Unset):
            cart_coupon_discount_amount = self.cart_coupon_discount_amount.to_dict()

        total_coupon_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_coupon_discount, Unset):
            total_coupon_discount = self.total_coupon_discount.to_dict()

        total_down_payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_down_payment_amount, Unset):
            total_down_payment_amount = self.total_down_payment_amount.to_dict()

        downpayment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downpayment_details, Unset):
            downpayment_details = self.downpayment_details.to_dict()

        emi_type: str | Unset = UNSET
        if not isinstance(self.emi_type, Unset):
            emi_type = self.emi_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenure_id is not UNSET:
            field_dict["tenure_id"] = tenure_id
        if name is not UNSET:
            field_dict["name"] = name
        if tenure_type is not UNSET:
            field_dict["tenure_type"] = tenure_type
        if tenure_value is not UNSET:
            field_dict["tenure_value"] = tenure_value
        if issuer_offer_parameters is not UNSET:
            field_dict["issuer_offer_parameters"] = issuer_offer_parameters
        if details is not UNSET:
            field_dict["details"] = details
        if discount is not UNSET:
            field_dict["discount"] = discount
        if auth_amount is not UNSET:
            field_dict["auth_amount"] = auth_amount
        if loan_amount is not UNSET:
            field_dict["loan_amount"] = loan_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if net_payment_amount is not UNSET:
            field_dict["net_payment_amount"] = net_payment_amount
        if monthly_emi_amount is not UNSET:
            field_dict["monthly_emi_amount"] = monthly_emi_amount
        if total_emi_amount is not UNSET:
            field_dict["total_emi_amount"] = total_emi_amount
        if interest_amount is not UNSET:
            field_dict["interest_amount"] = interest_amount
        if total_subvention_amount is not UNSET:
            field_dict["total_subvention_amount"] = total_subvention_amount
        if split_emi_display_name is not UNSET:
            field_dict["split_emi_display_name"] = split_emi_display_name
        if split_emi_amount is not UNSET:
            field_dict["split_emi_amount"] = split_emi_amount
        if split_emi_percentage is not UNSET:
            field_dict["split_emi_percentage"] = split_emi_percentage
        if interest_rate_percentage is not UNSET:
            field_dict["interest_rate_percentage"] = interest_rate_percentage
        if processing_fee_details is not UNSET:
            field_dict["processing_fee_details"] = processing_fee_details
        if processing_fee_amount is not UNSET:
            field_dict["processing_fee_amount"] = processing_fee_amount
        if convenience_fee_breakdown is not UNSET:
            field_dict["convenience_fee_breakdown"] = convenience_fee_breakdown
        if cart_coupon_discount_amount is not UNSET:
            field_dict["cart_coupon_discount_amount"] = cart_coupon_discount_amount
        if total_coupon_discount is not UNSET:
            field_dict["total_coupon_discount"] = total_coupon_discount
        if total_down_payment_amount is not UNSET:
            field_dict["total_down_payment_amount"] = total_down_payment_amount
        if downpayment_details is not UNSET:
            field_dict["downpayment_details"] = downpayment_details
        if emi_type is not UNSET:
            field_dict["emi_type"] = emi_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferTenure")
        found = 0
        tenure_id = d.get("tenure_id", UNSET)
        if tenure_id is not UNSET:
            found += 1

        name = d.get("name", UNSET)
        if name is not UNSET:
            found += 1

        tenure_type = d.get("tenure_type", UNSET)
        if tenure_type is not UNSET:
            found += 1
            tenure_type = (
                tenure_type.__class__ is str and _OFFER_TENURE_TENURE_TYPE_BY_VALUE.get(tenure_type)
            ) or as_enum(OfferTenureTenureType, tenure_type, "tenure_type")

        tenure_value = d.get("tenure_value", UNSET)
        if tenure_value is not UNSET:
            found += 1
            if tenure_value.__class__ is not int:
                tenure_value = as_int(tenure_value, "tenure_value", True)

        issuer_offer_parameters = d.get("issuer_offer_parameters", UNSET)
        if issuer_offer_parameters is not UNSET:
            found += 1
            if not isinstance(issuer_offer_parameters, list):
                raise wrong_type("issuer_offer_parameters", "a JSON array", issuer_offer_parameters)
            issuer_offer_parameters_read: list[OfferParameter] = []
            for issuer_offer_parameters_item in issuer_offer_parameters:
                try:
                    issuer_offer_parameters_item = OfferParameter.from_dict(
                        issuer_offer_parameters_item
                    )
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "issuer_offer_parameters", len(issuer_offer_parameters_read)
                    ) from None
                issuer_offer_parameters_read.append(issuer_offer_parameters_item)
            issuer_offer_parameters = issuer_offer_parameters_read

        details = d.get("details", UNSET)
        if details is not UNSET:
            found += 1
            if not isinstance(details, list):
                raise wrong_type("details", "a JSON array", details)
            details_read: list[OfferTenureProduct] = []
            for details_item in details:
                try:
                    details_item = OfferTenureProduct.from_dict(details_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("details", len(details_read)) from None
                details_read.append(details_item)
            details = details_read

        discount = d.get("discount", UNSET)
        if discount is not UNSET:
            found += 1
            try:
                discount = OfferDiscount.from_dict(discount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("discount") from None

        auth_amount = d.get("auth_amount", UNSET)
        if auth_amount is not UNSET:
            found += 1
            try:
                auth_amount = Money.from_dict(auth_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("auth_amount") from None

        loan_amount = d.get("loan_amount", UNSET)
        if loan_amount is not UNSET:
            found += 1
            try:
                loan_amount = Money.from_dict(loan_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("loan_amount") from None

        total_discount_amount = d.get("total_discount_amount", UNSET)
        if total_discount_amount is not UNSET:
            found += 1
            try:
                total_discount_amount = Money.from_dict(total_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("total_discount_amount") from None

        net_payment_amount = d.get("net_payment_amount", UNSET)
        if net_payment_amount is not UNSET:
            found += 1
            try:
                net_payment_amount = Money.from_dict(net_payment_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("net_payment_amount") from None

        monthly_emi_amount = d.get("monthly_emi_amount", UNSET)
        if monthly_emi_amount is not UNSET:
            found += 1
            try:
                monthly_emi_amount = Money.from_dict(monthly_emi_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("monthly_emi_amount") from None

        total_emi_amount = d.get("total_emi_amount", UNSET)
        if total_emi_amount is not UNSET:
            found += 1
            try:
                total_emi_amount = Money.from_dict(total_emi_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("total_emi_amount") from None

        interest_amount = d.get("interest_amount", UNSET)
        if interest_amount is not UNSET:
            found += 1
            try:
                interest_amount = Money.from_dict(interest_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("interest_amount") from None

        total_subvention_amount = d.get("total_subvention_amount", UNSET)
        if total_subvention_amount is not UNSET:
            found += 1
            try:
                total_subvention_amount = Money.from_dict(total_subvention_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("total_subvention_amount") from None

        split_emi_display_name = d.get("split_emi_display_name", UNSET)
        if split_emi_display_name is not UNSET:
            found += 1

        split_emi_amount = d.get("split_emi_amount", UNSET)
        if split_emi_amount is not UNSET:
            found += 1
            try:
                split_emi_amount = Money.from_dict(split_emi_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("split_emi_amount") from None

        split_emi_percentage = d.get("split_emi_percentage", UNSET)
        if split_emi_percentage is not UNSET:
            found += 1
            if split_emi_percentage.__class__ is not float:
                split_emi_percentage = as_float(split_emi_percentage, "split_emi_percentage", True)

        interest_rate_percentage = d.get("interest_rate_percentage", UNSET)
        if interest_rate_percentage is not UNSET:
            found += 1
            if interest_rate_percentage.__class__ is not float:
                interest_rate_percentage = as_float(
                    interest_rate_percentage, "interest_rate_percentage", True
                )

        processing_fee_details = d.get("processing_fee_details", UNSET)
        if processing_fee_details is not UNSET:
            found += 1
            try:
                processing_fee_details = OfferProcessingFee.from_dict(processing_fee_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("processing_fee_details") from None

        processing_fee_amount = d.get("processing_fee_amount", UNSET)
        if processing_fee_amount is not UNSET:
            found += 1
            try:
                processing_fee_amount = Money.from_dict(processing_fee_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("processing_fee_amount") from None

        convenience_fee_breakdown = d.get("convenience_fee_breakdown", UNSET)
        if convenience_fee_breakdown is not UNSET:
            found += 1
            try:
                convenience_fee_breakdown = ConvenienceFeeBreakdown.from_dict(
                    convenience_fee_breakdown
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("convenience_fee_breakdown") from None

        cart_coupon_discount_amount = d.get("cart_coupon_discount_amount", UNSET)
        if cart_coupon_discount_amount is not UNSET:
            found += 1
            try:
                cart_coupon_discount_amount = Money.from_dict(cart_coupon_discount_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cart_coupon_discount_amount") from None

        total_coupon_discount = d.get("total_coupon_discount", UNSET)
        if total_coupon_discount is not UNSET:
            found += 1
            try:
                total_coupon_discount = Money.from_dict(total_coupon_discount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("total_coupon_discount") from None

        total_down_payment_amount = d.get("total_down_payment_amount", UNSET)
        if total_down_payment_amount is not UNSET:
            found += 1
            try:
                total_down_payment_amount = Money.from_dict(total_down_payment_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("total_down_payment_amount") from None

        downpayment_details = d.get("downpayment_details", UNSET)
        if downpayment_details is not UNSET:
            found += 1
            try:
                downpayment_details = OfferDownpayment.from_dict(downpayment_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("downpayment_details") from None

        emi_type = d.get("emi_type", UNSET)
        if emi_type is not UNSET:
            found += 1
            emi_type = (
                emi_type.__class__ is str and _OFFER_EMI_TYPE_BY_VALUE.get(emi_type)
            ) or as_enum(OfferEmiType, emi_type, "emi_type")

        offer_tenure = cls(
            tenure_id,
            name,
            tenure_type,
            tenure_value,
            issuer_offer_parameters,
            details,
            discount,
            auth_amount,
            loan_amount,
            total_discount_amount,
            net_payment_amount,
            monthly_emi_amount,
            total_emi_amount,
            interest_amount,
            total_subvention_amount,
            split_emi_display_name,
            split_emi_amount,
            split_emi_percentage,
            interest_rate_percentage,
            processing_fee_details,
            processing_fee_amount,
            convenience_fee_breakdown,
            cart_coupon_discount_amount,
            total_coupon_discount,
            total_down_payment_amount,
            downpayment_details,
            emi_type,
        )
        if found < len(d):
            offer_tenure.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_tenure

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
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdownParams
    from ..models.money import MoneyParams
    from ..models.offer_discount import OfferDiscountParams
    from ..models.offer_downpayment import OfferDownpaymentParams
    from ..models.offer_emi_type import OfferEmiTypeValue
    from ..models.offer_parameter import OfferParameterParams
    from ..models.offer_processing_fee import OfferProcessingFeeParams
    from ..models.offer_tenure_product import OfferTenureProductParams
    from ..models.offer_tenure_tenure_type import OfferTenureTenureTypeValue


class OfferTenureParams(TypedDict, total=False):
    """``OfferTenure`` as a dict, for the resource methods: mypy checks its keys and types."""

    tenure_id: str | Unset
    name: str | Unset
    tenure_type: OfferTenureTenureTypeValue | OfferTenureTenureType | Unset
    tenure_value: int | Unset
    issuer_offer_parameters: Sequence[OfferParameterParams | OfferParameter] | Unset
    details: Sequence[OfferTenureProductParams | OfferTenureProduct] | Unset
    discount: OfferDiscountParams | OfferDiscount | Unset
    auth_amount: MoneyParams | Money | Unset
    loan_amount: MoneyParams | Money | Unset
    total_discount_amount: MoneyParams | Money | Unset
    net_payment_amount: MoneyParams | Money | Unset
    monthly_emi_amount: MoneyParams | Money | Unset
    total_emi_amount: MoneyParams | Money | Unset
    interest_amount: MoneyParams | Money | Unset
    total_subvention_amount: MoneyParams | Money | Unset
    split_emi_display_name: str | Unset
    split_emi_amount: MoneyParams | Money | Unset
    split_emi_percentage: float | Unset
    interest_rate_percentage: float | Unset
    processing_fee_details: OfferProcessingFeeParams | OfferProcessingFee | Unset
    processing_fee_amount: MoneyParams | Money | Unset
    convenience_fee_breakdown: ConvenienceFeeBreakdownParams | ConvenienceFeeBreakdown | Unset
    cart_coupon_discount_amount: MoneyParams | Money | Unset
    total_coupon_discount: MoneyParams | Money | Unset
    total_down_payment_amount: MoneyParams | Money | Unset
    downpayment_details: OfferDownpaymentParams | OfferDownpayment | Unset
    emi_type: OfferEmiTypeValue | OfferEmiType | Unset


from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.offer_discount import OfferDiscount  # noqa: E402
from ..models.offer_downpayment import OfferDownpayment  # noqa: E402
from ..models.offer_parameter import OfferParameter  # noqa: E402
from ..models.offer_processing_fee import OfferProcessingFee  # noqa: E402
from ..models.offer_tenure_product import OfferTenureProduct  # noqa: E402
