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

from ..models.offer_program_type import OfferProgramType
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
)

T = TypeVar("T", bound="OfferParameter")

_FIELDS: frozenset[str] = frozenset(
    (
        "program_type",
        "offer_id",
        "offer_parameter_id",
    )
)
_OFFER_PROGRAM_TYPE_BY_VALUE = members_by_value(OfferProgramType)


@_attrs_define
class OfferParameter:
    """One offer scheme applied to a tenure or a product."""

    program_type: OfferProgramType | Unset = UNSET
    """ The offer programme a scheme belongs to. """
    offer_id: str | Unset = UNSET
    """ Plural's id of the offer. """
    offer_parameter_id: str | Unset = UNSET
    """ Plural's id of the offer's parameter set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        program_type: str | Unset = UNSET
        if not isinstance(self.program_type, Unset):
            program_type = self.program_type.value

        offer_id = self.offer_id

        offer_parameter_id = self.offer_parameter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program_type is not UNSET:
            field_dict["program_type"] = program_type
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if offer_parameter_id is not UNSET:
            field_dict["offer_parameter_id"] = offer_parameter_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferParameter")
        found = 0
        program_type = d.get("program_type", UNSET)
        if program_type is not UNSET:
            found += 1
            program_type = (
                program_type.__class__ is str and _OFFER_PROGRAM_TYPE_BY_VALUE.get(program_type)
            ) or as_enum(OfferProgramType, program_type, "program_type")

        offer_id = d.get("offer_id", UNSET)
        if offer_id is not UNSET:
            found += 1

        offer_parameter_id = d.get("offer_parameter_id", UNSET)
        if offer_parameter_id is not UNSET:
            found += 1

        offer_parameter = cls(
            program_type,
            offer_id,
            offer_parameter_id,
        )
        if found < len(d):
            offer_parameter.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_parameter

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
    from ..models.offer_program_type import OfferProgramTypeValue


class OfferParameterParams(TypedDict, total=False):
    """``OfferParameter`` as a dict, for the resource methods: mypy checks its keys and types."""

    program_type: OfferProgramTypeValue | OfferProgramType | Unset
    offer_id: str | Unset
    offer_parameter_id: str | Unset
