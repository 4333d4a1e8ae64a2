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
from ..types import (
    as_enum,
    as_object,
    members_by_value,
)

T = TypeVar("T", bound="ApplePayCardMetaData")

_FIELDS: frozenset[str] = frozenset(
    (
        "card_type",
        "network_name",
    )
)
_APPLE_PAY_CARD_META_DATA_CARD_TYPE_BY_VALUE = members_by_value(ApplePayCardMetaDataCardType)
_APPLE_PAY_CARD_META_DATA_NETWORK_NAME_BY_VALUE = members_by_value(ApplePayCardMetaDataNetworkName)


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "ApplePayCardMetaData")
        if not _FIELDS.issuperset(d):
            raise unknown_field("ApplePayCardMetaData", d, _FIELDS)
        try:
            card_type = d["card_type"]
            network_name = d["network_name"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        card_type = (
            card_type.__class__ is str
            and _APPLE_PAY_CARD_META_DATA_CARD_TYPE_BY_VALUE.get(card_type)
        ) or as_enum(ApplePayCardMetaDataCardType, card_type, "card_type")

        network_name = (
            network_name.__class__ is str
            and _APPLE_PAY_CARD_META_DATA_NETWORK_NAME_BY_VALUE.get(network_name)
        ) or as_enum(ApplePayCardMetaDataNetworkName, network_name, "network_name")

        apple_pay_card_meta_data = cls(
            card_type,
            network_name,
        )
        return apple_pay_card_meta_data


if TYPE_CHECKING:
    from ..models.apple_pay_card_meta_data_card_type import ApplePayCardMetaDataCardTypeValue
    from ..models.apple_pay_card_meta_data_network_name import ApplePayCardMetaDataNetworkNameValue


class ApplePayCardMetaDataParams(TypedDict, total=False):
    """``ApplePayCardMetaData`` as a dict, for the resource methods: mypy checks its keys and types."""

    card_type: Required[ApplePayCardMetaDataCardTypeValue | ApplePayCardMetaDataCardType]
    network_name: Required[ApplePayCardMetaDataNetworkNameValue | ApplePayCardMetaDataNetworkName]
