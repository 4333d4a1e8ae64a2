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


T = TypeVar("T", bound="ReleaseSplitSettlementRequest")

_FIELDS: frozenset[str] = frozenset(("release_amount",))


@_attrs_define
class ReleaseSplitSettlementRequest:
    """What to release of a held split settlement; without release_amount the whole held amount."""

    release_amount: Money | Unset = UNSET
    """ Any other sum of money (a discount, a fee, a balance, a breakdown line), in the
    currency's smallest unit; unlike `Amount` it may be below one rupee, or zero.
     """

    def to_dict(self) -> dict[str, Any]:
        release_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.release_amount, Unset):
            release_amount = self.release_amount.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if release_amount is not UNSET:
            field_dict["release_amount"] = release_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ReleaseSplitSettlementRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("ReleaseSplitSettlementRequest", d, _FIELDS)
        release_amount = d.get("release_amount", UNSET)
        if release_amount is not UNSET:
            try:
                release_amount = Money.from_dict(release_amount)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("release_amount") from None

        release_split_settlement_request = cls(
            release_amount,
        )
        return release_split_settlement_request


if TYPE_CHECKING:
    from ..models.money import MoneyParams


class ReleaseSplitSettlementRequestParams(TypedDict, total=False):
    """``ReleaseSplitSettlementRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    release_amount: MoneyParams | Money | Unset


from ..models.money import Money  # noqa: E402
