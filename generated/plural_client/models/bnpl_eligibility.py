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
    as_bool,
    as_object,
    extras_repr,
)

if TYPE_CHECKING:
    from ..models.bnpl_credit_metadata import BnplCreditMetadata


T = TypeVar("T", bound="BnplEligibility")

_FIELDS: frozenset[str] = frozenset(
    (
        "txn_eligibility",
        "metadata",
    )
)


@_attrs_define
class BnplEligibility:
    """Whether the customer may pay by BNPL."""

    txn_eligibility: bool | Unset = UNSET
    """ Whether the customer is eligible for this amount. """
    metadata: BnplCreditMetadata | Unset = UNSET
    """ The customer's BNPL credit line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        txn_eligibility = self.txn_eligibility

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_eligibility is not UNSET:
            field_dict["txn_eligibility"] = txn_eligibility
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "BnplEligibility")
        found = 0
        txn_eligibility = d.get("txn_eligibility", UNSET)
        if txn_eligibility is not UNSET:
            found += 1
            if txn_eligibility.__class__ is not bool:
                txn_eligibility = as_bool(txn_eligibility, "txn_eligibility", True)

        metadata = d.get("metadata", UNSET)
        if metadata is not UNSET:
            found += 1
            try:
                metadata = BnplCreditMetadata.from_dict(metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("metadata") from None

        bnpl_eligibility = cls(
            txn_eligibility,
            metadata,
        )
        if found < len(d):
            bnpl_eligibility.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return bnpl_eligibility

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


from ..models.bnpl_credit_metadata import BnplCreditMetadata  # noqa: E402
