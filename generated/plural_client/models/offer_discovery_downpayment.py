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
    from ..models.money import Money


T = TypeVar("T", bound="OfferDiscoveryDownpayment")

_FIELDS: frozenset[str] = frozenset(("downpayment_amount",))


@_attrs_define
class OfferDiscoveryDownpayment:
    """The down payment the customer chose (EMI with down payment)."""

    downpayment_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """

    def to_dict(self) -> dict[str, Any]:
        downpayment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downpayment_amount, Unset):
            downpayment_amount = self.downpayment_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if downpayment_amount is not UNSET:
            field_dict["downpayment_amount"] = downpayment_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "OfferDiscoveryDownpayment")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryDownpayment", d, _FIELDS)
        downpayment_amount = d.get("downpayment_amount", UNSET)
        if downpayment_amount is not UNSET:
            try:
                downpayment_amount = Money.from_dict(downpayment_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("downpayment_amount") from None

        offer_discovery_downpayment = cls(
            downpayment_amount,
        )
        return offer_discovery_downpayment


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class OfferDiscoveryDownpaymentParams(TypedDict, total=False):
    """``OfferDiscoveryDownpayment`` as a dict, for the resource methods: mypy checks its keys and types."""

    downpayment_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
