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
from ..models.generate_card_token_request_payment_method import (
    GenerateCardTokenRequestPaymentMethod,
)
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.card_token_payment import CardTokenPayment
    from ..models.card_token_payment_option import CardTokenPaymentOption
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="GenerateCardTokenRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "customer_id",
        "merchant_token_reference",
        "payment_method",
        "payment_option",
        "payment",
        "merchant_metadata",
    )
)
_GENERATE_CARD_TOKEN_REQUEST_PAYMENT_METHOD_BY_VALUE = members_by_value(
    GenerateCardTokenRequestPaymentMethod
)


@_attrs_define
class GenerateCardTokenRequest:
    """A card to tokenize for a customer profile."""

    customer_id: str
    """ Plural's id of the customer the token belongs to. """
    merchant_token_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    payment_method: GenerateCardTokenRequestPaymentMethod
    """ What is tokenized; Plural tokenizes cards only. """
    payment_option: CardTokenPaymentOption | Unset = UNSET
    """ The card to tokenize. """
    payment: CardTokenPayment | Unset = UNSET
    """ The payment that authenticated the card. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        merchant_token_reference = self.merchant_token_reference

        payment_method = self.payment_method.value

        payment_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_option, Unset):
            payment_option = self.payment_option.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
                "merchant_token_reference": merchant_token_reference,
                "payment_method": payment_method,
            }
        )
        if payment_option is not UNSET:
            field_dict["payment_option"] = payment_option
        if payment is not UNSET:
            field_dict["payment"] = payment
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "GenerateCardTokenRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("GenerateCardTokenRequest", d, _FIELDS)
        try:
            customer_id = d["customer_id"]
            merchant_token_reference = d["merchant_token_reference"]
            payment_method = d["payment_method"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        payment_method = (
            payment_method.__class__ is str
            and _GENERATE_CARD_TOKEN_REQUEST_PAYMENT_METHOD_BY_VALUE.get(payment_method)
        ) or as_enum(GenerateCardTokenRequestPaymentMethod, payment_method, "payment_method")

        payment_option = d.get("payment_option", UNSET)
        if payment_option is not UNSET:
            try:
                payment_option = CardTokenPaymentOption.from_dict(payment_option)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment_option") from None

        payment = d.get("payment", UNSET)
        if payment is not UNSET:
            try:
                payment = CardTokenPayment.from_dict(payment)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payment") from None

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        generate_card_token_request = cls(
            customer_id,
            merchant_token_reference,
            payment_method,
            payment_option,
            payment,
            merchant_metadata,
        )
        return generate_card_token_request


if TYPE_CHECKING:
    from ..models.card_token_payment import CardTokenPaymentParams
    from ..models.card_token_payment_option import CardTokenPaymentOptionParams
    from ..models.generate_card_token_request_payment_method import (
        GenerateCardTokenRequestPaymentMethodValue,
    )


class GenerateCardTokenRequestParams(TypedDict, total=False):
    """``GenerateCardTokenRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    customer_id: Required[str]
    merchant_token_reference: Required[str]
    payment_method: Required[
        GenerateCardTokenRequestPaymentMethodValue | GenerateCardTokenRequestPaymentMethod
    ]
    payment_option: CardTokenPaymentOptionParams | CardTokenPaymentOption | Unset
    payment: CardTokenPaymentParams | CardTokenPayment | Unset
    merchant_metadata: Mapping[str, Any] | MerchantMetadata | Unset


from ..models.card_token_payment import CardTokenPayment  # noqa: E402
from ..models.card_token_payment_option import CardTokenPaymentOption  # noqa: E402
from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
