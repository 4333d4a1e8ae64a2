from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_details import CardDetails
    from ..models.card_token_details import CardTokenDetails
    from ..models.netbanking_details import NetbankingDetails
    from ..models.payment_bnpl_details import PaymentBnplDetails
    from ..models.payment_cardless_details import PaymentCardlessDetails
    from ..models.payment_points_card_details import PaymentPointsCardDetails
    from ..models.upi_details import UpiDetails


T = TypeVar("T", bound="PaymentOption")

_FIELDS = frozenset(
    (
        "card_details",
        "card_token_details",
        "upi_details",
        "netbanking_details",
        "cardless_details",
        "points_card_details",
        "bnpl_details",
    )
)


@_attrs_define
class PaymentOption:
    """Exactly one payment instrument, the one payment_method calls for."""

    card_details: CardDetails | Unset = UNSET
    """ A card entered by the customer. The card number and CVV are never logged. Saved-card flows may omit the CVV
    and expiry. """
    card_token_details: CardTokenDetails | Unset = UNSET
    """ A saved card, paid by its token. The CVV is never logged. """
    upi_details: UpiDetails | Unset = UNSET
    """ A UPI payment. """
    netbanking_details: NetbankingDetails | Unset = UNSET
    """ A netbanking payment. """
    cardless_details: PaymentCardlessDetails | Unset = UNSET
    """ The customer of a cardless EMI payment. The PAN is personal data; keep it out of logs. """
    points_card_details: PaymentPointsCardDetails | Unset = UNSET
    """ The card whose reward points pay (payment method POINTS). The card number is never logged. """
    bnpl_details: PaymentBnplDetails | Unset = UNSET
    """ A buy-now-pay-later payment (payment method BNPL). """

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

        cardless_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cardless_details, Unset):
            cardless_details = self.cardless_details.to_dict()

        points_card_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points_card_details, Unset):
            points_card_details = self.points_card_details.to_dict()

        bnpl_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bnpl_details, Unset):
            bnpl_details = self.bnpl_details.to_dict()

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
        if cardless_details is not UNSET:
            field_dict["cardless_details"] = cardless_details
        if points_card_details is not UNSET:
            field_dict["points_card_details"] = points_card_details
        if bnpl_details is not UNSET:
            field_dict["bnpl_details"] = bnpl_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentOption must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentOption", d, _FIELDS)
        try:
            _card_details = d.pop("card_details", UNSET)
            card_details: CardDetails | Unset
            if isinstance(_card_details, Unset):
                card_details = UNSET
            else:
                card_details = CardDetails.from_dict(_card_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("card_details") from None

        try:
            _card_token_details = d.pop("card_token_details", UNSET)
            card_token_details: CardTokenDetails | Unset
            if isinstance(_card_token_details, Unset):
                card_token_details = UNSET
            else:
                card_token_details = CardTokenDetails.from_dict(_card_token_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("card_token_details") from None

        try:
            _upi_details = d.pop("upi_details", UNSET)
            upi_details: UpiDetails | Unset
            if isinstance(_upi_details, Unset):
                upi_details = UNSET
            else:
                upi_details = UpiDetails.from_dict(_upi_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("upi_details") from None

        try:
            _netbanking_details = d.pop("netbanking_details", UNSET)
            netbanking_details: NetbankingDetails | Unset
            if isinstance(_netbanking_details, Unset):
                netbanking_details = UNSET
            else:
                netbanking_details = NetbankingDetails.from_dict(_netbanking_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("netbanking_details") from None

        try:
            _cardless_details = d.pop("cardless_details", UNSET)
            cardless_details: PaymentCardlessDetails | Unset
            if isinstance(_cardless_details, Unset):
                cardless_details = UNSET
            else:
                cardless_details = PaymentCardlessDetails.from_dict(_cardless_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("cardless_details") from None

        try:
            _points_card_details = d.pop("points_card_details", UNSET)
            points_card_details: PaymentPointsCardDetails | Unset
            if isinstance(_points_card_details, Unset):
                points_card_details = UNSET
            else:
                points_card_details = PaymentPointsCardDetails.from_dict(_points_card_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("points_card_details") from None

        try:
            _bnpl_details = d.pop("bnpl_details", UNSET)
            bnpl_details: PaymentBnplDetails | Unset
            if isinstance(_bnpl_details, Unset):
                bnpl_details = UNSET
            else:
                bnpl_details = PaymentBnplDetails.from_dict(_bnpl_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("bnpl_details") from None

        payment_option = cls(
            card_details=card_details,
            card_token_details=card_token_details,
            upi_details=upi_details,
            netbanking_details=netbanking_details,
            cardless_details=cardless_details,
            points_card_details=points_card_details,
            bnpl_details=bnpl_details,
        )

        return payment_option


if TYPE_CHECKING:
    from ..models.card_details import CardDetailsParams
    from ..models.card_token_details import CardTokenDetailsParams
    from ..models.netbanking_details import NetbankingDetailsParams
    from ..models.payment_bnpl_details import PaymentBnplDetailsParams
    from ..models.payment_cardless_details import PaymentCardlessDetailsParams
    from ..models.payment_points_card_details import PaymentPointsCardDetailsParams
    from ..models.upi_details import UpiDetailsParams


class PaymentOptionParams(TypedDict, total=False):
    """``PaymentOption`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_details: CardDetailsParams | CardDetails | Unset
    card_token_details: CardTokenDetailsParams | CardTokenDetails | Unset
    upi_details: UpiDetailsParams | UpiDetails | Unset
    netbanking_details: NetbankingDetailsParams | NetbankingDetails | Unset
    cardless_details: PaymentCardlessDetailsParams | PaymentCardlessDetails | Unset
    points_card_details: PaymentPointsCardDetailsParams | PaymentPointsCardDetails | Unset
    bnpl_details: PaymentBnplDetailsParams | PaymentBnplDetails | Unset


from ..models.card_details import CardDetails  # noqa: E402
from ..models.card_token_details import CardTokenDetails  # noqa: E402
from ..models.netbanking_details import NetbankingDetails  # noqa: E402
from ..models.payment_bnpl_details import PaymentBnplDetails  # noqa: E402
from ..models.payment_cardless_details import PaymentCardlessDetails  # noqa: E402
from ..models.payment_points_card_details import PaymentPointsCardDetails  # noqa: E402
from ..models.upi_details import UpiDetails  # noqa: E402
