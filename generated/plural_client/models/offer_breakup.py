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
    from ..models.offer_breakup_share import OfferBreakupShare


T = TypeVar("T", bound="OfferBreakup")

_FIELDS: frozenset[str] = frozenset(
    (
        "merchant",
        "brand",
        "issuer",
        "dealer",
    )
)


@_attrs_define
class OfferBreakup:
    """Who funds a discount or subvention, party by party."""

    merchant: OfferBreakupShare | Unset = UNSET
    """ The part of a discount or subvention one party funds. """
    brand: OfferBreakupShare | Unset = UNSET
    """ The part of a discount or subvention one party funds. """
    issuer: OfferBreakupShare | Unset = UNSET
    """ The part of a discount or subvention one party funds. """
    dealer: OfferBreakupShare | Unset = UNSET
    """ The part of a discount or subvention one party funds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        merchant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant, Unset):
            merchant = self.merchant.to_dict()

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        issuer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer, Unset):
            issuer = self.issuer.to_dict()

        dealer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dealer, Unset):
            dealer = self.dealer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if brand is not UNSET:
            field_dict["brand"] = brand
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if dealer is not UNSET:
            field_dict["dealer"] = dealer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferBreakup")
        found = 0
        merchant = d.get("merchant", UNSET)
        if merchant is not UNSET:
            found += 1
            try:
                merchant = OfferBreakupShare.from_dict(merchant)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant") from None

        brand = d.get("brand", UNSET)
        if brand is not UNSET:
            found += 1
            try:
                brand = OfferBreakupShare.from_dict(brand)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("brand") from None

        issuer = d.get("issuer", UNSET)
        if issuer is not UNSET:
            found += 1
            try:
                issuer = OfferBreakupShare.from_dict(issuer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("issuer") from None

        dealer = d.get("dealer", UNSET)
        if dealer is not UNSET:
            found += 1
            try:
                dealer = OfferBreakupShare.from_dict(dealer)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("dealer") from None

        offer_breakup = cls(
            merchant,
            brand,
            issuer,
            dealer,
        )
        if found < len(d):
            offer_breakup.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return offer_breakup

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
    from ..models.offer_breakup_share import OfferBreakupShareParams


class OfferBreakupParams(TypedDict, total=False):
    """``OfferBreakup`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant: OfferBreakupShareParams | OfferBreakupShare | Unset
    brand: OfferBreakupShareParams | OfferBreakupShare | Unset
    issuer: OfferBreakupShareParams | OfferBreakupShare | Unset
    dealer: OfferBreakupShareParams | OfferBreakupShare | Unset


from ..models.offer_breakup_share import OfferBreakupShare  # noqa: E402
