from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_details import CardDetails
    from ..models.card_token_details import CardTokenDetails
    from ..models.netbanking_details import NetbankingDetails
    from ..models.upi_details import UpiDetails


T = TypeVar("T", bound="PaymentOption")


@_attrs_define
class PaymentOption:
    """Exactly one of the payment instruments."""

    card_details: CardDetails | Unset = UNSET
    """ A card entered by the customer. The card number and CVV are never logged. """
    card_token_details: CardTokenDetails | Unset = UNSET
    """ A network token of a saved card. """
    upi_details: UpiDetails | Unset = UNSET
    """ A UPI payment. """
    netbanking_details: NetbankingDetails | Unset = UNSET
    """ A netbanking payment. """

    def to_dict(self) -> dict[str, Any]:
        card_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_details, Unset):
            card_details = self.card_details.to_dict()

        card_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_token_details, Unset):
            card_token_details = self.card_token_details.to_dict()

        upi_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upi_details, Unset):
            upi_details = self.upi_details.to_dict()

        netbanking_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netbanking_details, Unset):
            netbanking_details = self.netbanking_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if card_details is not UNSET:
            field_dict["card_details"] = card_details
        if card_token_details is not UNSET:
            field_dict["card_token_details"] = card_token_details
        if upi_details is not UNSET:
            field_dict["upi_details"] = upi_details
        if netbanking_details is not UNSET:
            field_dict["netbanking_details"] = netbanking_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentOption must be a JSON object")
        d = dict(src_dict)
        _card_details = d.pop("card_details", UNSET)
        card_details: CardDetails | Unset
        if isinstance(_card_details, Unset):
            card_details = UNSET
        else:
            card_details = CardDetails.from_dict(_card_details)

        _card_token_details = d.pop("card_token_details", UNSET)
        card_token_details: CardTokenDetails | Unset
        if isinstance(_card_token_details, Unset):
            card_token_details = UNSET
        else:
            card_token_details = CardTokenDetails.from_dict(_card_token_details)

        _upi_details = d.pop("upi_details", UNSET)
        upi_details: UpiDetails | Unset
        if isinstance(_upi_details, Unset):
            upi_details = UNSET
        else:
            upi_details = UpiDetails.from_dict(_upi_details)

        _netbanking_details = d.pop("netbanking_details", UNSET)
        netbanking_details: NetbankingDetails | Unset
        if isinstance(_netbanking_details, Unset):
            netbanking_details = UNSET
        else:
            netbanking_details = NetbankingDetails.from_dict(_netbanking_details)

        payment_option = cls(
            card_details=card_details,
            card_token_details=card_token_details,
            upi_details=upi_details,
            netbanking_details=netbanking_details,
        )

        return payment_option


from ..models.card_details import CardDetails  # noqa: E402
from ..models.card_token_details import CardTokenDetails  # noqa: E402
from ..models.netbanking_details import NetbankingDetails  # noqa: E402
from ..models.upi_details import UpiDetails  # noqa: E402
