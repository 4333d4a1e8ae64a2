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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.payment_link_bank_details import PaymentLinkBankDetails


T = TypeVar("T", bound="PaymentLinkAccountDetails")

_FIELDS: frozenset[str] = frozenset(("bank_details",))


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
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "PaymentLinkAccountDetails")
        )
        found = 0
        bank_details = d.get("bank_details", UNSET)
        if bank_details is not UNSET:
            found += 1
            try:
                bank_details = PaymentLinkBankDetails.from_dict(bank_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("bank_details") from None

        payment_link_account_details = cls(
            bank_details,
        )
        if found < len(d):
            payment_link_account_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
