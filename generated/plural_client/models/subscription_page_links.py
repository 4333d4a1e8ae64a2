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
)

if TYPE_CHECKING:
    from ..models.subscription_page_link import SubscriptionPageLink


T = TypeVar("T", bound="SubscriptionPageLinks")

_FIELDS: frozenset[str] = frozenset(
    (
        "first",
        "self",
        "next",
        "last",
    )
)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "SubscriptionPageLinks")
        found = 0
        first = d.get("first", UNSET)
        if first is not UNSET:
            found += 1
            if first is not None:
                try:
                    first = SubscriptionPageLink.from_dict(first)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("first") from None

        self_ = d.get("self", UNSET)
        if self_ is not UNSET:
            found += 1
            if self_ is not None:
                try:
                    self_ = SubscriptionPageLink.from_dict(self_)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("self") from None

        next_ = d.get("next", UNSET)
        if next_ is not UNSET:
            found += 1
            if next_ is not None:
                try:
                    next_ = SubscriptionPageLink.from_dict(next_)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("next") from None

        last = d.get("last", UNSET)
        if last is not UNSET:
            found += 1
            if last is not None:
                try:
                    last = SubscriptionPageLink.from_dict(last)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("last") from None

        subscription_page_links = cls(
            first,
            self_,
            next_,
            last,
        )
        if found < len(d):
            subscription_page_links.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
