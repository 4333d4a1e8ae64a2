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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_token_payment import CardTokenPayment
    from ..models.card_token_payment_option import CardTokenPaymentOption
    from ..models.merchant_metadata import MerchantMetadata


T = TypeVar("T", bound="GenerateCardTokenRequest")

_FIELDS = frozenset(
    (
        "customer_id",
        "merchant_token_reference",
        "payment_method",
        "payment_option",
        "payment",
        "merchant_metadata",
    )
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("GenerateCardTokenRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("GenerateCardTokenRequest", d, _FIELDS)
        for required in (
            "customer_id",
            "merchant_token_reference",
            "payment_method",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        customer_id = d.pop("customer_id")

        merchant_token_reference = d.pop("merchant_token_reference")

        payment_method = GenerateCardTokenRequestPaymentMethod(d.pop("payment_method"))

        try:
            _payment_option = d.pop("payment_option", UNSET)
            payment_option: CardTokenPaymentOption | Unset
            if isinstance(_payment_option, Unset):
                payment_option = UNSET
            else:
                payment_option = CardTokenPaymentOption.from_dict(_payment_option)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment_option") from None

        try:
            _payment = d.pop("payment", UNSET)
            payment: CardTokenPayment | Unset
            if isinstance(_payment, Unset):
                payment = UNSET
            else:
                payment = CardTokenPayment.from_dict(_payment)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("payment") from None

        try:
            _merchant_metadata = d.pop("merchant_metadata", UNSET)
            merchant_metadata: MerchantMetadata | Unset
            if isinstance(_merchant_metadata, Unset):
                merchant_metadata = UNSET
            else:
                merchant_metadata = MerchantMetadata.from_dict(_merchant_metadata)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("merchant_metadata") from None

        generate_card_token_request = cls(
            customer_id=customer_id,
            merchant_token_reference=merchant_token_reference,
            payment_method=payment_method,
            payment_option=payment_option,
            payment=payment,
            merchant_metadata=merchant_metadata,
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
