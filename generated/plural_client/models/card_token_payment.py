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
    from ..models.card_token_acquirer_data import CardTokenAcquirerData


T = TypeVar("T", bound="CardTokenPayment")

_FIELDS = frozenset(("acquirer_data",))


@_attrs_define
class CardTokenPayment:
    """The payment that authenticated the card."""

    acquirer_data: CardTokenAcquirerData | Unset = UNSET
    """ The acquirer's references of the payment that authenticated the card. """

    def to_dict(self) -> dict[str, Any]:
        acquirer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acquirer_data, Unset):
            acquirer_data = self.acquirer_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if acquirer_data is not UNSET:
            field_dict["acquirer_data"] = acquirer_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CardTokenPayment must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardTokenPayment", d, _FIELDS)
        try:
            _acquirer_data = d.pop("acquirer_data", UNSET)
            acquirer_data: CardTokenAcquirerData | Unset
            if isinstance(_acquirer_data, Unset):
                acquirer_data = UNSET
            else:
                acquirer_data = CardTokenAcquirerData.from_dict(_acquirer_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("acquirer_data") from None

        card_token_payment = cls(
            acquirer_data=acquirer_data,
        )

        return card_token_payment


if TYPE_CHECKING:
    from ..models.card_token_acquirer_data import CardTokenAcquirerDataParams


class CardTokenPaymentParams(TypedDict, total=False):
    """``CardTokenPayment`` as a dict, for the resource methods: mypy checks its keys and types."""

    acquirer_data: CardTokenAcquirerDataParams | CardTokenAcquirerData | Unset


from ..models.card_token_acquirer_data import CardTokenAcquirerData  # noqa: E402
