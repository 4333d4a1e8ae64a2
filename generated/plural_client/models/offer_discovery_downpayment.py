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
    from ..models.money import Money


T = TypeVar("T", bound="OfferDiscoveryDownpayment")

_FIELDS = frozenset(("downpayment_amount",))


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("OfferDiscoveryDownpayment must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("OfferDiscoveryDownpayment", d, _FIELDS)
        try:
            _downpayment_amount = d.pop("downpayment_amount", UNSET)
            downpayment_amount: Money | Unset
            if isinstance(_downpayment_amount, Unset):
                downpayment_amount = UNSET
            else:
                downpayment_amount = Money.from_dict(_downpayment_amount)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("downpayment_amount") from None

        offer_discovery_downpayment = cls(
            downpayment_amount=downpayment_amount,
        )

        return offer_discovery_downpayment


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class OfferDiscoveryDownpaymentParams(TypedDict, total=False):
    """``OfferDiscoveryDownpayment`` as a dict, for the resource methods: mypy checks its keys and types."""

    downpayment_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
