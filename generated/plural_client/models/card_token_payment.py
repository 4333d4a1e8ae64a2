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
    from ..models.card_token_acquirer_data import CardTokenAcquirerData


T = TypeVar("T", bound="CardTokenPayment")

_FIELDS: frozenset[str] = frozenset(("acquirer_data",))


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CardTokenPayment")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CardTokenPayment", d, _FIELDS)
        acquirer_data = d.get("acquirer_data", UNSET)
        if acquirer_data is not UNSET:
            try:
                acquirer_data = CardTokenAcquirerData.from_dict(acquirer_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("acquirer_data") from None

        card_token_payment = cls(
            acquirer_data,
        )
        return card_token_payment


if TYPE_CHECKING:
    from ..models.card_token_acquirer_data import CardTokenAcquirerDataParams


class CardTokenPaymentParams(TypedDict, total=False):
    """``CardTokenPayment`` as a dict, for the resource methods: mypy checks its keys and types."""

    acquirer_data: CardTokenAcquirerDataParams | CardTokenAcquirerData | Unset


from ..models.card_token_acquirer_data import CardTokenAcquirerData  # noqa: E402
