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
from ..types import UNSET, Unset, as_bool, extras_repr

if TYPE_CHECKING:
    from ..models.bnpl_credit_metadata import BnplCreditMetadata


T = TypeVar("T", bound="BnplEligibility")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("BnplEligibility must be a JSON object")
        d = dict(src_dict)
        txn_eligibility = d.pop("txn_eligibility", UNSET)
        if txn_eligibility.__class__ is not bool and txn_eligibility is not UNSET:
            txn_eligibility = as_bool(txn_eligibility, "txn_eligibility", True)

        try:
            _metadata = d.pop("metadata", UNSET)
            metadata: BnplCreditMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = BnplCreditMetadata.from_dict(_metadata)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("metadata") from None

        bnpl_eligibility = cls(
            txn_eligibility=txn_eligibility,
            metadata=metadata,
        )

        bnpl_eligibility.additional_properties = d
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
