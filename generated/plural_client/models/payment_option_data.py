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
    from ..models.card_data import CardData
    from ..models.netbanking_data import NetbankingData
    from ..models.upi_data import UpiData


T = TypeVar("T", bound="PaymentOptionData")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_data",
        "upi_details",
        "upi_data",
        "netbanking_data",
    )
)


@_attrs_define
class PaymentOptionData:
    """The instrument used, as Plural reports it; one key, named by the payment method."""

    card_data: CardData | Unset = UNSET
    """ What Plural tells of the card used (never the number). """
    upi_details: UpiData | Unset = UNSET
    """ What Plural tells of a UPI payment: `upi_details` in payment responses, `upi_data` in webhooks. For an
    intent payment the `upi://pay` link is the order's challenge_url and the QR image its image_url. """
    upi_data: UpiData | Unset = UNSET
    """ What Plural tells of a UPI payment: `upi_details` in payment responses, `upi_data` in webhooks. For an
    intent payment the `upi://pay` link is the order's challenge_url and the QR image its image_url. """
    netbanking_data: NetbankingData | Unset = UNSET
    """ What Plural tells of the netbanking payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        card_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_data, Unset):
            card_data = self.card_data.to_dict()

        upi_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upi_details, Unset):
            upi_details = self.upi_details.to_dict()

        upi_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upi_data, Unset):
            upi_data = self.upi_data.to_dict()

        netbanking_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netbanking_data, Unset):
            netbanking_data = self.netbanking_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_data is not UNSET:
            field_dict["card_data"] = card_data
        if upi_details is not UNSET:
            field_dict["upi_details"] = upi_details
        if upi_data is not UNSET:
            field_dict["upi_data"] = upi_data
        if netbanking_data is not UNSET:
            field_dict["netbanking_data"] = netbanking_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentOptionData")
        found = 0
        card_data = d.get("card_data", UNSET)
        if card_data is not UNSET:
            found += 1
            try:
                card_data = CardData.from_dict(card_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_data") from None

        upi_details = d.get("upi_details", UNSET)
        if upi_details is not UNSET:
            found += 1
            try:
                upi_details = UpiData.from_dict(upi_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("upi_details") from None

        upi_data = d.get("upi_data", UNSET)
        if upi_data is not UNSET:
            found += 1
            try:
                upi_data = UpiData.from_dict(upi_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("upi_data") from None

        netbanking_data = d.get("netbanking_data", UNSET)
        if netbanking_data is not UNSET:
            found += 1
            try:
                netbanking_data = NetbankingData.from_dict(netbanking_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("netbanking_data") from None

        payment_option_data = cls(
            card_data,
            upi_details,
            upi_data,
            netbanking_data,
        )
        if found < len(d):
            payment_option_data.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payment_option_data

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


from ..models.card_data import CardData  # noqa: E402
from ..models.netbanking_data import NetbankingData  # noqa: E402
from ..models.upi_data import UpiData  # noqa: E402
