from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.payout_status import PayoutStatus
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.payout_link import PayoutLink


T = TypeVar("T", bound="BulkPayout")


@_attrs_define
class BulkPayout:
    """A bulk payout file accepted for processing."""

    request_reference_id: str | Unset = UNSET
    """ Plural's id of the upload; list_payouts finds its payouts by it. """
    status: PayoutStatus | Unset = UNSET
    """ Where a payout is: SCHEDULED (received), PENDING (funding account short of
    balance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not
    yet confirmed), SUCCESS (credited) or FAILED.
     """
    message: str | Unset = UNSET
    """ Plural's words on the status. """
    field_links: list[PayoutLink] | Unset = UNSET
    """ Links to related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        request_reference_id = self.request_reference_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        field_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = []
            for field_links_item_data in self.field_links:
                field_links_item = field_links_item_data.to_dict()
                field_links.append(field_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_reference_id is not UNSET:
            field_dict["requestReferenceId"] = request_reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("BulkPayout must be a JSON object")
        d = dict(src_dict)
        request_reference_id = d.pop("requestReferenceId", UNSET)

        _status = d.pop("status", UNSET)
        status: PayoutStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PayoutStatus(_status)

        message = d.pop("message", UNSET)

        _field_links = d.pop("_links", UNSET)
        field_links: list[PayoutLink] | Unset = UNSET
        if _field_links is not UNSET:
            if not isinstance(_field_links, list):
                raise TypeError("_links must be a JSON array")
            field_links = []
            for field_links_item_data in _field_links:
                try:
                    field_links_item = PayoutLink.from_dict(field_links_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("_links", len(field_links)) from None

                field_links.append(field_links_item)

        bulk_payout = cls(
            request_reference_id=request_reference_id,
            status=status,
            message=message,
            field_links=field_links,
        )

        bulk_payout.additional_properties = d
        return bulk_payout

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.payout_link import PayoutLink  # noqa: E402
