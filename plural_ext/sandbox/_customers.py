"""Customer profiles: create_customer, get_customer, find_customer and update_customer.

A profile gets an id in Plural's form (``cust-v1-0811030624-aa-RBDgpR``) and starts
INACTIVE, Plural's "until verified"; the sandbox verifies nobody, and update_customer
sets any status. It needs ``merchant_customer_reference`` or ``mobile_number`` (the
country code is then 91 unless given). The reference is the idempotency key: a create
with a reference already used answers that profile as it is, 200 and unchanged (a new
profile is 201). find_customer needs its three query parameters to match one profile
(a ``+`` before the country code makes no difference). update_customer replaces each
field sent, whole (an address sent replaces the old address), and keeps the others.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._ids import iso_timestamp, order_id, unused
from plural_ext.sandbox._state import Journal, Kind, Record

__all__ = ["CustomerBook", "CustomerRecord", "Customers"]

# The profile's fields a request may set, in the order Plural answers them.
_FIELDS = (
    "merchant_customer_reference",
    "first_name",
    "last_name",
    "country_code",
    "mobile_number",
    "email_id",
    "billing_address",
    "shipping_address",
    "gstin",
    "merchant_metadata",
)
_REFERENCE = "merchant_customer_reference"
_CUSTOMER = "customer"  # the kind of record in a state file


@dataclass(slots=True)
class CustomerRecord:
    """One customer profile; ``fields`` holds the request fields it was given, copied."""

    customer_id: str
    fields: dict[str, Any]
    status: str
    created_at: float
    updated_at: float

    def to_json(self) -> dict[str, Any]:
        """The CustomerProfile, keys in the order of Plural's samples."""
        data: dict[str, Any] = {"customer_id": self.customer_id}
        # Deep copies: a caller changing a response must not change the sandbox's state.
        data |= {name: copy.deepcopy(self.fields[name]) for name in _FIELDS if name in self.fields}
        data["status"] = self.status
        data["created_at"] = iso_timestamp(self.created_at)
        data["updated_at"] = iso_timestamp(self.updated_at)
        return data


class CustomerBook:
    """Every customer profile of one sandbox, by id and by merchant reference."""

    def __init__(self, now: Callable[[], float], journal: Journal) -> None:
        self._now = now
        self._journal = journal
        self._customers: dict[str, CustomerRecord] = {}
        self._by_reference: dict[str, str] = {}
        self.kinds = (Kind(_CUSTOMER, self._dump, self._load),)

    def lookup(self, customer_id: str) -> CustomerRecord | None:
        return self._customers.get(customer_id)

    def get(self, customer_id: str) -> CustomerRecord:
        """The profile with this id, or 404 CUSTOMER_NOT_FOUND."""
        customer = self._customers.get(customer_id)
        if customer is None:
            raise _not_found(repr(customer_id))
        return customer

    def create(self, body: dict[str, Any]) -> tuple[CustomerRecord, bool]:
        """The new profile and True, or the profile that has the reference already and False."""
        reference = body.get(_REFERENCE)
        if reference in self._by_reference:
            return self._customers[self._by_reference[reference]], False
        if reference is None and "mobile_number" not in body:
            raise SandboxError(
                400,
                "INVALID_REQUEST",
                "give merchant_customer_reference or mobile_number, or both",
                source=_REFERENCE,
                step="create_customer",
                reason="merchant_customer_reference or mobile_number is required",
            )
        fields = {name: copy.deepcopy(body[name]) for name in _FIELDS if name in body}
        if "mobile_number" in fields:
            fields.setdefault("country_code", "91")
        now = self._now()
        customer = CustomerRecord(self._new_id(now), fields, "INACTIVE", now, now)
        self._customers[customer.customer_id] = customer
        if reference is not None:
            self._by_reference[reference] = customer.customer_id
        self._journal.changed(_CUSTOMER, customer.customer_id)
        return customer, True

    def find(self, country_code: str, mobile_number: str, reference: str) -> CustomerRecord:
        """The profile with all three, or 404 CUSTOMER_NOT_FOUND."""
        customer = self._customers.get(self._by_reference.get(reference, ""))
        if (
            customer is None
            or customer.fields.get("mobile_number") != mobile_number
            or customer.fields.get("country_code", "").lstrip("+") != country_code.lstrip("+")
        ):
            raise _not_found("with this country code, mobile number and reference")
        return customer

    def update(self, customer_id: str, body: dict[str, Any]) -> CustomerRecord:
        customer = self.get(customer_id)
        reference = body.get(_REFERENCE)
        owner = self._by_reference.get(reference or "")
        if owner is not None and owner != customer_id:
            raise _errors.duplicate_reference(
                "update_customer", _REFERENCE, str(reference), owner="customer"
            )
        if reference is not None:
            self._by_reference.pop(customer.fields.get(_REFERENCE, ""), None)
            self._by_reference[reference] = customer_id
        customer.fields |= {name: copy.deepcopy(body[name]) for name in _FIELDS if name in body}
        customer.status = body.get("status", customer.status)
        self.touch(customer, self._now())
        return customer

    def touch(self, customer: CustomerRecord, now: float) -> None:
        """The profile changed now (its saved cards too): every change ends here."""
        customer.updated_at = now
        self._journal.changed(_CUSTOMER, customer.customer_id)

    def _new_id(self, now: float) -> str:
        return unused(lambda: f"cust-{order_id(now)}", self._customers)

    def _dump(self, customer_id: str) -> Record | None:
        return dataclasses.asdict(self._customers[customer_id])  # never removed

    def _load(self, records: list[tuple[str, Any]]) -> None:
        for customer_id, data in records:
            customer = self._customers[customer_id] = CustomerRecord(**data)
            reference = customer.fields.get(_REFERENCE)
            if reference is not None:
                self._by_reference[reference] = customer_id


class Customers:
    """The customer routes over one :class:`CustomerBook`, which the tokens share."""

    def __init__(self, state: State) -> None:
        self.book = CustomerBook(state.config.now, state.journal)
        self.kinds = self.book.kinds
        self.routes: Mapping[str, Route] = {
            "create_customer": self._create,
            "get_customer": lambda call: _profile(self.book.get(call.params["customer_id"])),
            "find_customer": self._find,
            "update_customer": lambda call: _profile(
                self.book.update(call.params["customer_id"], call.body)
            ),
        }
        self.pages: Mapping[str, Page] = {}

    def _create(self, call: Call) -> httpx.Response:
        customer, created = self.book.create(call.body)
        return _profile(customer, 201 if created else 200)

    def _find(self, call: Call) -> httpx.Response:
        query = call.query
        return _profile(
            self.book.find(query["country_code"], query["mobile_number"], query[_REFERENCE])
        )


def _profile(customer: CustomerRecord, status: int = 200) -> httpx.Response:
    return json_response(status, customer.to_json())


def _not_found(which: str) -> SandboxError:
    return SandboxError(404, "CUSTOMER_NOT_FOUND", f"no customer {which}")
