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
from ..models.offer_issuer_type import OfferIssuerType
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_int,
    as_object,
    extras_repr,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.offer_issuer_data import OfferIssuerData
    from ..models.offer_tenure import OfferTenure


T = TypeVar("T", bound="OfferIssuer")

_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "display_name",
        "issuer_type",
        "priority",
        "tenures",
        "issuer_data",
    )
)
_OFFER_ISSUER_TYPE_BY_VALUE = members_by_value(OfferIssuerType)


@_attrs_define
class OfferIssuer:
    """An issuer (bank or NBFC) and the EMI tenures it offers."""

    id: str | Unset = UNSET
    """ Plural's id of the issuer. """
    name: str | Unset = UNSET
    """ The issuer's name. """
    display_name: str | Unset = UNSET
    """ The issuer's name to show. """
    issuer_type: OfferIssuerType | Unset = UNSET
    """ The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank). """
    priority: int | Unset = UNSET
    """ Display rank of the issuer (1 first). """
    tenures: list[OfferTenure] | Unset = UNSET
    """ The tenures offered. """
    issuer_data: OfferIssuerData | Unset = UNSET
    """ How the issuer authenticates the customer, and the consent it needs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        issuer_type: str | Unset = UNSET
        if not isinstance(self.issuer_type, Unset):
            issuer_type = self.issuer_type.value

        priority = self.priority

        tenures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenures, Unset):
            tenures = []
            for tenures_item_data in self.tenures:
                tenures_item = tenures_item_data.to_dict()
                tenures.append(tenures_item)

        issuer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer_data, Unset):
            issuer_data = self.issuer_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if issuer_type is not UNSET:
            field_dict["issuer_type"] = issuer_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tenures is not UNSET:
            field_dict["tenures"] = tenures
        if issuer_data is not UNSET:
            field_dict["issuer_data"] = issuer_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferIssuer")
        found = 0
        id = d.get("id", UNSET)
        if id is not UNSET:
            found += 1

        name = d.get("name", UNSET)
        if name is not UNSET:
            found += 1

        display_name = d.get("display_name", UNSET)
        if display_name is not UNSET:
            found += 1

        issuer_type = d.get("issuer_type", UNSET)
        if issuer_type is not UNSET:
            found += 1
            issuer_type = (
                issuer_type.__class__ is str and _OFFER_ISSUER_TYPE_BY_VALUE.get(issuer_type)
            ) or as_enum(OfferIssuerType, issuer_type, "issuer_type")

        priority = d.get("priority", UNSET)
        if priority is not UNSET:
            found += 1
            if priority.__class__ is not int:
                priority = as_int(priority, "priority", True)

        tenures = d.get("tenures", UNSET)
        if tenures is not UNSET:
            found += 1
            if not isinstance(tenures, list):
                raise wrong_type("tenures", "a JSON array", tenures)
            tenures_read: list[OfferTenure] = []
            for tenures_item in tenures:
                try:
                    tenures_item = OfferTenure.from_dict(tenures_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("tenures", len(tenures_read)) from None
                tenures_read.append(tenures_item)
            tenures = tenures_read

        issuer_data = d.get("issuer_data", UNSET)
        if issuer_data is not UNSET:
            found += 1
            try:
                issuer_data = OfferIssuerData.from_dict(issuer_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("issuer_data") from None

        offer_issuer = cls(
            id,
            name,
            display_name,
            issuer_type,
            priority,
            tenures,
            issuer_data,
        )
        if found < len(d):
            offer_issuer.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_issuer

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


from ..models.offer_issuer_data import OfferIssuerData  # noqa: E402
from ..models.offer_tenure import OfferTenure  # noqa: E402
