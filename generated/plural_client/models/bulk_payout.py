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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.payout_link import PayoutLink


T = TypeVar("T", bound="BulkPayout")

_FIELDS: frozenset[str] = frozenset(
    (
        "requestReferenceId",
        "status",
        "message",
        "_links",
    )
)
_PAYOUT_STATUS_BY_VALUE = members_by_value(PayoutStatus)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "BulkPayout")
        found = 0
        request_reference_id = d.get("requestReferenceId", UNSET)
        if request_reference_id is not UNSET:
            found += 1

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (status.__class__ is str and _PAYOUT_STATUS_BY_VALUE.get(status)) or as_enum(
                PayoutStatus, status, "status"
            )

        message = d.get("message", UNSET)
        if message is not UNSET:
            found += 1

        field_links = d.get("_links", UNSET)
        if field_links is not UNSET:
            found += 1
            if not isinstance(field_links, list):
                raise wrong_type("_links", "a JSON array", field_links)
            field_links_read: list[PayoutLink] = []
            for field_links_item in field_links:
                try:
                    field_links_item = PayoutLink.from_dict(field_links_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("_links", len(field_links_read)) from None
                field_links_read.append(field_links_item)
            field_links = field_links_read

        bulk_payout = cls(
            request_reference_id,
            status,
            message,
            field_links,
        )
        if found < len(d):
            bulk_payout.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
