from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.offer_issuer_data_auth_type import OfferIssuerDataAuthType
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_bool,
    as_enum,
    as_int,
    as_object,
    extras_repr,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OfferIssuerData")

_FIELDS: frozenset[str] = frozenset(
    (
        "otp_length",
        "otp_time_in_sec",
        "otp_retry_count",
        "is_consent_page_required",
        "consent_data",
        "terms_and_conditions",
        "show_key_fact_statement",
        "auth_type",
        "penny_transaction_amount",
        "is_tokenized_transaction_supported",
        "pan_number_last_digit_count",
        "offer_validation_parameters_required",
    )
)
_OFFER_ISSUER_DATA_AUTH_TYPE_BY_VALUE = members_by_value(OfferIssuerDataAuthType)


@_attrs_define
class OfferIssuerData:
    """How the issuer authenticates the customer, and the consent it needs."""

    otp_length: int | Unset = UNSET
    """ Digits of the issuer's OTP. """
    otp_time_in_sec: int | Unset = UNSET
    """ Seconds the OTP stays valid. """
    otp_retry_count: int | Unset = UNSET
    """ How many OTP attempts are allowed. """
    is_consent_page_required: bool | Unset = UNSET
    """ Whether the customer must see a consent page. """
    consent_data: str | Unset = UNSET
    """ The consent text to show (HTML). """
    terms_and_conditions: str | Unset = UNSET
    """ The issuer's terms and conditions. """
    show_key_fact_statement: bool | Unset = UNSET
    """ Whether the key fact statement must be shown. """
    auth_type: OfferIssuerDataAuthType | Unset = UNSET
    """ How the customer is verified. """
    penny_transaction_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """
    is_tokenized_transaction_supported: bool | Unset = UNSET
    """ Whether saved-card tokens may pay this offer. """
    pan_number_last_digit_count: int | Unset = UNSET
    """ How many last PAN characters validate_offer needs (cardless). """
    offer_validation_parameters_required: str | Unset = UNSET
    """ Fields validate_offer needs for this issuer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        otp_length = self.otp_length

        otp_time_in_sec = self.otp_time_in_sec

        otp_retry_count = self.otp_retry_count

        is_consent_page_required = self.is_consent_page_required

        consent_data = self.consent_data

        terms_and_conditions = self.terms_and_conditions

        show_key_fact_statement = self.show_key_fact_statement

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        penny_transaction_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.penny_transaction_amount, Unset):
            penny_transaction_amount = self.penny_transaction_amount.to_dict()

        is_tokenized_transaction_supported = self.is_tokenized_transaction_supported

        pan_number_last_digit_count = self.pan_number_last_digit_count

        offer_validation_parameters_required = self.offer_validation_parameters_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if otp_length is not UNSET:
            field_dict["otp_length"] = otp_length
        if otp_time_in_sec is not UNSET:
            field_dict["otp_time_in_sec"] = otp_time_in_sec
        if otp_retry_count is not UNSET:
            field_dict["otp_retry_count"] = otp_retry_count
        if is_consent_page_required is not UNSET:
            field_dict["is_consent_page_required"] = is_consent_page_required
        if consent_data is not UNSET:
            field_dict["consent_data"] = consent_data
        if terms_and_conditions is not UNSET:
            field_dict["terms_and_conditions"] = terms_and_conditions
        if show_key_fact_statement is not UNSET:
            field_dict["show_key_fact_statement"] = show_key_fact_statement
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if penny_transaction_amount is not UNSET:
            field_dict["penny_transaction_amount"] = penny_transaction_amount
        if is_tokenized_transaction_supported is not UNSET:
            field_dict["is_tokenized_transaction_supported"] = is_tokenized_transaction_supported
        if pan_number_last_digit_count is not UNSET:
            field_dict["pan_number_last_digit_count"] = pan_number_last_digit_count
        if offer_validation_parameters_required is not UNSET:
            field_dict["offer_validation_parameters_required"] = (
                offer_validation_parameters_required
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferIssuerData")
        found = 0
        otp_length = d.get("otp_length", UNSET)
        if otp_length is not UNSET:
            found += 1
            if otp_length.__class__ is not int:
                otp_length = as_int(otp_length, "otp_length", True)

        otp_time_in_sec = d.get("otp_time_in_sec", UNSET)
        if otp_time_in_sec is not UNSET:
            found += 1
            if otp_time_in_sec.__class__ is not int:
                otp_time_in_sec = as_int(otp_time_in_sec, "otp_time_in_sec", True)

        otp_retry_count = d.get("otp_retry_count", UNSET)
        if otp_retry_count is not UNSET:
            found += 1
            if otp_retry_count.__class__ is not int:
                otp_retry_count = as_int(otp_retry_count, "otp_retry_count", True)

        is_consent_page_required = d.get("is_consent_page_required", UNSET)
        if is_consent_page_required is not UNSET:
            found += 1
            if is_consent_page_required.__class__ is not bool:
                is_consent_page_required = as_bool(
                    is_consent_page_required, "is_consent_page_required", True
                )

        consent_data = d.get("consent_data", UNSET)
        if consent_data is not UNSET:
            found += 1

        terms_and_conditions = d.get("terms_and_conditions", UNSET)
        if terms_and_conditions is not UNSET:
            found += 1

        show_key_fact_statement = d.get("show_key_fact_statement", UNSET)
        if show_key_fact_statement is not UNSET:
            found += 1
            if show_key_fact_statement.__class__ is not bool:
                show_key_fact_statement = as_bool(
                    show_key_fact_statement, "show_key_fact_statement", True
                )

        auth_type = d.get("auth_type", UNSET)
        if auth_type is not UNSET:
            found += 1
            auth_type = (
                auth_type.__class__ is str and _OFFER_ISSUER_DATA_AUTH_TYPE_BY_VALUE.get(auth_type)
            ) or as_enum(OfferIssuerDataAuthType, auth_type, "auth_type")

        penny_transaction_amount = d.get("penny_transaction_amount", UNSET)
        if penny_transaction_amount is not UNSET:
            found += 1
            try:
                penny_transaction_amount = Money.from_dict(penny_transaction_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("penny_transaction_amount") from None

        is_tokenized_transaction_supported = d.get("is_tokenized_transaction_supported", UNSET)
        if is_tokenized_transaction_supported is not UNSET:
            found += 1
            if is_tokenized_transaction_supported.__class__ is not bool:
                is_tokenized_transaction_supported = as_bool(
                    is_tokenized_transaction_supported, "is_tokenized_transaction_supported", True
                )

        pan_number_last_digit_count = d.get("pan_number_last_digit_count", UNSET)
        if pan_number_last_digit_count is not UNSET:
            found += 1
            if pan_number_last_digit_count.__class__ is not int:
                pan_number_last_digit_count = as_int(
                    pan_number_last_digit_count, "pan_number_last_digit_count", True
                )

        offer_validation_parameters_required = d.get("offer_validation_parameters_required", UNSET)
        if offer_validation_parameters_required is not UNSET:
            found += 1

        offer_issuer_data = cls(
            otp_length,
            otp_time_in_sec,
            otp_retry_count,
            is_consent_page_required,
            consent_data,
            terms_and_conditions,
            show_key_fact_statement,
            auth_type,
            penny_transaction_amount,
            is_tokenized_transaction_supported,
            pan_number_last_digit_count,
            offer_validation_parameters_required,
        )
        if found < len(d):
            offer_issuer_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_issuer_data

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


from ..models.money import Money  # noqa: E402
