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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="CaptureRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_capture_reference",
        "capture_amount",
    )
)


@_attrs_define
class CaptureRequest:
    """A capture of an authorized order; without capture_amount the whole authorized amount is captured."""

    merchant_capture_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    capture_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """

    def to_dict(self) -> dict[str, Any]:
        merchant_capture_reference = self.merchant_capture_reference

        capture_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capture_amount, Unset):
            capture_amount = self.capture_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_capture_reference": merchant_capture_reference,
            }
        )
        if capture_amount is not UNSET:
            field_dict["capture_amount"] = capture_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CaptureRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CaptureRequest", d, _FIELDS)
        try:
            merchant_capture_reference = d["merchant_capture_reference"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        capture_amount = d.get("capture_amount", UNSET)
        if capture_amount is not UNSET:
            try:
                capture_amount = Amount.from_dict(capture_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("capture_amount") from None

        capture_request = cls(
            merchant_capture_reference,
            capture_amount,
        )
        return capture_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams


class CaptureRequestParams(TypedDict, total=False):
    """``CaptureRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_capture_reference: Required[str]
    capture_amount: AmountParams | Amount | Unset


from ..models.amount import Amount  # noqa: E402
