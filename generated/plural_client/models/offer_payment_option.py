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
    from ..models.offer_card_details import OfferCardDetails
    from ..models.offer_card_token_details import OfferCardTokenDetails
    from ..models.offer_cardless_details import OfferCardlessDetails


T = TypeVar("T", bound="OfferPaymentOption")

_FIELDS = frozenset(
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
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferPaymentOption must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferPaymentOption", d, _FIELDS)
        try:
            _card_details = d.pop("card_details", UNSET)
            card_details: OfferCardDetails | Unset
            if isinstance(_card_details, Unset):
                card_details = UNSET
            else:
                card_details = OfferCardDetails.from_dict(_card_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("card_details") from None

        try:
            _cardless_details = d.pop("cardless_details", UNSET)
            cardless_details: OfferCardlessDetails | Unset
            if isinstance(_cardless_details, Unset):
                cardless_details = UNSET
            else:
                cardless_details = OfferCardlessDetails.from_dict(_cardless_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("cardless_details") from None

        try:
            _card_token_details = d.pop("card_token_details", UNSET)
            card_token_details: OfferCardTokenDetails | Unset
            if isinstance(_card_token_details, Unset):
                card_token_details = UNSET
            else:
                card_token_details = OfferCardTokenDetails.from_dict(_card_token_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("card_token_details") from None

        offer_payment_option = cls(
            card_details=card_details,
            cardless_details=cardless_details,
            card_token_details=card_token_details,
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
