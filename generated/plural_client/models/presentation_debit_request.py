from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..models.presentation_debit_request_is_merchant_retry import (
    PresentationDebitRequestIsMerchantRetry,
)
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

T = TypeVar("T", bound="PresentationDebitRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "presentation_id",
        "merchant_presentation_reference",
        "is_merchant_retry",
    )
)
_PRESENTATION_DEBIT_REQUEST_IS_MERCHANT_RETRY_BY_VALUE = members_by_value(
    PresentationDebitRequestIsMerchantRetry
)


@_attrs_define
class PresentationDebitRequest:
    """Which notified presentation to debit; give presentation_id or merchant_presentation_reference."""

    presentation_id: str | Unset = UNSET
    """ An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`. """
    merchant_presentation_reference: str | Unset = UNSET
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    is_merchant_retry: PresentationDebitRequestIsMerchantRetry | Unset = UNSET
    """ "true" when the merchant, not Plural, retries a failed debit (create_merchant_retry). """

    def to_dict(self) -> dict[str, Any]:
        presentation_id = self.presentation_id

        merchant_presentation_reference = self.merchant_presentation_reference

        is_merchant_retry: str | Unset = UNSET
        if not isinstance(self.is_merchant_retry, Unset):
            is_merchant_retry = self.is_merchant_retry.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if presentation_id is not UNSET:
            field_dict["presentation_id"] = presentation_id
        if merchant_presentation_reference is not UNSET:
            field_dict["merchant_presentation_reference"] = merchant_presentation_reference
        if is_merchant_retry is not UNSET:
            field_dict["is_merchant_retry"] = is_merchant_retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PresentationDebitRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("PresentationDebitRequest", d, _FIELDS)
        presentation_id = d.get("presentation_id", UNSET)

        merchant_presentation_reference = d.get("merchant_presentation_reference", UNSET)

        is_merchant_retry = d.get("is_merchant_retry", UNSET)
        if is_merchant_retry is not UNSET:
            is_merchant_retry = (
                is_merchant_retry.__class__ is str
                and _PRESENTATION_DEBIT_REQUEST_IS_MERCHANT_RETRY_BY_VALUE.get(is_merchant_retry)
            ) or as_enum(
                PresentationDebitRequestIsMerchantRetry, is_merchant_retry, "is_merchant_retry"
            )

        presentation_debit_request = cls(
            presentation_id,
            merchant_presentation_reference,
            is_merchant_retry,
        )
        return presentation_debit_request


if TYPE_CHECKING:
    from ..models.presentation_debit_request_is_merchant_retry import (
        PresentationDebitRequestIsMerchantRetryValue,
    )


class PresentationDebitRequestParams(TypedDict, total=False):
    """``PresentationDebitRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    presentation_id: str | Unset
    merchant_presentation_reference: str | Unset
    is_merchant_retry: (
        PresentationDebitRequestIsMerchantRetryValue
        | PresentationDebitRequestIsMerchantRetry
        | Unset
    )
