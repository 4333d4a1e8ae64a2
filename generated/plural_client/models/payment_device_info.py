from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import unknown_field
from ..models.payment_device_info_operating_system import PaymentDeviceInfoOperatingSystem
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_object,
    members_by_value,
)

T = TypeVar("T", bound="PaymentDeviceInfo")

_FIELDS: frozenset[str] = frozenset(
    (
        "operating_system",
        "source_ip_address",
        "browser_ip_address",
        "browser_user_agent",
        "device_model",
        "device_manufacturer",
    )
)
_PAYMENT_DEVICE_INFO_OPERATING_SYSTEM_BY_VALUE = members_by_value(PaymentDeviceInfoOperatingSystem)


@_attrs_define
class PaymentDeviceInfo:
    """The customer's device; required by some BNPL providers (SIMPL)."""

    operating_system: PaymentDeviceInfoOperatingSystem | Unset = UNSET
    """ The device's operating system; required when paying from a mobile. """
    source_ip_address: str | Unset = UNSET
    """ IP address of the device that started the payment. """
    browser_ip_address: str | Unset = UNSET
    """ IP address seen by the customer's browser. """
    browser_user_agent: str | Unset = UNSET
    """ The browser's user agent string. """
    device_model: str | Unset = UNSET
    """ Model of the device. """
    device_manufacturer: str | Unset = UNSET
    """ Maker of the device. """

    def to_dict(self) -> dict[str, Any]:
        operating_system: str | Unset = UNSET
        if not isinstance(self.operating_system, Unset):
            operating_system = self.operating_system.value

        source_ip_address = self.source_ip_address

        browser_ip_address = self.browser_ip_address

        browser_user_agent = self.browser_user_agent

        device_model = self.device_model

        device_manufacturer = self.device_manufacturer

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if source_ip_address is not UNSET:
            field_dict["source_ip_address"] = source_ip_address
        if browser_ip_address is not UNSET:
            field_dict["browser_ip_address"] = browser_ip_address
        if browser_user_agent is not UNSET:
            field_dict["browser_user_agent"] = browser_user_agent
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if device_manufacturer is not UNSET:
            field_dict["device_manufacturer"] = device_manufacturer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "PaymentDeviceInfo")
        if not _FIELDS.issuperset(d):
            raise unknown_field("PaymentDeviceInfo", d, _FIELDS)
        operating_system = d.get("operating_system", UNSET)
        if operating_system is not UNSET:
            operating_system = (
                operating_system.__class__ is str
                and _PAYMENT_DEVICE_INFO_OPERATING_SYSTEM_BY_VALUE.get(operating_system)
            ) or as_enum(PaymentDeviceInfoOperatingSystem, operating_system, "operating_system")

        source_ip_address = d.get("source_ip_address", UNSET)

        browser_ip_address = d.get("browser_ip_address", UNSET)

        browser_user_agent = d.get("browser_user_agent", UNSET)

        device_model = d.get("device_model", UNSET)

        device_manufacturer = d.get("device_manufacturer", UNSET)

        payment_device_info = cls(
            operating_system,
            source_ip_address,
            browser_ip_address,
            browser_user_agent,
            device_model,
            device_manufacturer,
        )
        return payment_device_info


if TYPE_CHECKING:
    from ..models.payment_device_info_operating_system import PaymentDeviceInfoOperatingSystemValue


class PaymentDeviceInfoParams(TypedDict, total=False):
    """``PaymentDeviceInfo`` as a dict, for the resource methods: mypy checks its keys and types."""

    operating_system: (
        PaymentDeviceInfoOperatingSystemValue | PaymentDeviceInfoOperatingSystem | Unset
    )
    source_ip_address: str | Unset
    browser_ip_address: str | Unset
    browser_user_agent: str | Unset
    device_model: str | Unset
    device_manufacturer: str | Unset
