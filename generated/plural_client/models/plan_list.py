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
    from ..models.plan import Plan
    from ..models.subscription_page_info import SubscriptionPageInfo
    from ..models.subscription_page_links import SubscriptionPageLinks


T = TypeVar("T", bound="PlanList")

_FIELDS: frozenset[str] = frozenset(
    (
        "links",
        "page",
        "plans",
    )
)


@_attrs_define
class PlanList:
    """One page of plans."""

    links: SubscriptionPageLinks | Unset = UNSET
    """ Links to the pages around this one. """
    page: SubscriptionPageInfo | Unset = UNSET
    """ Where a page sits in a paginated list. """
    plans: list[Plan] | Unset = UNSET
    """ The plans of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plans, Unset):
            plans = []
            for plans_item_data in self.plans:
                plans_item = plans_item_data.to_dict()
                plans.append(plans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if page is not UNSET:
            field_dict["page"] = page
        if plans is not UNSET:
            field_dict["plans"] = plans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PlanList")
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

        plans = d.get("plans", UNSET)
        if plans is not UNSET:
            found += 1
            if not isinstance(plans, list):
                raise wrong_type("plans", "a JSON array", plans)
            plans_read: list[Plan] = []
            for plans_item in plans:
                try:
                    plans_item = Plan.from_dict(plans_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("plans", len(plans_read)) from None
                plans_read.append(plans_item)
            plans = plans_read

        plan_list = cls(
            links,
            page,
            plans,
        )
        if found < len(d):
            plan_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return plan_list

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


from ..models.plan import Plan  # noqa: E402
from ..models.subscription_page_info import SubscriptionPageInfo  # noqa: E402
from ..models.subscription_page_links import SubscriptionPageLinks  # noqa: E402
