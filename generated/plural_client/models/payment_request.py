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
from ..models.payment_method import PaymentMethod
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
    from ..models.payment_device_info import PaymentDeviceInfo
    from ..models.payment_mandate_info import PaymentMandateInfo
    from ..models.payment_offer_data import PaymentOfferData
    from ..models.payment_option import PaymentOption


T = TypeVar("T", bound="PaymentRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_payment_reference",
        "payment_method",
        "payment_amount",
        "payment_option",
        "device_info",
        "offer_data",
        "mandate_info",
    )
)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


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
    payment_option: PaymentOption | Unset = UNSET
    """ Exactly one payment instrument, the one payment_method calls for. """
    device_info: PaymentDeviceInfo | Unset = UNSET
    """ The customer's device; required by some BNPL providers (SIMPL). """
    offer_data: PaymentOfferData | Unset = UNSET
    """ The EMI offer the customer chose, as offer discovery gave it; required for CREDIT_EMI, DEBIT_EMI and
    CARDLESS_EMI. """
    mandate_info: PaymentMandateInfo | Unset = UNSET
    """ Asks for a UPI AutoPay mandate with this payment (subscriptions). """

    def to_dict(self) -> dict[str, Any]:
        merchant_payment_reference = self.merchant_payment_reference

        payment_method = self.payment_method.value

        payment_amount = self.payment_amount.to_dict()

        payment_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_option, Unset):
            payment_option = self.payment_option.to_dict()

        device_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_info, Unset):
            device_info = self.device_info.to_dict()

        offer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_data, Unset):
            offer_data = self.offer_data.to_dict()

        mandate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_info, Unset):
            mandate_info = self.mandate_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_payment_reference": merchant_payment_reference,
                "payment_method": payment_method,
                "payment_amount": payment_amount,
            }
        )
        if payment_option is not UNSET:
            field_dict["payment_option"] = payment_option
        if device_info is not UNSET:
            field_dict["device_info"] = device_info
        if offer_data is not UNSET:
            field_dict["offer_data"] = offer_data
        if mandate_info is not UNSET:
            field_dict["mandate_info"] = mandate_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentRequest", d, _FIELDS)
        try:
            merchant_payment_reference = d["merchant_payment_reference"]
            payment_method = d["payment_method"]
            payment_amount = d["payment_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        payment_method = (
            payment_method.__class__ is str and _PAYMENT_METHOD_BY_VALUE.get(payment_method)
        ) or as_enum(PaymentMethod, payment_method, "payment_method")

        try:
            payment_amount = Amount.from_dict(payment_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("payment_amount") from None

        payment_option = d.get("payment_option", UNSET)
        if payment_option is not UNSET:
            try:
                payment_option = PaymentOption.from_dict(payment_option)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment_option") from None

        device_info = d.get("device_info", UNSET)
        if device_info is not UNSET:
            try:
                device_info = PaymentDeviceInfo.from_dict(device_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("device_info") from None

        offer_data = d.get("offer_data", UNSET)
        if offer_data is not UNSET:
            try:
                offer_data = PaymentOfferData.from_dict(offer_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("offer_data") from None

        mandate_info = d.get("mandate_info", UNSET)
        if mandate_info is not UNSET:
            try:
                mandate_info = PaymentMandateInfo.from_dict(mandate_info)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("mandate_info") from None

        payment_request = cls(
            merchant_payment_reference,
            payment_method,
            payment_amount,
            payment_option,
            device_info,
            offer_data,
            mandate_info,
        )
        return payment_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.payment_device_info import PaymentDeviceInfoParams
    from ..models.payment_mandate_info import PaymentMandateInfoParams
    from ..models.payment_method import PaymentMethodValue
    from ..models.payment_offer_data import PaymentOfferDataParams
    from ..models.payment_option import PaymentOptionParams


class PaymentRequestParams(TypedDict, total=False):
    """``PaymentRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_payment_reference: Required[str]
    payment_method: Required[PaymentMethodValue | PaymentMethod]
    payment_amount: Required[AmountParams | Amount]
    payment_option: PaymentOptionParams | PaymentOption | Unset
    device_info: PaymentDeviceInfoParams | PaymentDeviceInfo | Unset
    offer_data: PaymentOfferDataParams | PaymentOfferData | Unset
    mandate_info: PaymentMandateInfoParams | PaymentMandateInfo | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.payment_device_info import PaymentDeviceInfo  # noqa: E402
from ..models.payment_mandate_info import PaymentMandateInfo  # noqa: E402
from ..models.payment_offer_data import PaymentOfferData  # noqa: E402
from ..models.payment_option import PaymentOption  # noqa: E402
