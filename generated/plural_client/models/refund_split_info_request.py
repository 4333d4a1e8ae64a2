from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.refund_split_detail_request import RefundSplitDetailRequest


T = TypeVar("T", bound="RefundSplitInfoRequest")

_FIELDS: frozenset[str] = frozenset(
    (
        "split_type",
        "split_details",
    )
)


@_attrs_define
class RefundSplitInfoRequest:
    """How a refund of a split-settlement order is split between partners."""

    split_type: str | Unset = UNSET
    """ How the split is expressed; Plural documents AMOUNT. """
    split_details: list[RefundSplitDetailRequest] | Unset = UNSET
    """ The partners' shares of the refund. """

    def to_dict(self) -> dict[str, Any]:
        split_type = self.split_type

        split_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.split_details, Unset):
            split_details = []
            for split_details_item_data in self.split_details:
                split_details_item = split_details_item_data.to_dict()
                split_details.append(split_details_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if split_type is not UNSET:
            field_dict["split_type"] = split_type
        if split_details is not UNSET:
            field_dict["split_details"] = split_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "RefundSplitInfoRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("RefundSplitInfoRequest", d, _FIELDS)
        split_type = d.get("split_type", UNSET)

        split_details = d.get("split_details", UNSET)
        if split_details is not UNSET:
            if not isinstance(split_details, list):
                raise wrong_type("split_details", "a JSON array", split_details)
            split_details_read: list[RefundSplitDetailRequest] = []
            for split_details_item in split_details:
                try:
                    split_details_item = RefundSplitDetailRequest.from_dict(split_details_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("split_details", len(split_details_read)) from None
                split_details_read.append(split_details_item)
            split_details = split_details_read

        refund_split_info_request = cls(
            split_type,
            split_details,
        )
        return refund_split_info_request


if TYPE_CHECKING:
    from ..models.refund_split_detail_request import RefundSplitDetailRequestParams


class RefundSplitInfoRequestParams(TypedDict, total=False):
    """``RefundSplitInfoRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    split_type: str | Unset
    split_details: Sequence[RefundSplitDetailRequestParams | RefundSplitDetailRequest] | Unset


from ..models.refund_split_detail_request import RefundSplitDetailRequest  # noqa: E402
