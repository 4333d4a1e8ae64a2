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
    from ..models.offer_discovery_card import OfferDiscoveryCard
    from ..models.offer_discovery_card_token import OfferDiscoveryCardToken


T = TypeVar("T", bound="OfferDiscoveryPaymentOptions")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_details",
        "card_token_details",
    )
)


@_attrs_define
class OfferDiscoveryPaymentOptions:
    """The card or saved card to find offers for; one of the two."""

    card_details: OfferDiscoveryCard | Unset = UNSET
    """ A card to find offers for. """
    card_token_details: OfferDiscoveryCardToken | Unset = UNSET
    """ A saved card to find offers for; token or token_id (token_id needs customer_details). """

    def to_dict(self) -> dict[str, Any]:
        card_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_details, Unset):
            card_details = self.card_details.to_dict()

        card_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_token_details, Unset):
            card_token_details = self.card_token_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if card_details is not UNSET:
            field_dict["card_details"] = card_details
        if card_token_details is not UNSET:
            field_dict["card_token_details"] = card_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "OfferDiscoveryPaymentOptions")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryPaymentOptions", d, _FIELDS)
        card_details = d.get("card_details", UNSET)
        if card_details is not UNSET:
            try:
                card_details = OfferDiscoveryCard.from_dict(card_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_details") from None

        card_token_details = d.get("card_token_details", UNSET)
        if card_token_details is not UNSET:
            try:
                card_token_details = OfferDiscoveryCardToken.from_dict(card_token_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_token_details") from None

        offer_discovery_payment_options = cls(
            card_details,
            card_token_details,
        )
        return offer_discovery_payment_options


if TYPE_CHECKING:
    from ..models.offer_discovery_card import OfferDiscoveryCardParams
    from ..models.offer_discovery_card_token import OfferDiscoveryCardTokenParams


class OfferDiscoveryPaymentOptionsParams(TypedDict, total=False):
    """``OfferDiscoveryPaymentOptions`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_details: OfferDiscoveryCardParams | OfferDiscoveryCard | Unset
    card_token_details: OfferDiscoveryCardTokenParams | OfferDiscoveryCardToken | Unset


from ..models.offer_discovery_card import OfferDiscoveryCard  # noqa: E402
from ..models.offer_discovery_card_token import OfferDiscoveryCardToken  # noqa: E402
