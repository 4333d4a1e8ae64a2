from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.apple_pay_card_meta_data_card_type import ApplePayCardMetaDataCardType
from ..models.apple_pay_card_meta_data_network_name import ApplePayCardMetaDataNetworkName

T = TypeVar("T", bound="ApplePayCardMetaData")

_FIELDS = frozenset(
    (
        "card_type",
        "network_name",
    )
)


@_attrs_define
class ApplePayCardMetaData:
    """The card behind the Apple Pay token."""

    card_type: ApplePayCardMetaDataCardType
    """ The card's type. """
    network_name: ApplePayCardMetaDataNetworkName
    """ The card's network. """

    def to_dict(self) -> dict[str, Any]:
        card_type = self.card_type.value

        network_name = self.network_name.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card_type": card_type,
                "network_name": network_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ApplePayCardMetaData must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("ApplePayCardMetaData", d, _FIELDS)
        for required in (
            "card_type",
            "network_name",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        card_type = ApplePayCardMetaDataCardType(d.pop("card_type"))

        network_name = ApplePayCardMetaDataNetworkName(d.pop("network_name"))

        apple_pay_card_meta_data = cls(
            card_type=card_type,
            network_name=network_name,
        )

        return apple_pay_card_meta_data


if TYPE_CHECKING:
    from ..models.apple_pay_card_meta_data_card_type import ApplePayCardMetaDataCardTypeValue
    from ..models.apple_pay_card_meta_data_network_name import ApplePayCardMetaDataNetworkNameValue


class ApplePayCardMetaDataParams(TypedDict, total=False):
    """``ApplePayCardMetaData`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_type: Required[ApplePayCardMetaDataCardTypeValue | ApplePayCardMetaDataCardType]
    network_name: Required[ApplePayCardMetaDataNetworkNameValue | ApplePayCardMetaDataNetworkName]
