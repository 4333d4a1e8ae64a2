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

if TYPE_CHECKING:
    from ..models.offer_cardless_details import OfferCardlessDetails


T = TypeVar("T", bound="CardlessOfferPaymentOption")

_FIELDS = frozenset(("cardless_details",))


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardlessOfferPaymentOption must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardlessOfferPaymentOption", d, _FIELDS)
        for required in ("cardless_details",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        try:
            cardless_details = OfferCardlessDetails.from_dict(d.pop("cardless_details"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("cardless_details") from None

        cardless_offer_payment_option = cls(
            cardless_details=cardless_details,
        )

        return cardless_offer_payment_option


if TYPE_CHECKING:
    from ..models.offer_cardless_details import OfferCardlessDetailsParams


class CardlessOfferPaymentOptionParams(TypedDict, total=False):
    """``CardlessOfferPaymentOption`` as a dict, for the resource methods: mypy checks its keys and types."""

    cardless_details: Required[OfferCardlessDetailsParams | OfferCardlessDetails]


from ..models.offer_cardless_details import OfferCardlessDetails  # noqa: E402
