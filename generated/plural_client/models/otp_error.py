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
from ..models.otp_next_action import OtpNextAction
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.additional_error_details import AdditionalErrorDetails
    from ..models.otp_meta_data import OtpMetaData


T = TypeVar("T", bound="OtpError")

_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "next",
        "meta_data",
        "additional_error_details",
    )
)
_OTP_NEXT_ACTION_BY_VALUE = members_by_value(OtpNextAction)


@_attrs_define
class OtpError:
    """Plural's error body for an OTP call (wrong OTP, resend limit reached), with the actions still possible."""

    code: str | Unset = UNSET
    """ Short error code. """
    message: str | Unset = UNSET
    """ Human-readable message. """
    next_: list[OtpNextAction] | Unset = UNSET
    """ What may still be done. """
    meta_data: OtpMetaData | Unset = UNSET
    """ Timing of the OTP flow. """
    additional_error_details: AdditionalErrorDetails | Unset = UNSET
    """ Where an error arose. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        next_: list[str] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = []
            for next_item_data in self.next_:
                next_item = next_item_data.value
                next_.append(next_item)

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        additional_error_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_error_details, Unset):
            additional_error_details = self.additional_error_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if next_ is not UNSET:
            field_dict["next"] = next_
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if additional_error_details is not UNSET:
            field_dict["additional_error_details"] = additional_error_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OtpError")
        found = 0
        code = d.get("code", UNSET)
        if code is not UNSET:
            found += 1

        message = d.get("message", UNSET)
        if message is not UNSET:
            found += 1

        next_ = d.get("next", UNSET)
        if next_ is not UNSET:
            found += 1
            if not isinstance(next_, list):
                raise wrong_type("next", "a JSON array", next_)
            next__read: list[OtpNextAction] = []
            for next__item in next_:
                try:
                    next__item = (
                        next__item.__class__ is str and _OTP_NEXT_ACTION_BY_VALUE.get(next__item)
                    ) or as_enum(OtpNextAction, next__item, "")
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("next", len(next__read)) from None
                next__read.append(next__item)
            next_ = next__read

        meta_data = d.get("meta_data", UNSET)
        if meta_data is not UNSET:
            found += 1
            try:
                meta_data = OtpMetaData.from_dict(meta_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("meta_data") from None

        additional_error_details = d.get("additional_error_details", UNSET)
        if additional_error_details is not UNSET:
            found += 1
            try:
                additional_error_details = AdditionalErrorDetails.from_dict(
                    additional_error_details
                )
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("additional_error_details") from None

        otp_error = cls(
            code,
            message,
            next_,
            meta_data,
            additional_error_details,
        )
        if found < len(d):
            otp_error.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return otp_error

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


from ..models.additional_error_details import AdditionalErrorDetails  # noqa: E402
from ..models.otp_meta_data import OtpMetaData  # noqa: E402
