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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_float,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.acquirer_data import AcquirerData
    from ..models.amount import Amount
    from ..models.applied_payment_offer import AppliedPaymentOffer
    from ..models.capture_data import CaptureData
    from ..models.error_detail import ErrorDetail
    from ..models.payment_additional_detail import PaymentAdditionalDetail
    from ..models.payment_option_data import PaymentOptionData


T = TypeVar("T", bound="Payment")

_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "parent_payment_id",
        "merchant_payment_reference",
        "payment_amount",
        "base_amount",
        "conversion_rate",
        "payment_method",
        "payment_option",
        "acquirer_data",
        "error_detail",
        "capture_data",
        "offer_data",
        "additional_detail",
        "created_at",
        "updated_at",
    )
)
_PAYMENT_STATUS_BY_VALUE = members_by_value(PaymentStatus)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "Payment")
        try:
            id = d["id"]
            status = d["status"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 2

        status = (status.__class__ is str and _PAYMENT_STATUS_BY_VALUE.get(status)) or as_enum(
            PaymentStatus, status, "status"
        )

        parent_payment_id = d.get("parent_payment_id", UNSET)
        if parent_payment_id is not UNSET:
            found += 1

        merchant_payment_reference = d.get("merchant_payment_reference", UNSET)
        if merchant_payment_reference is not UNSET:
            found += 1

        payment_amount = d.get("payment_amount", UNSET)
        if payment_amount is not UNSET:
            found += 1
            try:
                payment_amount = Amount.from_dict(payment_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment_amount") from None

        base_amount = d.get("base_amount", UNSET)
        if base_amount is not UNSET:
            found += 1
            try:
                base_amount = Amount.from_dict(base_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("base_amount") from None

        conversion_rate = d.get("conversion_rate", UNSET)
        if conversion_rate is not UNSET:
            found += 1
            if conversion_rate.__class__ is not float:
                conversion_rate = as_float(conversion_rate, "conversion_rate", True)

        payment_method = d.get("payment_method", UNSET)
        if payment_method is not UNSET:
            found += 1
            payment_method = (
                payment_method.__class__ is str and _PAYMENT_METHOD_BY_VALUE.get(payment_method)
            ) or as_enum(PaymentMethod, payment_method, "payment_method")

        payment_option = d.get("payment_option", UNSET)
        if payment_option is not UNSET:
            found += 1
            try:
                payment_option = PaymentOptionData.from_dict(payment_option)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment_option") from None

        acquirer_data = d.get("acquirer_data", UNSET)
        if acquirer_data is not UNSET:
            found += 1
            try:
                acquirer_data = AcquirerData.from_dict(acquirer_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("acquirer_data") from None

        error_detail = d.get("error_detail", UNSET)
        if error_detail is not UNSET:
            found += 1
            try:
                error_detail = ErrorDetail.from_dict(error_detail)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("error_detail") from None

        capture_data = d.get("capture_data", UNSET)
        if capture_data is not UNSET:
            found += 1
            if not isinstance(capture_data, list):
                raise wrong_type("capture_data", "a JSON array", capture_data)
            capture_data_read: list[CaptureData] = []
            for capture_data_item in capture_data:
                try:
                    capture_data_item = CaptureData.from_dict(capture_data_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("capture_data", len(capture_data_read)) from None
                capture_data_read.append(capture_data_item)
            capture_data = capture_data_read

        offer_data = d.get("offer_data", UNSET)
        if offer_data is not UNSET:
            found += 1
            try:
                offer_data = AppliedPaymentOffer.from_dict(offer_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("offer_data") from None

        additional_detail = d.get("additional_detail", UNSET)
        if additional_detail is not UNSET:
            found += 1
            try:
                additional_detail = PaymentAdditionalDetail.from_dict(additional_detail)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("additional_detail") from None

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        payment = cls(
            id,
            status,
            parent_payment_id,
            merchant_payment_reference,
            payment_amount,
            base_amount,
            conversion_rate,
            payment_method,
            payment_option,
            acquirer_data,
            error_detail,
            capture_data,
            offer_data,
            additional_detail,
            created_at,
            updated_at,
        )
        if found < len(d):
            payment.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
