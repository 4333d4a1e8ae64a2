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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_object,
)

if TYPE_CHECKING:
    from ..models.card_details import CardDetails
    from ..models.card_token_details import CardTokenDetails
    from ..models.netbanking_details import NetbankingDetails
    from ..models.payment_bnpl_details import PaymentBnplDetails
    from ..models.payment_cardless_details import PaymentCardlessDetails
    from ..models.payment_points_card_details import PaymentPointsCardDetails
    from ..models.upi_details import UpiDetails


T = TypeVar("T", bound="PaymentOption")

_FIELDS: frozenset[str] = frozenset(
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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentOption")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentOption", d, _FIELDS)
        card_details = d.get("card_details", UNSET)
        if card_details is not UNSET:
            try:
                card_details = CardDetails.from_dict(card_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_details") from None

        card_token_details = d.get("card_token_details", UNSET)
        if card_token_details is not UNSET:
            try:
                card_token_details = CardTokenDetails.from_dict(card_token_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_token_details") from None

        upi_details = d.get("upi_details", UNSET)
        if upi_details is not UNSET:
            try:
                upi_details = UpiDetails.from_dict(upi_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("upi_details") from None

        netbanking_details = d.get("netbanking_details", UNSET)
        if netbanking_details is not UNSET:
            try:
                netbanking_details = NetbankingDetails.from_dict(netbanking_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("netbanking_details") from None

        cardless_details = d.get("cardless_details", UNSET)
        if cardless_details is not UNSET:
            try:
                cardless_details = PaymentCardlessDetails.from_dict(cardless_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cardless_details") from None

        points_card_details = d.get("points_card_details", UNSET)
        if points_card_details is not UNSET:
            try:
                points_card_details = PaymentPointsCardDetails.from_dict(points_card_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("points_card_details") from None

        bnpl_details = d.get("bnpl_details", UNSET)
        if bnpl_details is not UNSET:
            try:
                bnpl_details = PaymentBnplDetails.from_dict(bnpl_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("bnpl_details") from None

        payment_option = cls(
            card_details,
            card_token_details,
            upi_details,
            netbanking_details,
            cardless_details,
            points_card_details,
            bnpl_details,
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
