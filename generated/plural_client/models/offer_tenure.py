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
from ..types import UNSET, Unset, as_float, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.convenience_fee_breakdown import ConvenienceFeeBreakdown
    from ..models.money import Money
    from ..models.offer_discount import OfferDiscount
    from ..models.offer_downpayment import OfferDownpayment
    from ..models.offer_parameter import OfferParameter
    from ..models.offer_processing_fee import OfferProcessingFee
    from ..models.offer_tenure_product import OfferTenureProduct


T = TypeVar("T", bound="OfferTenure")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferTenure must be a JSON object")
        d = dict(src_dict)
        tenure_id = d.pop("tenure_id", UNSET)

        name = d.pop("name", UNSET)

        _tenure_type = d.pop("tenure_type", UNSET)
        tenure_type: OfferTenureTenureType | Unset
        if isinstance(_tenure_type, Unset):
            tenure_type = UNSET
        else:
            tenure_type = OfferTenureTenureType(_tenure_type)

        tenure_value = d.pop("tenure_value", UNSET)
        if tenure_value.__class__ is not int and tenure_value is not UNSET:
            tenure_value = as_int(tenure_value, "tenure_value", True)

        _issuer_offer_parameters = d.pop("issuer_offer_parameters", UNSET)
        issuer_offer_parameters: list[OfferParameter] | Unset = UNSET
        if _issuer_offer_parameters is not UNSET:
            if not isinstance(_issuer_offer_parameters, list):
                raise TypeError("issuer_offer_parameters must be a JSON array")
            issuer_offer_parameters = []
            for issuer_offer_parameters_item_data in _issuer_offer_parameters:
                try:
                    issuer_offer_parameters_item = OfferParameter.from_dict(
                        issuer_offer_parameters_item_data
                    )
                except RequestValidationError as _nested_error:
                    raise _nested_error.within(
                        "issuer_offer_parameters", len(issuer_offer_parameters)
                    ) from None

                issuer_offer_parameters.append(issuer_offer_parameters_item)

        _details = d.pop("details", UNSET)
        details: list[OfferTenureProduct] | Unset = UNSET
        if _details is not UNSET:
            if not isinstance(_details, list):
                raise TypeError("details must be a JSON array")
            details = []
            for details_item_data in _details:
                try:
                    details_item = OfferTenureProduct.from_dict(details_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("details", len(details)) from None

                details.append(details_item)

        try:
            _discount = d.pop("discount", UNSET)
            discount: OfferDiscount | Unset
            if isinstance(_discount, Unset):
                discount = UNSET
            else:
                discount = OfferDiscount.from_dict(_discount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("discount") from None

        try:
            _auth_amount = d.pop("auth_amount", UNSET)
            auth_amount: Money | Unset
            if isinstance(_auth_amount, Unset):
                auth_amount = UNSET
            else:
                auth_amount = Money.from_dict(_auth_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("auth_amount") from None

        try:
            _loan_amount = d.pop("loan_amount", UNSET)
            loan_amount: Money | Unset
            if isinstance(_loan_amount, Unset):
                loan_amount = UNSET
            else:
                loan_amount = Money.from_dict(_loan_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("loan_amount") from None

        try:
            _total_discount_amount = d.pop("total_discount_amount", UNSET)
            total_discount_amount: Money | Unset
            if isinstance(_total_discount_amount, Unset):
                total_discount_amount = UNSET
            else:
                total_discount_amount = Money.from_dict(_total_discount_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("total_discount_amount") from None

        try:
            _net_payment_amount = d.pop("net_payment_amount", UNSET)
            net_payment_amount: Money | Unset
            if isinstance(_net_payment_amount, Unset):
                net_payment_amount = UNSET
            else:
                net_payment_amount = Money.from_dict(_net_payment_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("net_payment_amount") from None

        try:
            _monthly_emi_amount = d.pop("monthly_emi_amount", UNSET)
            monthly_emi_amount: Money | Unset
            if isinstance(_monthly_emi_amount, Unset):
                monthly_emi_amount = UNSET
            else:
                monthly_emi_amount = Money.from_dict(_monthly_emi_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("monthly_emi_amount") from None

        try:
            _total_emi_amount = d.pop("total_emi_amount", UNSET)
            total_emi_amount: Money | Unset
            if isinstance(_total_emi_amount, Unset):
                total_emi_amount = UNSET
            else:
                total_emi_amount = Money.from_dict(_total_emi_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("total_emi_amount") from None

        try:
            _interest_amount = d.pop("interest_amount", UNSET)
            interest_amount: Money | Unset
            if isinstance(_interest_amount, Unset):
                interest_amount = UNSET
            else:
                interest_amount = Money.from_dict(_interest_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("interest_amount") from None

        try:
            _total_subvention_amount = d.pop("total_subvention_amount", UNSET)
            total_subvention_amount: Money | Unset
            if isinstance(_total_subvention_amount, Unset):
                total_subvention_amount = UNSET
            else:
                total_subvention_amount = Money.from_dict(_total_subvention_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("total_subvention_amount") from None

        split_emi_display_name = d.pop("split_emi_display_name", UNSET)

        try:
            _split_emi_amount = d.pop("split_emi_amount", UNSET)
            split_emi_amount: Money | Unset
            if isinstance(_split_emi_amount, Unset):
                split_emi_amount = UNSET
            else:
                split_emi_amount = Money.from_dict(_split_emi_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("split_emi_amount") from None

        split_emi_percentage = d.pop("split_emi_percentage", UNSET)
        if split_emi_percentage.__class__ is not float and split_emi_percentage is not UNSET:
            split_emi_percentage = as_float(split_emi_percentage, "split_emi_percentage", True)

        interest_rate_percentage = d.pop("interest_rate_percentage", UNSET)
        if (
            interest_rate_percentage.__class__ is not float
            and interest_rate_percentage is not UNSET
        ):
            interest_rate_percentage = as_float(
                interest_rate_percentage, "interest_rate_percentage", True
            )

        try:
            _processing_fee_details = d.pop("processing_fee_details", UNSET)
            processing_fee_details: OfferProcessingFee | Unset
            if isinstance(_processing_fee_details, Unset):
                processing_fee_details = UNSET
            else:
                processing_fee_details = OfferProcessingFee.from_dict(_processing_fee_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("processing_fee_details") from None

        try:
            _processing_fee_amount = d.pop("processing_fee_amount", UNSET)
            processing_fee_amount: Money | Unset
            if isinstance(_processing_fee_amount, Unset):
                processing_fee_amount = UNSET
            else:
                processing_fee_amount = Money.from_dict(_processing_fee_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("processing_fee_amount") from None

        try:
            _convenience_fee_breakdown = d.pop("convenience_fee_breakdown", UNSET)
            convenience_fee_breakdown: ConvenienceFeeBreakdown | Unset
            if isinstance(_convenience_fee_breakdown, Unset):
                convenience_fee_breakdown = UNSET
            else:
                convenience_fee_breakdown = ConvenienceFeeBreakdown.from_dict(
                    _convenience_fee_breakdown
                )
        except RequestValidationError as _nested_error:
            raise _nested_error.within("convenience_fee_breakdown") from None

        try:
            _cart_coupon_discount_amount = d.pop("cart_coupon_discount_amount", UNSET)
            cart_coupon_discount_amount: Money | Unset
            if isinstance(_cart_coupon_discount_amount, Unset):
                cart_coupon_discount_amount = UNSET
            else:
                cart_coupon_discount_amount = Money.from_dict(_cart_coupon_discount_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("cart_coupon_discount_amount") from None

        try:
            _total_coupon_discount = d.pop("total_coupon_discount", UNSET)
            total_coupon_discount: Money | Unset
            if isinstance(_total_coupon_discount, Unset):
                total_coupon_discount = UNSET
            else:
                total_coupon_discount = Money.from_dict(_total_coupon_discount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("total_coupon_discount") from None

        try:
            _total_down_payment_amount = d.pop("total_down_payment_amount", UNSET)
            total_down_payment_amount: Money | Unset
            if isinstance(_total_down_payment_amount, Unset):
                total_down_payment_amount = UNSET
            else:
                total_down_payment_amount = Money.from_dict(_total_down_payment_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("total_down_payment_amount") from None

        try:
            _downpayment_details = d.pop("downpayment_details", UNSET)
            downpayment_details: OfferDownpayment | Unset
            if isinstance(_downpayment_details, Unset):
                downpayment_details = UNSET
            else:
                downpayment_details = OfferDownpayment.from_dict(_downpayment_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("downpayment_details") from None

        _emi_type = d.pop("emi_type", UNSET)
        emi_type: OfferEmiType | Unset
        if isinstance(_emi_type, Unset):
            emi_type = UNSET
        else:
            emi_type = OfferEmiType(_emi_type)

        offer_tenure = cls(
            tenure_id=tenure_id,
            name=name,
            tenure_type=tenure_type,
            tenure_value=tenure_value,
            issuer_offer_parameters=issuer_offer_parameters,
            details=details,
            discount=discount,
            auth_amount=auth_amount,
            loan_amount=loan_amount,
            total_discount_amount=total_discount_amount,
            net_payment_amount=net_payment_amount,
            monthly_emi_amount=monthly_emi_amount,
            total_emi_amount=total_emi_amount,
            interest_amount=interest_amount,
            total_subvention_amount=total_subvention_amount,
            split_emi_display_name=split_emi_display_name,
            split_emi_amount=split_emi_amount,
            split_emi_percentage=split_emi_percentage,
            interest_rate_percentage=interest_rate_percentage,
            processing_fee_details=processing_fee_details,
            processing_fee_amount=processing_fee_amount,
            convenience_fee_breakdown=convenience_fee_breakdown,
            cart_coupon_discount_amount=cart_coupon_discount_amount,
            total_coupon_discount=total_coupon_discount,
            total_down_payment_amount=total_down_payment_amount,
            downpayment_details=downpayment_details,
            emi_type=emi_type,
        )

        offer_tenure.additional_properties = d
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
