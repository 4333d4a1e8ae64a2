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
    from ..models.otp_meta_data import OtpMetaData


T = TypeVar("T", bound="OtpResponse")


@_attrs_define
class OtpResponse:
    """The outcome of an OTP call (generate gives next and meta_data, submit gives status, resend all three)."""

    status: str | Unset = UNSET
    """ Outcome of the submit or resend. """
    next_: list[OtpNextAction] | Unset = UNSET
    """ What may be done next. """
    meta_data: OtpMetaData | Unset = UNSET
    """ Timing of the OTP flow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        next_: list[str] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = []
            for next_item_data in self.next_:
                next_item = next_item_data.value
                next_.append(next_item)

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if next_ is not UNSET:
            field_dict["next"] = next_
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("OtpResponse must be a JSON object")
        d = dict(src_dict)
        status = d.pop("status", UNSET)

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

        otp_response = cls(
            status=status,
            next_=next_,
            meta_data=meta_data,
        )

        otp_response.additional_properties = d
        return otp_response

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


from ..models.otp_meta_data import OtpMetaData  # noqa: E402
