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
from ..models.offer_issuer_type import OfferIssuerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_tenure import OfferTenure


T = TypeVar("T", bound="PaymentOfferDetails")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "issuer_type",
        "priority",
        "display_name",
        "tenure",
    )
)


@_attrs_define
class PaymentOfferDetails:
    """The chosen issuer (its discovery fields) and the one tenure chosen."""

    id: str
    """ The issuer's id from offer discovery. """
    name: str
    """ The issuer's name from offer discovery. """
    issuer_type: OfferIssuerType
    """ The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank). """
    priority: int
    """ The issuer's priority from offer discovery. """
    display_name: str | Unset = UNSET
    """ The issuer's display name from offer discovery. """
    tenure: OfferTenure | Unset = UNSET
    """ One EMI tenure an issuer offers, with its amounts. Answered by offer
    discovery and sent back unchanged in `offer_data` (validate_offer,
    create_payment), so it stays open to the fields Plural adds.
     """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        issuer_type = self.issuer_type.value

        priority = self.priority

        display_name = self.display_name

        tenure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenure, Unset):
            tenure = self.tenure.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "issuer_type": issuer_type,
                "priority": priority,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if tenure is not UNSET:
            field_dict["tenure"] = tenure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("PaymentOfferDetails must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentOfferDetails", d, _FIELDS)
        for required in (
            "id",
            "name",
            "issuer_type",
            "priority",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        id = d.pop("id")

        name = d.pop("name")

        issuer_type = OfferIssuerType(d.pop("issuer_type"))

        priority = d.pop("priority")

        display_name = d.pop("display_name", UNSET)

        try:
            _tenure = d.pop("tenure", UNSET)
            tenure: OfferTenure | Unset
            if isinstance(_tenure, Unset):
                tenure = UNSET
            else:
                tenure = OfferTenure.from_dict(_tenure)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("tenure") from None

        payment_offer_details = cls(
            id=id,
            name=name,
            issuer_type=issuer_type,
            priority=priority,
            display_name=display_name,
            tenure=tenure,
        )

        return payment_offer_details


if TYPE_CHECKING:
    from ..models.offer_issuer_type import OfferIssuerTypeValue
    from ..models.offer_tenure import OfferTenureParams


class PaymentOfferDetailsParams(TypedDict, total=False):
    """``PaymentOfferDetails`` as a dict, for the resource methods: mypy checks its keys and types."""

    id: Required[str]
    name: Required[str]
    issuer_type: Required[OfferIssuerTypeValue | OfferIssuerType]
    priority: Required[int]
    display_name: str | Unset
    tenure: OfferTenureParams | OfferTenure | Unset


from ..models.offer_tenure import OfferTenure  # noqa: E402
