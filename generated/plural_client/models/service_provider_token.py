from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import RequestValidationError
from ..models.card_token_status import CardTokenStatus
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset, extras_repr

if TYPE_CHECKING:
    from ..models.token_card_data import TokenCardData


T = TypeVar("T", bound="ServiceProviderToken")


@_attrs_define
class ServiceProviderToken:
    """A token as the card network (service provider) knows it."""

    token_id: str | Unset = UNSET
    """ Plural's token id. """
    customer_id: str | Unset = UNSET
    """ Plural's id of the customer. """
    merchant_token_reference: str | Unset = UNSET
    """ The merchant's reference of the token. """
    status: CardTokenStatus | Unset = UNSET
    """ Where a card token is; INITIATED until the card network activates it, DEACTIVATED once deleted. """
    payment_method: PaymentMethod | Unset = UNSET
    """ A payment method an order allows or a payment uses. """
    card_data: TokenCardData | Unset = UNSET
    """ What Plural tells of a tokenized card (never its number). """
    service_provider_token_id: str | Unset = UNSET
    """ The card network's id of the token. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        customer_id = self.customer_id

        merchant_token_reference = self.merchant_token_reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        card_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_data, Unset):
            card_data = self.card_data.to_dict()

        service_provider_token_id = self.service_provider_token_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if merchant_token_reference is not UNSET:
            field_dict["merchant_token_reference"] = merchant_token_reference
        if status is not UNSET:
            field_dict["status"] = status
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if card_data is not UNSET:
            field_dict["card_data"] = card_data
        if service_provider_token_id is not UNSET:
            field_dict["service_provider_token_id"] = service_provider_token_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("ServiceProviderToken must be a JSON object")
        d = dict(src_dict)
        token_id = d.pop("token_id", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        merchant_token_reference = d.pop("merchant_token_reference", UNSET)

        _status = d.pop("status", UNSET)
        status: CardTokenStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CardTokenStatus(_status)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        try:
            _card_data = d.pop("card_data", UNSET)
            card_data: TokenCardData | Unset
            if isinstance(_card_data, Unset):
                card_data = UNSET
            else:
                card_data = TokenCardData.from_dict(_card_data)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("card_data") from None

        service_provider_token_id = d.pop("service_provider_token_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        service_provider_token = cls(
            token_id=token_id,
            customer_id=customer_id,
            merchant_token_reference=merchant_token_reference,
            status=status,
            payment_method=payment_method,
            card_data=card_data,
            service_provider_token_id=service_provider_token_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        service_provider_token.additional_properties = d
        return service_provider_token

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


from ..models.token_card_data import TokenCardData  # noqa: E402
