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
    as_bool,
    as_enum,
    as_object,
    extras_repr,
    members_by_value,
    parse_datetime,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.merchant_metadata import MerchantMetadata
    from ..models.token_card_data import TokenCardData


T = TypeVar("T", bound="CustomerToken")

_FIELDS: frozenset[str] = frozenset(
    (
        "token_id",
        "status",
        "merchant_token_reference",
        "customer_id",
        "payment_method",
        "expired_at",
        "created_at",
        "updated_at",
        "status_reason",
        "merchant_metadata",
        "card_data",
        "is_compliant",
    )
)
_CARD_TOKEN_STATUS_BY_VALUE = members_by_value(CardTokenStatus)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


@_attrs_define
class CustomerToken:
    """A token (saved card) of a customer profile."""

    token_id: str
    """ Plural's token id. """
    status: CardTokenStatus
    """ Where a card token is; INITIATED until the card network activates it, DEACTIVATED once deleted. """
    merchant_token_reference: str | Unset = UNSET
    """ The merchant's reference of the token. """
    customer_id: str | Unset = UNSET
    """ Plural's id of the customer. """
    payment_method: PaymentMethod | Unset = UNSET
    """ A payment method an order allows or a payment uses. """
    expired_at: datetime.datetime | Unset = UNSET
    """ When the token expires. """
    created_at: datetime.datetime | Unset = UNSET
    """ When it was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """
    status_reason: str | Unset = UNSET
    """ Why the token has its status. """
    merchant_metadata: MerchantMetadata | Unset = UNSET
    """ Up to 10 key-value pairs of the merchant's own, each value at most 256 characters. """
    card_data: TokenCardData | Unset = UNSET
    """ What Plural tells of a tokenized card (never its number). """
    is_compliant: bool | Unset = UNSET
    """ Whether the token meets the RBI card-on-file rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=extras_repr)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        status = self.status.value

        merchant_token_reference = self.merchant_token_reference

        customer_id = self.customer_id

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        expired_at: str | Unset = UNSET
        if not isinstance(self.expired_at, Unset):
            expired_at = self.expired_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        status_reason = self.status_reason

        merchant_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_metadata, Unset):
            merchant_metadata = self.merchant_metadata.to_dict()

        card_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_data, Unset):
            card_data = self.card_data.to_dict()

        is_compliant = self.is_compliant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
                "status": status,
            }
        )
        if merchant_token_reference is not UNSET:
            field_dict["merchant_token_reference"] = merchant_token_reference
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if merchant_metadata is not UNSET:
            field_dict["merchant_metadata"] = merchant_metadata
        if card_data is not UNSET:
            field_dict["card_data"] = card_data
        if is_compliant is not UNSET:
            field_dict["is_compliant"] = is_compliant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CustomerToken")
        try:
            token_id = d["token_id"]
            status = d["status"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        found = 2

        status = (status.__class__ is str and _CARD_TOKEN_STATUS_BY_VALUE.get(status)) or as_enum(
            CardTokenStatus, status, "status"
        )

        merchant_token_reference = d.get("merchant_token_reference", UNSET)
        if merchant_token_reference is not UNSET:
            found += 1

        customer_id = d.get("customer_id", UNSET)
        if customer_id is not UNSET:
            found += 1

        payment_method = d.get("payment_method", UNSET)
        if payment_method is not UNSET:
            found += 1
            payment_method = (
                payment_method.__class__ is str and _PAYMENT_METHOD_BY_VALUE.get(payment_method)
            ) or as_enum(PaymentMethod, payment_method, "payment_method")

        expired_at = d.get("expired_at", UNSET)
        if expired_at is not UNSET:
            found += 1
            try:
                expired_at = parse_datetime(expired_at)
            except (TypeError, ValueError):
                raise wrong_type("expired_at", "an ISO-8601 date-time", expired_at) from None

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

        status_reason = d.get("status_reason", UNSET)
        if status_reason is not UNSET:
            found += 1

        merchant_metadata = d.get("merchant_metadata", UNSET)
        if merchant_metadata is not UNSET:
            found += 1
            try:
                merchant_metadata = MerchantMetadata.from_dict(merchant_metadata)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("merchant_metadata") from None

        card_data = d.get("card_data", UNSET)
        if card_data is not UNSET:
            found += 1
            try:
                card_data = TokenCardData.from_dict(card_data)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("card_data") from None

        is_compliant = d.get("is_compliant", UNSET)
        if is_compliant is not UNSET:
            found += 1
            if is_compliant.__class__ is not bool:
                is_compliant = as_bool(is_compliant, "is_compliant", True)

        customer_token = cls(
            token_id,
            status,
            merchant_token_reference,
            customer_id,
            payment_method,
            expired_at,
            created_at,
            updated_at,
            status_reason,
            merchant_metadata,
            card_data,
            is_compliant,
        )
        if found < len(d):
            customer_token.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return customer_token

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


from ..models.merchant_metadata import MerchantMetadata  # noqa: E402
from ..models.token_card_data import TokenCardData  # noqa: E402
