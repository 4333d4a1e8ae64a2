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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_int,
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.payout import Payout
    from ..models.payout_link import PayoutLink


T = TypeVar("T", bound="PayoutList")

_FIELDS: frozenset[str] = frozenset(
    (
        "payments",
        "totalRecords",
        "nextPage",
        "totalPages",
        "_links",
    )
)


@_attrs_define
class PayoutList:
    """A page of payouts."""

    payments: list[Payout] | Unset = UNSET
    """ The payouts found. """
    total_records: int | Unset = UNSET
    """ How many payouts match in all. """
    next_page: int | Unset = UNSET
    """ Number of the next page. """
    total_pages: int | Unset = UNSET
    """ How many pages there are. """
    field_links: list[PayoutLink] | Unset = UNSET
    """ Links to related pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        total_records = self.total_records

        next_page = self.next_page

        total_pages = self.total_pages

        field_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = []
            for field_links_item_data in self.field_links:
                field_links_item = field_links_item_data.to_dict()
                field_links.append(field_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payments is not UNSET:
            field_dict["payments"] = payments
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PayoutList")
        found = 0
        payments = d.get("payments", UNSET)
        if payments is not UNSET:
            found += 1
            if not isinstance(payments, list):
                raise wrong_type("payments", "a JSON array", payments)
            payments_read: list[Payout] = []
            for payments_item in payments:
                try:
                    payments_item = Payout.from_dict(payments_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("payments", len(payments_read)) from None
                payments_read.append(payments_item)
            payments = payments_read

        total_records = d.get("totalRecords", UNSET)
        if total_records is not UNSET:
            found += 1
            if total_records.__class__ is not int:
                total_records = as_int(total_records, "totalRecords", True)

        next_page = d.get("nextPage", UNSET)
        if next_page is not UNSET:
            found += 1
            if next_page.__class__ is not int:
                next_page = as_int(next_page, "nextPage", True)

        total_pages = d.get("totalPages", UNSET)
        if total_pages is not UNSET:
            found += 1
            if total_pages.__class__ is not int:
                total_pages = as_int(total_pages, "totalPages", True)

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

        payout_list = cls(
            payments,
            total_records,
            next_page,
            total_pages,
            field_links,
        )
        if found < len(d):
            payout_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return payout_list

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


from ..models.payout import Payout  # noqa: E402
from ..models.payout_link import PayoutLink  # noqa: E402
