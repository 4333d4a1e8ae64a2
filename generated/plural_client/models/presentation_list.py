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
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.presentation import Presentation
    from ..models.subscription_page_info import SubscriptionPageInfo
    from ..models.subscription_page_links import SubscriptionPageLinks


T = TypeVar("T", bound="PresentationList")


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
        if not isinstance(src_dict, Mapping):
            raise TypeError("PresentationList must be a JSON object")
        d = dict(src_dict)
        try:
            _links = d.pop("links", UNSET)
            links: SubscriptionPageLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = SubscriptionPageLinks.from_dict(_links)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("links") from None

        try:
            _page = d.pop("page", UNSET)
            page: SubscriptionPageInfo | Unset
            if isinstance(_page, Unset):
                page = UNSET
            else:
                page = SubscriptionPageInfo.from_dict(_page)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("page") from None

        _presentations = d.pop("presentations", UNSET)
        presentations: list[Presentation] | Unset = UNSET
        if _presentations is not UNSET:
            if not isinstance(_presentations, list):
                raise TypeError("presentations must be a JSON array")
            presentations = []
            for presentations_item_data in _presentations:
                try:
                    presentations_item = Presentation.from_dict(presentations_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("presentations", len(presentations)) from None

                presentations.append(presentations_item)

        presentation_list = cls(
            links=links,
            page=page,
            presentations=presentations,
        )

        presentation_list.additional_properties = d
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
