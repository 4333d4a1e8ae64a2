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
from ..models.offer_payment_method import OfferPaymentMethod
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.offer_customer_details import OfferCustomerDetails
    from ..models.offer_payment_option import OfferPaymentOption
    from ..models.payment_offer_data import PaymentOfferData


T = TypeVar("T", bound="ValidateOfferRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "payment_method",
        "order_amount",
        "payment_amount",
        "payment_option",
        "offer_data",
        "customer_details",
    )
)
_OFFER_PAYMENT_METHOD_BY_VALUE = members_by_value(OfferPaymentMethod)


@_attrs_define
class ValidateOfferRequest:
    """The offer chosen and how it will be paid."""

    payment_method: OfferPaymentMethod
    """ The EMI payment method an offer is validated for. """
    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payment_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    payment_option: OfferPaymentOption
    """ Exactly one instrument paying the EMI. """
    offer_data: PaymentOfferData
    """ The EMI offer the customer chose, as offer discovery gave it; required for CREDIT_EMI, DEBIT_EMI and
    CARDLESS_EMI. """
    customer_details: OfferCustomerDetails | Unset = UNSET
    """ The Plural customer owning a saved card token. """

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method.value

        order_amount = self.order_amount.to_dict()

        payment_amount = self.payment_amount.to_dict()

        payment_option = self.payment_option.to_dict()

        offer_data = self.offer_data.to_dict()

        customer_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_details, Unset):
            customer_details = self.customer_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payment_method": payment_method,
                "order_amount": order_amount,
                "payment_amount": payment_amount,
                "payment_option": payment_option,
                "offer_data": offer_data,
            }
        )
        if customer_details is not UNSET:
            field_dict["customer_details"] = customer_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ValidateOfferRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("ValidateOfferRequest", d, _FIELDS)
        try:
            payment_method = d["payment_method"]
            order_amount = d["order_amount"]
            payment_amount = d["payment_amount"]
            payment_option = d["payment_option"]
            offer_data = d["offer_data"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        payment_method = (
            payment_method.__class__ is str and _OFFER_PAYMENT_METHOD_BY_VALUE.get(payment_method)
        ) or as_enum(OfferPaymentMethod, payment_method, "payment_method")

        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        try:
            payment_amount = Amount.from_dict(payment_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("payment_amount") from None

        try:
            payment_option = OfferPaymentOption.from_dict(payment_option)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("payment_option") from None

        try:
            offer_data = PaymentOfferData.from_dict(offer_data)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("offer_data") from None

        customer_details = d.get("customer_details", UNSET)
        if customer_details is not UNSET:
            try:
                customer_details = OfferCustomerDetails.from_dict(customer_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("customer_details") from None

        validate_offer_request = cls(
            payment_method,
            order_amount,
            payment_amount,
            payment_option,
            offer_data,
            customer_details,
        )
        return validate_offer_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.offer_customer_details import OfferCustomerDetailsParams
    from ..models.offer_payment_method import OfferPaymentMethodValue
    from ..models.offer_payment_option import OfferPaymentOptionParams
    from ..models.payment_offer_data import PaymentOfferDataParams


class ValidateOfferRequestParams(TypedDict, total=False):
    """``ValidateOfferRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payment_method: Required[OfferPaymentMethodValue | OfferPaymentMethod]
    order_amount: Required[AmountParams | Amount]
    payment_amount: Required[AmountParams | Amount]
    payment_option: Required[OfferPaymentOptionParams | OfferPaymentOption]
    offer_data: Required[PaymentOfferDataParams | PaymentOfferData]
    customer_details: OfferCustomerDetailsParams | OfferCustomerDetails | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.offer_customer_details import OfferCustomerDetails  # noqa: E402
from ..models.offer_payment_option import OfferPaymentOption  # noqa: E402
from ..models.payment_offer_data import PaymentOfferData  # noqa: E402
