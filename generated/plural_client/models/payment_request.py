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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.payment_device_info import PaymentDeviceInfo
    from ..models.payment_mandate_info import PaymentMandateInfo
    from ..models.payment_offer_data import PaymentOfferData
    from ..models.payment_option import PaymentOption


T = TypeVar("T", bound="PaymentRequest")

_FIELDS = frozenset(
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentRequest", d, _FIELDS)
        for required in (
            "merchant_payment_reference",
            "payment_method",
            "payment_amount",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        merchant_payment_reference = d.pop("merchant_payment_reference")

        payment_method = PaymentMethod(d.pop("payment_method"))

        try:
            payment_amount = Amount.from_dict(d.pop("payment_amount"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment_amount") from None

        try:
            _payment_option = d.pop("payment_option", UNSET)
            payment_option: PaymentOption | Unset
            if isinstance(_payment_option, Unset):
                payment_option = UNSET
            else:
                payment_option = PaymentOption.from_dict(_payment_option)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment_option") from None

        try:
            _device_info = d.pop("device_info", UNSET)
            device_info: PaymentDeviceInfo | Unset
            if isinstance(_device_info, Unset):
                device_info = UNSET
            else:
                device_info = PaymentDeviceInfo.from_dict(_device_info)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("device_info") from None

        try:
            _offer_data = d.pop("offer_data", UNSET)
            offer_data: PaymentOfferData | Unset
            if isinstance(_offer_data, Unset):
                offer_data = UNSET
            else:
                offer_data = PaymentOfferData.from_dict(_offer_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("offer_data") from None

        try:
            _mandate_info = d.pop("mandate_info", UNSET)
            mandate_info: PaymentMandateInfo | Unset
            if isinstance(_mandate_info, Unset):
                mandate_info = UNSET
            else:
                mandate_info = PaymentMandateInfo.from_dict(_mandate_info)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("mandate_info") from None

        payment_request = cls(
            merchant_payment_reference=merchant_payment_reference,
            payment_method=payment_method,
            payment_amount=payment_amount,
            payment_option=payment_option,
            device_info=device_info,
            offer_data=offer_data,
            mandate_info=mandate_info,
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
