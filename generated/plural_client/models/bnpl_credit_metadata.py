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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.bnpl_installment import BnplInstallment


T = TypeVar("T", bound="BnplCreditMetadata")

_FIELDS: frozenset[str] = frozenset(
    (
        "credit_limit_available_in_paise",
        "installments",
    )
)


@_attrs_define
class BnplCreditMetadata:
    """The customer's BNPL credit line."""

    credit_limit_available_in_paise: str | Unset = UNSET
    """ Credit limit left, in paise (a numeric string). """
    installments: list[BnplInstallment] | Unset = UNSET
    """ How the amount would be repaid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        credit_limit_available_in_paise = self.credit_limit_available_in_paise

        installments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.installments, Unset):
            installments = []
            for installments_item_data in self.installments:
                installments_item = installments_item_data.to_dict()
                installments.append(installments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_limit_available_in_paise is not UNSET:
            field_dict["credit_limit_available_in_paise"] = credit_limit_available_in_paise
        if installments is not UNSET:
            field_dict["installments"] = installments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "BnplCreditMetadata")
        found = 0
        credit_limit_available_in_paise = d.get("credit_limit_available_in_paise", UNSET)
        if credit_limit_available_in_paise is not UNSET:
            found += 1

        installments = d.get("installments", UNSET)
        if installments is not UNSET:
            found += 1
            if not isinstance(installments, list):
                raise wrong_type("installments", "a JSON array", installments)
            installments_read: list[BnplInstallment] = []
            for installments_item in installments:
                try:
                    installments_item = BnplInstallment.from_dict(installments_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("installments", len(installments_read)) from None
                installments_read.append(installments_item)
            installments = installments_read

        bnpl_credit_metadata = cls(
            credit_limit_available_in_paise,
            installments,
        )
        if found < len(d):
            bnpl_credit_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return bnpl_credit_metadata

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


from ..models.bnpl_installment import BnplInstallment  # noqa: E402
