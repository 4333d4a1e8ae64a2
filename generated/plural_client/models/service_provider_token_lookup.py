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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.service_provider_token import ServiceProviderToken
    from ..models.token_card_data import TokenCardData


T = TypeVar("T", bound="ServiceProviderTokenLookup")

_FIELDS: frozenset[str] = frozenset(
    (
        "token_id",
        "customer_id",
        "merchant_token_reference",
        "status",
        "payment_method",
        "card_data",
        "service_provider_token_id",
        "created_at",
        "updated_at",
        "tokens",
    )
)
_CARD_TOKEN_STATUS_BY_VALUE = members_by_value(CardTokenStatus)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


@_attrs_define
class ServiceProviderTokenLookup:
    """A service provider token (looked up by token id), or a customer's list of
    them in `tokens` with `customer_id` (looked up by customer id).

    """

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
    tokens: list[ServiceProviderToken] | Unset = UNSET
    """ The customer's service provider tokens (a lookup by customer id). """
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

        tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

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
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "ServiceProviderTokenLookup")
        )
        found = 0
        token_id = d.get("token_id", UNSET)
        if token_id is not UNSET:
            found += 1

        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        merchant_token_reference = d.get("merchant_token_reference", UNSET)
        if merchant_token_reference is not UNSET:
            found += 1

        status = d.get("status", UNSET)
        if status is not UNSET:
            found += 1
            status = (
                status.__class__ is str and _CARD_TOKEN_STATUS_BY_VALUE.get(status)
            ) or as_enum(CardTokenStatus, status, "status")

        payment_method = d.get("payment_method", UNSET)
        if payment_method is not UNSET:
            found += 1
            payment_method = (
                payment_method.__class__ is str and _PAYMENT_METHOD_BY_VALUE.get(payment_method)
            ) or as_enum(PaymentMethod, payment_method, "payment_method")

        card_data = d.get("card_data", UNSET)
        if card_data is not UNSET:
            found += 1
            try:
                card_data = TokenCardData.from_dict(card_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_data") from None

        service_provider_token_id = d.get("service_provider_token_id", UNSET)
        if service_provider_token_id is not UNSET:
            found += 1

        created_at = d.get("created_at", UNSET)
        if created_at is not UNSET:
            found += 1
            try:
                created_at = parse_datetime(created_at)
            except (TypeError, ValueError):
                raise wrong_type("created_at", "an ISO-8601 date-time", created_at) from None

        updated_at = d.get("updated_at", UNSET)
        if updated_at is not UNSET:
            found += 1
            try:
                updated_at = parse_datetime(updated_at)
            except (TypeError, ValueError):
                raise wrong_type("updated_at", "an ISO-8601 date-time", updated_at) from None

        tokens = d.get("tokens", UNSET)
        if tokens is not UNSET:
            found += 1
            if not isinstance(tokens, list):
                raise wrong_type("tokens", "a JSON array", tokens)
            tokens_read: list[ServiceProviderToken] = []
            for tokens_item in tokens:
                try:
                    tokens_item = ServiceProviderToken.from_dict(tokens_item)
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within("tokens", len(tokens_read)) from None
                tokens_read.append(tokens_item)
            tokens = tokens_read

        service_provider_token_lookup = cls(
            token_id,
            customer_id,
            merchant_token_reference,
            status,
            payment_method,
            card_data,
            service_provider_token_id,
            created_at,
            updated_at,
            tokens,
        )
        if found < len(d):
            service_provider_token_lookup.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return service_provider_token_lookup

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


from ..models.service_provider_token import ServiceProviderToken  # noqa: E402
from ..models.token_card_data import TokenCardData  # noqa: E402
