from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..types import (
    FieldTypeError,
    as_object,
)

if TYPE_CHECKING:
    from ..models.offer_cardless_details import OfferCardlessDetails


T = TypeVar("T", bound="CardlessOfferPaymentOption")

_FIELDS: frozenset[str] = frozenset(("cardless_details",))


@_attrs_define
class CardlessOfferPaymentOption:
    """The cardless customer to find offers for."""

    cardless_details: OfferCardlessDetails
    """ The customer of a cardless EMI, by PAN and registered mobile. """

    def to_dict(self) -> dict[str, Any]:
        cardless_details = self.cardless_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cardless_details": cardless_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CardlessOfferPaymentOption")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardlessOfferPaymentOption", d, _FIELDS)
        try:
            cardless_details = d["cardless_details"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        try:
            cardless_details = OfferCardlessDetails.from_dict(cardless_details)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("cardless_details") from None

        cardless_offer_payment_option = cls(
            cardless_details,
        )
        return cardless_offer_payment_option


if TYPE_CHECKING:
    from ..models.offer_cardless_details import OfferCardlessDetailsParams


class CardlessOfferPaymentOptionParams(TypedDict, total=False):
    """``CardlessOfferPaymentOption`` as a dict, for the resource methods: mypy checks its keys and types."""

    cardless_details: Required[OfferCardlessDetailsParams | OfferCardlessDetails]


from ..models.offer_cardless_details import OfferCardlessDetails  # noqa: E402
