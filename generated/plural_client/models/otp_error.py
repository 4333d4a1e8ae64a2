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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.additional_error_details import AdditionalErrorDetails
    from ..models.otp_meta_data import OtpMetaData


T = TypeVar("T", bound="OtpError")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("OtpError must be a JSON object")
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _next_ = d.pop("next", UNSET)
        next_: list[OtpNextAction] | Unset = UNSET
        if _next_ is not UNSET:
            if not isinstance(_next_, list):
                raise TypeError("next must be a JSON array")
            next_ = []
            for next_item_data in _next_:
                next_item = OtpNextAction(next_item_data)

                next_.append(next_item)

        try:
            _meta_data = d.pop("meta_data", UNSET)
            meta_data: OtpMetaData | Unset
            if isinstance(_meta_data, Unset):
                meta_data = UNSET
            else:
                meta_data = OtpMetaData.from_dict(_meta_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("meta_data") from None

        try:
            _additional_error_details = d.pop("additional_error_details", UNSET)
            additional_error_details: AdditionalErrorDetails | Unset
            if isinstance(_additional_error_details, Unset):
                additional_error_details = UNSET
            else:
                additional_error_details = AdditionalErrorDetails.from_dict(
                    _additional_error_details
                )
        except RequestValidationError as _nested_error:
            raise _nested_error.within("additional_error_details") from None

        otp_error = cls(
            code=code,
            message=message,
            next_=next_,
            meta_data=meta_data,
            additional_error_details=additional_error_details,
        )

        otp_error.additional_properties = d
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
