"""Saved cards: network tokens of a customer's cards, their cryptograms and their deletion.

generate_card_token links a token (``token-v1-...``) to a customer profile of
``_customers``; an unknown customer is a 400 there (the id is in the body), and a 404 on
the routes whose path names it. ``merchant_token_reference`` is the idempotency key: a
repeat answers the token as it is now (200; a new token is 201). The card arrives in
``encrypted_card_details``, which only Plural can read: the sandbox drops it unread and
learns the card from the payment that authenticated it, the sandbox payment whose
``acquirer_data`` the request repeats (``card_data`` then gives its network and last
four digits; a token whose payment the sandbox does not know has no ``card_data``).

The card network activates a token at once: generate_card_token answers it INITIATED,
as Plural does, and it is ACTIVE from then on, with a cryptogram (generate_cryptogram,
given the token's ``service_provider_token_id``) on request. delete_token and
delete_customer_token make it DEACTIVATED for good: it stays in the customer's list with
that status, and a cryptogram or a second deletion is refused (400 INVALID_REQUEST).
A repeated ``merchant_unique_reference`` answers what it answered the first time.
"""

from __future__ import annotations

import base64
import calendar
import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._customers import CustomerBook, CustomerRecord
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._ids import digits, hex_token, iso_timestamp, order_id, random_bytes, unused
from plural_ext.sandbox._state import Kind, Record

__all__ = ["Tokenization"]

_ACTIVATED = "Token activated by the network"
_DELETED = "Token deleted by the merchant"
_TOKEN_YEARS = 3
"""A token expires at the end of its creation month, this many years on."""
_CARD_TOKEN = "card_token"  # noqa: S105  (the kind of record in a state file)
_ACQUIRER_FIELDS = ("approval_code", "acquirer_reference", "rrn")
_CARD_FIELDS = (
    "last4_digit",
    "card_type",
    "network_name",
    "issuer_name",
    "card_category",
    "country_code",
)


@dataclass(slots=True)
class _CardToken:
    token_id: str
    customer_id: str
    merchant_token_reference: str
    service_provider_token_id: str
    token_reference: str
    payment_account_reference: str
    card_data: dict[str, Any] | None
    merchant_metadata: dict[str, str] | None
    expires: datetime
    created_at: float
    updated_at: float
    status: str = "ACTIVE"
    status_reason: str = _ACTIVATED
    deletion: dict[str, Any] | None = None
    """The answer of delete_customer_token, kept for a repeat of its reference."""
    cryptograms: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The answer of generate_cryptogram for each reference, kept for a repeat."""

    def card_token(self, status: str | None = None) -> dict[str, Any]:
        """The CardToken of generate_card_token; ``status`` as of the request."""
        return {
            "token_id": self.token_id,
            "customer_id": self.customer_id,
            "merchant_token_reference": self.merchant_token_reference,
            "status": status or self.status,
            "created_at": iso_timestamp(self.created_at),
            "updated_at": iso_timestamp(self.updated_at),
        }

    def customer_token(self) -> dict[str, Any]:
        """The CustomerToken, a saved card as the customer's list shows it."""
        data: dict[str, Any] = {
            "token_id": self.token_id,
            "merchant_token_reference": self.merchant_token_reference,
            "customer_id": self.customer_id,
            "status": self.status,
            "payment_method": "CARD",
            "expired_at": iso_timestamp(self.expires.timestamp()),
            "created_at": iso_timestamp(self.created_at),
            "updated_at": iso_timestamp(self.updated_at),
            "status_reason": self.status_reason,
        }
        if self.merchant_metadata is not None:
            data["merchant_metadata"] = dict(self.merchant_metadata)
        if self.card_data is not None:
            data["card_data"] = dict(self.card_data)
        data["is_compliant"] = True
        return data

    def service_provider_token(self) -> dict[str, Any]:
        """The ServiceProviderToken: the token as the card network knows it."""
        data: dict[str, Any] = {
            "token_id": self.token_id,
            "customer_id": self.customer_id,
            "merchant_token_reference": self.merchant_token_reference,
            "status": self.status,
            "payment_method": "CARD",
        }
        if self.card_data is not None:
            data["card_data"] = dict(self.card_data)
        data["service_provider_token_id"] = self.service_provider_token_id
        data["created_at"] = iso_timestamp(self.created_at)
        data["updated_at"] = iso_timestamp(self.updated_at)
        return data


class Tokenization:
    """The tokenization routes; the tokens belong to the customers of ``customers``."""

    def __init__(self, state: State, customers: CustomerBook) -> None:
        self._ledger = state.ledger
        self._now: Callable[[], float] = state.config.now
        self._journal = state.journal
        self._customers = customers
        self._tokens: dict[str, _CardToken] = {}
        self._by_reference: dict[str, str] = {}
        self._cryptogram_refs: dict[str, str] = {}
        self._deletion_refs: dict[str, str] = {}
        self.routes: Mapping[str, Route] = {
            "generate_card_token": self._generate,
            "generate_cryptogram": self._cryptogram,
            "get_service_provider_token": self._service_provider_token,
            "list_customer_tokens": self._list,
            "get_customer_token": lambda call: json_response(
                200, self._customer_token(call).customer_token()
            ),
            "delete_customer_token": self._delete_customer_token,
            "delete_token": self._delete_token,
        }
        self.pages: Mapping[str, Page] = {}
        self.kinds = (Kind(_CARD_TOKEN, self._dump, self._load),)

    def _generate(self, call: Call) -> httpx.Response:
        step, body = "generate_card_token", call.body
        customer = self._customers.lookup(body["customer_id"])
        if customer is None:
            raise SandboxError(
                400,
                "INVALID_REQUEST",
                f"no customer {body['customer_id']!r}",
                source="customer_id",
                step=step,
                reason="unknown customer",
            )
        reference = body["merchant_token_reference"]
        existing = self._tokens.get(self._by_reference.get(reference, ""))
        if existing is not None:
            if existing.customer_id != customer.customer_id:
                raise _duplicate(step, "merchant_token_reference", reference)
            return json_response(200, existing.card_token())
        if customer.status in ("SUSPENDED", "DELETED"):
            raise _errors.wrong_status(
                step,
                f"customer {customer.customer_id}",
                customer.status,
                "a customer that is INACTIVE or ACTIVE",
                source="customer_id",
            )
        now = self._now()
        token = _CardToken(
            token_id=self._new_id(now),
            customer_id=customer.customer_id,
            merchant_token_reference=reference,
            service_provider_token_id=f"sp-token-{hex_token(4)}",
            token_reference=f"DNITHE{digits(18)}",
            payment_account_reference=f"V001{digits(25)}",
            card_data=self._authenticated_card(body.get("payment", {}).get("acquirer_data", {})),
            merchant_metadata=body.get("merchant_metadata"),
            expires=_expiry(now),
            created_at=now,
            updated_at=now,
        )
        self._tokens[token.token_id] = token
        self._by_reference[reference] = token.token_id
        self._journal.changed(_CARD_TOKEN, token.token_id)
        self._customers.touch(customer, now)
        return json_response(201, token.card_token(status="INITIATED"))

    def _cryptogram(self, call: Call) -> httpx.Response:
        step, body = "generate_cryptogram", call.body
        token = self._token(call.params["token_id"])
        reference = body["merchant_unique_reference"]
        owner = self._cryptogram_refs.get(reference)
        if owner == token.token_id:
            return json_response(200, token.cryptograms[reference])
        if owner is not None:
            raise _duplicate(step, "merchant_unique_reference", reference)
        _expect_active(token, step)
        if body["service_provider_token_id"] != token.service_provider_token_id:
            raise SandboxError(
                400,
                "INVALID_REQUEST",
                "service_provider_token_id: is not the service provider's id of this token",
                source="service_provider_token_id",
                step=step,
                reason="not this token's",
            )
        answer = {
            "token_id": token.token_id,
            "merchant_token_reference": token.merchant_token_reference,
            "service_provider_token_id": token.service_provider_token_id,
            "token_data": {
                "cryptogram": base64.b64encode(random_bytes(20)).decode("ascii"),
                "token_reference": token.token_reference,
                "payment_account_reference": token.payment_account_reference,
                "token_expiry_month": f"{token.expires.month:02d}",
                "token_expiry_year": f"{token.expires.year:04d}",
            },
        }
        token.cryptograms[reference] = answer
        self._cryptogram_refs[reference] = token.token_id
        self._journal.changed(_CARD_TOKEN, token.token_id)
        return json_response(201, answer)

    def _service_provider_token(self, call: Call) -> httpx.Response:
        identifier = call.params["identifier"]
        token = self._tokens.get(identifier)
        if token is not None:
            return json_response(200, token.service_provider_token())
        customer = self._customers.lookup(identifier)
        if customer is None:
            raise _token_not_found("no token or customer has this identifier")
        tokens = [token.service_provider_token() for token in self._tokens_of(customer)]
        return json_response(200, {"customer_id": customer.customer_id, "tokens": tokens})

    def _list(self, call: Call) -> httpx.Response:
        customer = self._customers.get(call.params["customer_id"])
        tokens = [token.customer_token() for token in self._tokens_of(customer)]
        return json_response(
            200,
            {
                "customer_id": customer.customer_id,
                "total_tokens": len(tokens),
                "tokens": tokens,
                "created_at": iso_timestamp(customer.created_at),
                "updated_at": iso_timestamp(customer.updated_at),
            },
        )

    def _delete_customer_token(self, call: Call) -> httpx.Response:
        step = "delete_customer_token"
        token = self._customer_token(call)
        reference = call.body["merchant_unique_reference"]
        owner = self._deletion_refs.get(reference)
        if owner == token.token_id and token.deletion is not None:
            return json_response(200, token.deletion)
        if owner is not None:
            raise _duplicate(step, "merchant_unique_reference", reference)
        self._deactivate(token, step)
        token.deletion = {
            "token_id": token.token_id,
            "customer_id": token.customer_id,
            "status": token.status,
            "merchant_unique_reference": reference,
        }
        self._deletion_refs[reference] = token.token_id
        self._journal.changed(_CARD_TOKEN, token.token_id)
        return json_response(200, token.deletion)

    def _delete_token(self, call: Call) -> httpx.Response:
        token = self._token(call.params["token_id"])
        self._deactivate(token, "delete_token")
        return json_response(200, {"token_id": token.token_id, "status": token.status})

    def _deactivate(self, token: _CardToken, step: str) -> None:
        if token.status == "DEACTIVATED":
            raise _wrong_status(token, step)
        now = self._now()
        token.status, token.status_reason, token.updated_at = "DEACTIVATED", _DELETED, now
        self._journal.changed(_CARD_TOKEN, token.token_id)
        self._customers.touch(self._customers.get(token.customer_id), now)

    def _customer_token(self, call: Call) -> _CardToken:
        """The token of the path's customer (404 for an unknown customer or token)."""
        customer = self._customers.get(call.params["customer_id"])
        token = self._tokens.get(call.params["token_id"])
        if token is None or token.customer_id != customer.customer_id:
            raise _token_not_found("the customer has no token with this id")
        return token

    def _token(self, token_id: str) -> _CardToken:
        token = self._tokens.get(token_id)
        if token is None:
            raise _token_not_found("no token has this id")
        return token

    def _tokens_of(self, customer: CustomerRecord) -> list[_CardToken]:
        return [
            token for token in self._tokens.values() if token.customer_id == customer.customer_id
        ]

    def _authenticated_card(self, acquirer_data: dict[str, str]) -> dict[str, Any] | None:
        """What the sandbox payment with this ``acquirer_data`` tells of its card, if any."""
        given = {name: acquirer_data[name] for name in _ACQUIRER_FIELDS if name in acquirer_data}
        if not given:
            return None
        for order in self._ledger.orders():
            for payment in order.payments:
                known = payment.acquirer_data or {}
                card = payment.option_data.get("card_data")
                if card and all(known.get(name) == value for name, value in given.items()):
                    data = {name: card[name] for name in _CARD_FIELDS if name in card}
                    return data | {"international": card.get("country_code") != "IND"}
        return None

    def _new_id(self, now: float) -> str:
        return unused(lambda: f"token-{order_id(now)}", self._tokens)

    def _dump(self, token_id: str) -> Record | None:
        token = self._tokens[token_id]  # never removed: a deleted token is DEACTIVATED
        return {**dataclasses.asdict(token), "expires": token.expires.timestamp()}

    def _load(self, records: list[tuple[str, Any]]) -> None:
        for token_id, data in records:
            expires = datetime.fromtimestamp(float(data["expires"]), UTC)
            token = self._tokens[token_id] = _CardToken(**{**data, "expires": expires})
            self._by_reference[token.merchant_token_reference] = token_id
            self._cryptogram_refs.update(dict.fromkeys(token.cryptograms, token_id))
            if token.deletion is not None:
                self._deletion_refs[token.deletion["merchant_unique_reference"]] = token_id


def _expiry(now: float) -> datetime:
    """The last moment of the creation month, :data:`_TOKEN_YEARS` years on."""
    created = datetime.fromtimestamp(now, UTC)
    year = created.year + _TOKEN_YEARS
    last_day = calendar.monthrange(year, created.month)[1]
    return datetime(year, created.month, last_day, 23, 59, 59, tzinfo=UTC)


def _expect_active(token: _CardToken, step: str) -> None:
    if token.status != "ACTIVE":
        raise _wrong_status(token, step)


def _wrong_status(token: _CardToken, step: str) -> SandboxError:
    return _errors.wrong_status(
        step, "the token", token.status, "a token that is ACTIVE", source="token_id"
    )


def _duplicate(step: str, field_name: str, reference: str) -> SandboxError:
    return _errors.duplicate_reference(step, field_name, reference, owner="token")


def _token_not_found(message: str) -> SandboxError:
    # The message does not repeat the id: token ids are kept out of messages and logs.
    return SandboxError(404, "TOKEN_NOT_FOUND", message)
