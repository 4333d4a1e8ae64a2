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
)

if TYPE_CHECKING:
    from ..models.additional_error_details_metadata import AdditionalErrorDetailsMetadata


T = TypeVar("T", bound="AdditionalErrorDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "step",
        "reason",
        "metadata",
    )
)


@_attrs_define
class AdditionalErrorDetails:
    """Where an error arose."""

    source: str | Unset = UNSET
    """ The component that failed. """
    step: str | Unset = UNSET
    """ The step that failed. """
    reason: str | Unset = UNSET
    """ Why. """
    metadata: AdditionalErrorDetailsMetadata | Unset = UNSET
    """ Further key-value details of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        step = self.step

        reason = self.reason

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if step is not UNSET:
            field_dict["step"] = step
        if reason is not UNSET:
            field_dict["reason"] = reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "AdditionalErrorDetails")
        )
        found = 0
        source = d.get("source", UNSET)
        if source is not UNSET:
            found += 1

        step = d.get("step", UNSET)
        if step is not UNSET:
            found += 1

        reason = d.get("reason", UNSET)
        if reason is not UNSET:
            found += 1

        metadata = d.get("metadata", UNSET)
        if metadata is not UNSET:
            found += 1
            try:
                metadata = AdditionalErrorDetailsMetadata.from_dict(metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("metadata") from None

        additional_error_details = cls(
            source,
            step,
            reason,
            metadata,
        )
        if found < len(d):
            additional_error_details.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return additional_error_details

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


from ..models.additional_error_details_metadata import AdditionalErrorDetailsMetadata  # noqa: E402
