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
    from ..models.payment_offer_details import PaymentOfferDetails


T = TypeVar("T", bound="PaymentOfferData")

_FIELDS: frozenset[str] = frozenset(("offer_details",))


@_attrs_define
class PaymentOfferData:
    """The EMI offer the customer chose, as offer discovery gave it; required for CREDIT_EMI, DEBIT_EMI and CARDLESS_EMI."""

    offer_details: PaymentOfferDetails | Unset = UNSET
    """ The chosen issuer (its discovery fields) and the one tenure chosen. """

    def to_dict(self) -> dict[str, Any]:
        offer_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_details, Unset):
            offer_details = self.offer_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if offer_details is not UNSET:
            field_dict["offer_details"] = offer_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentOfferData")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentOfferData", d, _FIELDS)
        offer_details = d.get("offer_details", UNSET)
        if offer_details is not UNSET:
            try:
                offer_details = PaymentOfferDetails.from_dict(offer_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("offer_details") from None

        payment_offer_data = cls(
            offer_details,
        )
        return payment_offer_data


if TYPE_CHECKING:
    from ..models.payment_offer_details import PaymentOfferDetailsParams


class PaymentOfferDataParams(TypedDict, total=False):
    """``PaymentOfferData`` as a dict, for the resource methods: mypy checks its keys and types."""

    offer_details: PaymentOfferDetailsParams | PaymentOfferDetails | Unset


from ..models.payment_offer_details import PaymentOfferDetails  # noqa: E402
