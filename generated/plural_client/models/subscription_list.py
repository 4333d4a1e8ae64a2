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
    from ..models.subscription import Subscription
    from ..models.subscription_page_info import SubscriptionPageInfo
    from ..models.subscription_page_links import SubscriptionPageLinks


T = TypeVar("T", bound="SubscriptionList")


@_attrs_define
class SubscriptionList:
    """One page of subscriptions."""

    links: SubscriptionPageLinks | Unset = UNSET
    """ Links to the pages around this one. """
    page: SubscriptionPageInfo | Unset = UNSET
    """ Where a page sits in a paginated list. """
    subscriptions: list[Subscription] | Unset = UNSET
    """ The subscriptions of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if page is not UNSET:
            field_dict["page"] = page
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("SubscriptionList must be a JSON object")
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

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[Subscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            if not isinstance(_subscriptions, list):
                raise TypeError("subscriptions must be a JSON array")
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                try:
                    subscriptions_item = Subscription.from_dict(subscriptions_item_data)
                except RequestValidationError as _nested_error:
                    raise _nested_error.within("subscriptions", len(subscriptions)) from None

                subscriptions.append(subscriptions_item)

        subscription_list = cls(
            links=links,
            page=page,
            subscriptions=subscriptions,
        )

        subscription_list.additional_properties = d
        return subscription_list

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


from ..models.subscription import Subscription  # noqa: E402
from ..models.subscription_page_info import SubscriptionPageInfo  # noqa: E402
from ..models.subscription_page_links import SubscriptionPageLinks  # noqa: E402
