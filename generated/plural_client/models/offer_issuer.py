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
from ..types import UNSET, Unset, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.offer_issuer_data import OfferIssuerData
    from ..models.offer_tenure import OfferTenure


T = TypeVar("T", bound="OfferIssuer")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferIssuer must be a JSON object")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        _issuer_type = d.pop("issuer_type", UNSET)
        issuer_type: OfferIssuerType | Unset
        if isinstance(_issuer_type, Unset):
            issuer_type = UNSET
        else:
            issuer_type = OfferIssuerType(_issuer_type)

        priority = d.pop("priority", UNSET)
        if priority.__class__ is not int and priority is not UNSET:
            priority = as_int(priority, "priority", True)

        _tenures = d.pop("tenures", UNSET)
        tenures: list[OfferTenure] | Unset = UNSET
        if _tenures is not UNSET:
            if not isinstance(_tenures, list):
                raise TypeError("tenures must be a JSON array")
            tenures = []
            for tenures_item_data in _tenures:
                try:
                    tenures_item = OfferTenure.from_dict(tenures_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("tenures", len(tenures)) from None

                tenures.append(tenures_item)

        try:
            _issuer_data = d.pop("issuer_data", UNSET)
            issuer_data: OfferIssuerData | Unset
            if isinstance(_issuer_data, Unset):
                issuer_data = UNSET
            else:
                issuer_data = OfferIssuerData.from_dict(_issuer_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("issuer_data") from None

        offer_issuer = cls(
            id=id,
            name=name,
            display_name=display_name,
            issuer_type=issuer_type,
            priority=priority,
            tenures=tenures,
            issuer_data=issuer_data,
        )

        offer_issuer.additional_properties = d
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
