from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.subscription_page_link import SubscriptionPageLink


T = TypeVar("T", bound="SubscriptionPageLinks")


@_attrs_define
class SubscriptionPageLinks:
    """Links to the pages around this one."""

    first: SubscriptionPageLink | Unset | None = UNSET
    """ Link to the first page; null when there is none. """
    self_: SubscriptionPageLink | Unset | None = UNSET
    """ Link to this page; null when there is none. """
    next_: SubscriptionPageLink | Unset | None = UNSET
    """ Link to the next page; null when there is none. """
    last: SubscriptionPageLink | Unset | None = UNSET
    """ Link to the last page; null when there is none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        first: dict[str, Any] | Unset | None
        if isinstance(self.first, Unset):
            first = UNSET
        elif isinstance(self.first, SubscriptionPageLink):
            first = self.first.to_dict()
        else:
            first = self.first

        self_: dict[str, Any] | Unset | None
        if isinstance(self.self_, Unset):
            self_ = UNSET
        elif isinstance(self.self_, SubscriptionPageLink):
            self_ = self.self_.to_dict()
        else:
            self_ = self.self_

        next_: dict[str, Any] | Unset | None
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, SubscriptionPageLink):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        last: dict[str, Any] | Unset | None
        if isinstance(self.last, Unset):
            last = UNSET
        elif isinstance(self.last, SubscriptionPageLink):
            last = self.last.to_dict()
        else:
            last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("SubscriptionPageLinks must be a JSON object")
        d = dict(src_dict)

        def _parse_first(data: object) -> SubscriptionPageLink | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_type_1 = SubscriptionPageLink.from_dict(data)

                return first_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPageLink | Unset, data)

        first = _parse_first(d.pop("first", UNSET))

        def _parse_self_(data: object) -> SubscriptionPageLink | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                self_type_1 = SubscriptionPageLink.from_dict(data)

                return self_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPageLink | Unset, data)

        self_ = _parse_self_(d.pop("self", UNSET))

        def _parse_next_(data: object) -> SubscriptionPageLink | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_type_1 = SubscriptionPageLink.from_dict(data)

                return next_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPageLink | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_last(data: object) -> SubscriptionPageLink | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_type_1 = SubscriptionPageLink.from_dict(data)

                return last_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPageLink | Unset, data)

        last = _parse_last(d.pop("last", UNSET))

        subscription_page_links = cls(
            first=first,
            self_=self_,
            next_=next_,
            last=last,
        )

        subscription_page_links.additional_properties = d
        return subscription_page_links

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


from ..models.subscription_page_link import SubscriptionPageLink  # noqa: E402
