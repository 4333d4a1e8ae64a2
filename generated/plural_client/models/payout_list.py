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
from ..types import UNSET, Unset, as_int, extras_repr

if TYPE_CHECKING:
    from ..models.payout import Payout
    from ..models.payout_link import PayoutLink


T = TypeVar("T", bound="PayoutList")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("PayoutList must be a JSON object")
        d = dict(src_dict)
        _payments = d.pop("payments", UNSET)
        payments: list[Payout] | Unset = UNSET
        if _payments is not UNSET:
            if not isinstance(_payments, list):
                raise TypeError("payments must be a JSON array")
            payments = []
            for payments_item_data in _payments:
                try:
                    payments_item = Payout.from_dict(payments_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("payments", len(payments)) from None

                payments.append(payments_item)

        total_records = d.pop("totalRecords", UNSET)
        if total_records.__class__ is not int and total_records is not UNSET:
            total_records = as_int(total_records, "totalRecords", True)

        next_page = d.pop("nextPage", UNSET)
        if next_page.__class__ is not int and next_page is not UNSET:
            next_page = as_int(next_page, "nextPage", True)

        total_pages = d.pop("totalPages", UNSET)
        if total_pages.__class__ is not int and total_pages is not UNSET:
            total_pages = as_int(total_pages, "totalPages", True)

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

        payout_list = cls(
            payments=payments,
            total_records=total_records,
            next_page=next_page,
            total_pages=total_pages,
            field_links=field_links,
        )

        payout_list.additional_properties = d
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
