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
    as_object,
    extras_repr,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.presentation import Presentation
    from ..models.subscription_page_info import SubscriptionPageInfo
    from ..models.subscription_page_links import SubscriptionPageLinks


T = TypeVar("T", bound="PresentationList")

_FIELDS: frozenset[str] = frozenset(
    (
        "links",
        "page",
        "presentations",
    )
)


@_attrs_define
class PresentationList:
    """One page of a subscription's presentations."""

    links: SubscriptionPageLinks | Unset = UNSET
    """ Links to the pages around this one. """
    page: SubscriptionPageInfo | Unset = UNSET
    """ Where a page sits in a paginated list. """
    presentations: list[Presentation] | Unset = UNSET
    """ The presentations of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        presentations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.presentations, Unset):
            presentations = []
            for presentations_item_data in self.presentations:
                presentations_item = presentations_item_data.to_dict()
                presentations.append(presentations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if page is not UNSET:
            field_dict["page"] = page
        if presentations is not UNSET:
            field_dict["presentations"] = presentations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PresentationList")
        found = 0
        links = d.get("links", UNSET)
        if links is not UNSET:
            found += 1
            try:
                links = SubscriptionPageLinks.from_dict(links)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("links") from None

        page = d.get("page", UNSET)
        if page is not UNSET:
            found += 1
            try:
                page = SubscriptionPageInfo.from_dict(page)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("page") from None

        presentations = d.get("presentations", UNSET)
        if presentations is not UNSET:
            found += 1
            if not isinstance(presentations, list):
                raise wrong_type("presentations", "a JSON array", presentations)
            presentations_read: list[Presentation] = []
            for presentations_item in presentations:
                try:
                    presentations_item = Presentation.from_dict(presentations_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("presentations", len(presentations_read)) from None
                presentations_read.append(presentations_item)
            presentations = presentations_read

        presentation_list = cls(
            links,
            page,
            presentations,
        )
        if found < len(d):
            presentation_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return presentation_list

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


from ..models.presentation import Presentation  # noqa: E402
from ..models.subscription_page_info import SubscriptionPageInfo  # noqa: E402
from ..models.subscription_page_links import SubscriptionPageLinks  # noqa: E402
