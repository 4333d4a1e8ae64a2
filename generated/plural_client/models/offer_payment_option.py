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
    from ..models.offer_card_details import OfferCardDetails
    from ..models.offer_card_token_details import OfferCardTokenDetails
    from ..models.offer_cardless_details import OfferCardlessDetails


T = TypeVar("T", bound="OfferPaymentOption")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_details",
        "cardless_details",
        "card_token_details",
    )
)


@_attrs_define
class OfferPaymentOption:
    """Exactly one instrument paying the EMI."""

    card_details: OfferCardDetails | Unset = UNSET
    """ The card paying the EMI. """
    cardless_details: OfferCardlessDetails | Unset = UNSET
    """ The customer of a cardless EMI, by PAN and registered mobile. """
    card_token_details: OfferCardTokenDetails | Unset = UNSET
    """ The saved card paying the EMI. """

    def to_dict(self) -> dict[str, Any]:
        card_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_details, Unset):
            card_details = self.card_details.to_dict()

        cardless_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cardless_details, Unset):
            cardless_details = self.cardless_details.to_dict()

        card_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_token_details, Unset):
            card_token_details = self.card_token_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if card_details is not UNSET:
            field_dict["card_details"] = card_details
        if cardless_details is not UNSET:
            field_dict["cardless_details"] = cardless_details
        if card_token_details is not UNSET:
            field_dict["card_token_details"] = card_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "OfferPaymentOption")
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferPaymentOption", d, _FIELDS)
        card_details = d.get("card_details", UNSET)
        if card_details is not UNSET:
            try:
                card_details = OfferCardDetails.from_dict(card_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_details") from None

        cardless_details = d.get("cardless_details", UNSET)
        if cardless_details is not UNSET:
            try:
                cardless_details = OfferCardlessDetails.from_dict(cardless_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("cardless_details") from None

        card_token_details = d.get("card_token_details", UNSET)
        if card_token_details is not UNSET:
            try:
                card_token_details = OfferCardTokenDetails.from_dict(card_token_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_token_details") from None

        offer_payment_option = cls(
            card_details,
            cardless_details,
            card_token_details,
        )
        return offer_payment_option


if TYPE_CHECKING:
    from ..models.offer_card_details import OfferCardDetailsParams
    from ..models.offer_card_token_details import OfferCardTokenDetailsParams
    from ..models.offer_cardless_details import OfferCardlessDetailsParams


class OfferPaymentOptionParams(TypedDict, total=False):
    """``OfferPaymentOption`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_details: OfferCardDetailsParams | OfferCardDetails | Unset
    cardless_details: OfferCardlessDetailsParams | OfferCardlessDetails | Unset
    card_token_details: OfferCardTokenDetailsParams | OfferCardTokenDetails | Unset


from ..models.offer_card_details import OfferCardDetails  # noqa: E402
from ..models.offer_card_token_details import OfferCardTokenDetails  # noqa: E402
from ..models.offer_cardless_details import OfferCardlessDetails  # noqa: E402
