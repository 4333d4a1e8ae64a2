from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.payment_method import PaymentMethod
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset, as_float, extras_repr

if TYPE_CHECKING:
    from ..models.acquirer_data import AcquirerData
    from ..models.amount import Amount
    from ..models.applied_payment_offer import AppliedPaymentOffer
    from ..models.capture_data import CaptureData
    from ..models.error_detail import ErrorDetail
    from ..models.payment_additional_detail import PaymentAdditionalDetail
    from ..models.payment_option_data import PaymentOptionData


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment of an order, or of a refund order (then with parent_payment_id)."""

    id: str
    """ Plural's payment id. """
    status: PaymentStatus
    """ Where a payment is in its life cycle (refund orders use CREATED, PENDING, PROCESSED and FAILED). """
    parent_payment_id: str | Unset = UNSET
    """ For a refund's payment, the id of the payment it refunds. """
    merchant_payment_reference: str | Unset = UNSET
    """ The merchant's payment reference. """
    payment_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    base_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    conversion_rate: float | Unset = UNSET
    """ Rate from payment_amount's currency to base_amount's, for a multi-currency payment. """
    payment_method: PaymentMethod | Unset = UNSET
    """ A payment method an order allows or a payment uses. """
    payment_option: PaymentOptionData | Unset = UNSET
    """ The instrument used, as Plural reports it; one key, named by the payment method. """
    acquirer_data: AcquirerData | Unset = UNSET
    """ The acquiring bank's references. """
    error_detail: ErrorDetail | Unset = UNSET
    """ Why a payment failed. """
    capture_data: list[CaptureData] | Unset = UNSET
    """ Captures of this payment (pre-authorized orders only). """
    offer_data: AppliedPaymentOffer | Unset = UNSET
    """ The EMI or instant-discount offer applied to a payment, as Plural reports it (a payment's offer_data); its
    fields vary by offer. """
    additional_detail: PaymentAdditionalDetail | Unset = UNSET
    """ Further details of the payment that Plural adds at times. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        parent_payment_id = self.parent_payment_id

        merchant_payment_reference = self.merchant_payment_reference

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        base_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_amount, Unset):
            base_amount = self.base_amount.to_dict()

        conversion_rate = self.conversion_rate

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        payment_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_option, Unset):
            payment_option = self.payment_option.to_dict()

        acquirer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acquirer_data, Unset):
            acquirer_data = self.acquirer_data.to_dict()

        error_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_detail, Unset):
            error_detail = self.error_detail.to_dict()

        capture_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capture_data, Unset):
            capture_data = []
            for capture_data_item_data in self.capture_data:
                capture_data_item = capture_data_item_data.to_dict()
                capture_data.append(capture_data_item)

        offer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_data, Unset):
            offer_data = self.offer_data.to_dict()

        additional_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_detail, Unset):
            additional_detail = self.additional_detail.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if parent_payment_id is not UNSET:
            field_dict["parent_payment_id"] = parent_payment_id
        if merchant_payment_reference is not UNSET:
            field_dict["merchant_payment_reference"] = merchant_payment_reference
        if payment_amount is not UNSET:
            field_dict["payment_amount"] = payment_amount
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_option is not UNSET:
            field_dict["payment_option"] = payment_option
        if acquirer_data is not UNSET:
            field_dict["acquirer_data"] = acquirer_data
        if error_detail is not UNSET:
            field_dict["error_detail"] = error_detail
        if capture_data is not UNSET:
            field_dict["capture_data"] = capture_data
        if offer_data is not UNSET:
            field_dict["offer_data"] = offer_data
        if additional_detail is not UNSET:
            field_dict["additional_detail"] = additional_detail
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("Payment must be a JSON object")
        d = dict(src_dict)
        for required in (
            "id",
            "status",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        id = d.pop("id")

        status = PaymentStatus(d.pop("status"))

        parent_payment_id = d.pop("parent_payment_id", UNSET)

        merchant_payment_reference = d.pop("merchant_payment_reference", UNSET)

        try:
            _payment_amount = d.pop("payment_amount", UNSET)
            payment_amount: Amount | Unset
            if isinstance(_payment_amount, Unset):
                payment_amount = UNSET
            else:
                payment_amount = Amount.from_dict(_payment_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment_amount") from None

        try:
            _base_amount = d.pop("base_amount", UNSET)
            base_amount: Amount | Unset
            if isinstance(_base_amount, Unset):
                base_amount = UNSET
            else:
                base_amount = Amount.from_dict(_base_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("base_amount") from None

        conversion_rate = d.pop("conversion_rate", UNSET)
        if conversion_rate.__class__ is not float and conversion_rate is not UNSET:
            conversion_rate = as_float(conversion_rate, "conversion_rate", True)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        try:
            _payment_option = d.pop("payment_option", UNSET)
            payment_option: PaymentOptionData | Unset
            if isinstance(_payment_option, Unset):
                payment_option = UNSET
            else:
                payment_option = PaymentOptionData.from_dict(_payment_option)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment_option") from None

        try:
            _acquirer_data = d.pop("acquirer_data", UNSET)
            acquirer_data: AcquirerData | Unset
            if isinstance(_acquirer_data, Unset):
                acquirer_data = UNSET
            else:
                acquirer_data = AcquirerData.from_dict(_acquirer_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("acquirer_data") from None

        try:
            _error_detail = d.pop("error_detail", UNSET)
            error_detail: ErrorDetail | Unset
            if isinstance(_error_detail, Unset):
                error_detail = UNSET
            else:
                error_detail = ErrorDetail.from_dict(_error_detail)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("error_detail") from None

        _capture_data = d.pop("capture_data", UNSET)
        capture_data: list[CaptureData] | Unset = UNSET
        if _capture_data is not UNSET:
            if not isinstance(_capture_data, list):
                raise TypeError("capture_data must be a JSON array")
            capture_data = []
            for capture_data_item_data in _capture_data:
                try:
                    capture_data_item = CaptureData.from_dict(capture_data_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("capture_data", len(capture_data)) from None

                capture_data.append(capture_data_item)

        try:
            _offer_data = d.pop("offer_data", UNSET)
            offer_data: AppliedPaymentOffer | Unset
            if isinstance(_offer_data, Unset):
                offer_data = UNSET
            else:
                offer_data = AppliedPaymentOffer.from_dict(_offer_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("offer_data") from None

        try:
            _additional_detail = d.pop("additional_detail", UNSET)
            additional_detail: PaymentAdditionalDetail | Unset
            if isinstance(_additional_detail, Unset):
                additional_detail = UNSET
            else:
                additional_detail = PaymentAdditionalDetail.from_dict(_additional_detail)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("additional_detail") from None

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        payment = cls(
            id=id,
            status=status,
            parent_payment_id=parent_payment_id,
            merchant_payment_reference=merchant_payment_reference,
            payment_amount=payment_amount,
            base_amount=base_amount,
            conversion_rate=conversion_rate,
            payment_method=payment_method,
            payment_option=payment_option,
            acquirer_data=acquirer_data,
            error_detail=error_detail,
            capture_data=capture_data,
            offer_data=offer_data,
            additional_detail=additional_detail,
            created_at=created_at,
            updated_at=updated_at,
        )

        payment.additional_properties = d
        return payment

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


from ..models.acquirer_data import AcquirerData  # noqa: E402
from ..models.amount import Amount  # noqa: E402
from ..models.applied_payment_offer import AppliedPaymentOffer  # noqa: E402
from ..models.capture_data import CaptureData  # noqa: E402
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.payment_additional_detail import PaymentAdditionalDetail  # noqa: E402
from ..models.payment_option_data import PaymentOptionData  # noqa: E402
