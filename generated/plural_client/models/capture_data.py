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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="CaptureData")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant_capture_reference",
        "capture_amount",
        "created_at",
    )
)


@_attrs_define
class CaptureData:
    """One capture of a payment."""

    merchant_capture_reference: str | Unset = UNSET
    """ The merchant's capture reference. """
    capture_amount: Amount | Unset = UNSET
    """ An amount of money in the currency's smallest unit (paise for INR). """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was captured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        merchant_capture_reference = self.merchant_capture_reference

        capture_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capture_amount, Unset):
            capture_amount = self.capture_amount.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_capture_reference is not UNSET:
            field_dict["merchant_capture_reference"] = merchant_capture_reference
        if capture_amount is not UNSET:
            field_dict["capture_amount"] = capture_amount
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CaptureData")
        found = 0
        merchant_capture_reference = d.get("merchant_capture_reference", UNSET)
        if merchant_capture_reference is not UNSET:
            found += 1

        capture_amount = d.get("capture_amount", UNSET)
        if capture_amount is not UNSET:
            found += 1
            try:
                capture_amount = Amount.from_dict(capture_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("capture_amount") from None

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        capture_data = cls(
            merchant_capture_reference,
            capture_amount,
            created_at,
        )
        if found < len(d):
            capture_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return capture_data

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


from ..models.amount import Amount  # noqa: E402
