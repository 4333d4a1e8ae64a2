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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

if TYPE_CHECKING:
    from ..models.offer_tenure import OfferTenure


T = TypeVar("T", bound="PaymentOfferDetails")

_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "issuer_type",
        "priority",
        "display_name",
        "tenure",
    )
)
_OFFER_ISSUER_TYPE_BY_VALUE = members_by_value(OfferIssuerType)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentOfferDetails")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentOfferDetails", d, _FIELDS)
        try:
            id = d["id"]
            name = d["name"]
            issuer_type = d["issuer_type"]
            priority = d["priority"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        issuer_type = (
            issuer_type.__class__ is str and _OFFER_ISSUER_TYPE_BY_VALUE.get(issuer_type)
        ) or as_enum(OfferIssuerType, issuer_type, "issuer_type")

        display_name = d.get("display_name", UNSET)

        tenure = d.get("tenure", UNSET)
        if tenure is not UNSET:
            try:
                tenure = OfferTenure.from_dict(tenure)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("tenure") from None

        payment_offer_details = cls(
            id,
            name,
            issuer_type,
            priority,
            display_name,
            tenure,
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
