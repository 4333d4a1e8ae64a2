from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..types import (
    UNSET,
    Unset,
    as_int,
    as_object,
    extras_repr,
    secret_repr,
)

T = TypeVar("T", bound="CheckoutLink")

_FIELDS: frozenset[str] = frozenset(
    (
        "token",
        "order_id",
        "redirect_url",
        "response_code",
        "response_message",
    )
)


@_attrs_define
class CheckoutLink:
    """A hosted checkout order; Plural does not wrap it in `data`."""

    token: str = _attrs_field(repr=secret_repr)
    """ The checkout token Plural made for this order. Never logged. """
    order_id: str
    """ Plural's order id. """
    redirect_url: str
    """ The hosted checkout page to send the customer to. """
    response_code: int | Unset = UNSET
    """ Plural's result code (200 on success). """
    response_message: str | Unset = UNSET
    """ Plural's result message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        order_id = self.order_id

        redirect_url = self.redirect_url

        response_code = self.response_code

        response_message = self.response_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "order_id": order_id,
                "redirect_url": redirect_url,
            }
        )
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_message is not UNSET:
            field_dict["response_message"] = response_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CheckoutLink")
        try:
            token = d["token"]
            order_id = d["order_id"]
            redirect_url = d["redirect_url"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 3

        response_code = d.get("response_code", UNSET)
        if response_code is not UNSET:
            found += 1
            if response_code.__class__ is not int:
                response_code = as_int(response_code, "response_code", True)

        response_message = d.get("response_message", UNSET)
        if response_message is not UNSET:
            found += 1

        checkout_link = cls(
            token,
            order_id,
            redirect_url,
            response_code,
            response_message,
        )
        if found < len(d):
            checkout_link.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return checkout_link

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
