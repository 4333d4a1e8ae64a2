from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.payment_link_bank_details import PaymentLinkBankDetails


T = TypeVar("T", bound="PaymentLinkAccountDetails")


@_attrs_define
class PaymentLinkAccountDetails:
    """The customer's bank account details."""

    bank_details: PaymentLinkBankDetails | Unset = UNSET
    """ The customer's bank account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        bank_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_details, Unset):
            bank_details = self.bank_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_details is not UNSET:
            field_dict["bank_details"] = bank_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentLinkAccountDetails must be a JSON object")
        d = dict(src_dict)
        try:
            _bank_details = d.pop("bank_details", UNSET)
            bank_details: PaymentLinkBankDetails | Unset
            if isinstance(_bank_details, Unset):
                bank_details = UNSET
            else:
                bank_details = PaymentLinkBankDetails.from_dict(_bank_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("bank_details") from None

        payment_link_account_details = cls(
            bank_details=bank_details,
        )

        payment_link_account_details.additional_properties = d
        return payment_link_account_details

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


if TYPE_CHECKING:
    from ..models.payment_link_bank_details import PaymentLinkBankDetailsParams


class PaymentLinkAccountDetailsParams(TypedDict, total=False):
    """``PaymentLinkAccountDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    bank_details: PaymentLinkBankDetailsParams | PaymentLinkBankDetails | Unset


from ..models.payment_link_bank_details import PaymentLinkBankDetails  # noqa: E402
