"""The customers operations, as functions (one module each) and as a resource of ``Plural``
(``plural.customers``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_customer_request import CreateCustomerRequest
from ...models.customer_profile import CustomerProfile
from ...models.error import Error
from ...models.update_customer_request import UpdateCustomerRequest
from ...types import UNSET, Unset
from . import create_customer as _create_customer
from . import find_customer as _find_customer
from . import get_customer as _get_customer
from . import update_customer as _update_customer


class Customers:
    """``plural.customers``: the customers operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def find(
        self,
        *,
        country_code: str,
        mobile_number: str,
        merchant_customer_reference: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerProfile:
        """Find a customer profile by mobile number and reference: ``find_customer``."""
        return _find_customer.call(
            country_code=country_code,
            mobile_number=mobile_number,
            merchant_customer_reference=merchant_customer_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def create(
        self,
        *,
        body: CreateCustomerRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomerProfile:
        """Create a customer profile: ``create_customer``."""
        return _create_customer.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerProfile:
        """Get a customer profile by Plural's id: ``get_customer``."""
        return _get_customer.call(
            customer_id=customer_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def update(
        self,
        customer_id: str,
        *,
        body: UpdateCustomerRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomerProfile:
        """Update a customer profile: ``update_customer``."""
        return _update_customer.call(
            customer_id=customer_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncCustomers:
    """``plural.customers`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def find(
        self,
        *,
        country_code: str,
        mobile_number: str,
        merchant_customer_reference: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerProfile:
        """Find a customer profile by mobile number and reference: ``find_customer``."""
        return await _find_customer.acall(
            country_code=country_code,
            mobile_number=mobile_number,
            merchant_customer_reference=merchant_customer_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CreateCustomerRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomerProfile:
        """Create a customer profile: ``create_customer``."""
        return await _create_customer.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> CustomerProfile:
        """Get a customer profile by Plural's id: ``get_customer``."""
        return await _get_customer.acall(
            customer_id=customer_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def update(
        self,
        customer_id: str,
        *,
        body: UpdateCustomerRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CustomerProfile:
        """Update a customer profile: ``update_customer``."""
        return await _update_customer.acall(
            customer_id=customer_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
