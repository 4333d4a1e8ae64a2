"""The customers operations, as functions (one module each) and as a resource of ``Plural``
(``plural.customers``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.address import Address, AddressParams
    from ...models.create_customer_request import CreateCustomerRequest
    from ...models.customer_profile import CustomerProfile
    from ...models.customer_status import CustomerStatus, CustomerStatusValue
    from ...models.error import Error
    from ...models.merchant_metadata import MerchantMetadata
    from ...models.update_customer_request import UpdateCustomerRequest
    from . import create_customer as _create_customer
    from . import find_customer as _find_customer
    from . import get_customer as _get_customer
    from . import update_customer as _update_customer
else:
    _find_customer = _types.Deferred(globals(), "_find_customer", ".find_customer")
    _create_customer = _types.Deferred(globals(), "_create_customer", ".create_customer")
    _get_customer = _types.Deferred(globals(), "_get_customer", ".get_customer")
    _update_customer = _types.Deferred(globals(), "_update_customer", ".update_customer")
    CreateCustomerRequest = _types.Deferred(
        globals(),
        "CreateCustomerRequest",
        "...models.create_customer_request",
        "CreateCustomerRequest",
    )
    UpdateCustomerRequest = _types.Deferred(
        globals(),
        "UpdateCustomerRequest",
        "...models.update_customer_request",
        "UpdateCustomerRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "find_customer",
            "create_customer",
            "get_customer",
            "update_customer",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    ) -> "CustomerProfile":
        """Find a customer profile by mobile number and reference: ``find_customer``."""
        return _find_customer.unwrap(
            _find_customer.sync_detailed(
                country_code=country_code,
                mobile_number=mobile_number,
                merchant_customer_reference=merchant_customer_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def create(
        self,
        *,
        merchant_customer_reference: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        email_id: str | Unset = UNSET,
        billing_address: "AddressParams | Address | Unset" = UNSET,
        shipping_address: "AddressParams | Address | Unset" = UNSET,
        gstin: str | Unset = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CustomerProfile":
        """Create a customer profile: ``create_customer``.

        The body's fields are keyword arguments (``CreateCustomerRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateCustomerRequest.from_dict(
            _types.given(
                {
                    "merchant_customer_reference": merchant_customer_reference,
                    "first_name": first_name,
                    "last_name": last_name,
                    "country_code": country_code,
                    "mobile_number": mobile_number,
                    "email_id": email_id,
                    "billing_address": billing_address,
                    "shipping_address": shipping_address,
                    "gstin": gstin,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _create_customer.unwrap(
            _create_customer.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "CustomerProfile":
        """Get a customer profile by Plural's id: ``get_customer``."""
        return _get_customer.unwrap(
            _get_customer.sync_detailed(
                customer_id=customer_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def update(
        self,
        customer_id: str,
        *,
        merchant_customer_reference: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        email_id: str | Unset = UNSET,
        billing_address: "AddressParams | Address | Unset" = UNSET,
        shipping_address: "AddressParams | Address | Unset" = UNSET,
        status: "CustomerStatusValue | CustomerStatus | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CustomerProfile":
        """Update a customer profile: ``update_customer``.

        The body's fields are keyword arguments (``UpdateCustomerRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdateCustomerRequest.from_dict(
            _types.given(
                {
                    "merchant_customer_reference": merchant_customer_reference,
                    "first_name": first_name,
                    "last_name": last_name,
                    "country_code": country_code,
                    "mobile_number": mobile_number,
                    "email_id": email_id,
                    "billing_address": billing_address,
                    "shipping_address": shipping_address,
                    "status": status,
                }
            )
        )

        return _update_customer.unwrap(
            _update_customer.sync_detailed(
                customer_id=customer_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
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
    ) -> "CustomerProfile":
        """Find a customer profile by mobile number and reference: ``find_customer``."""
        return _find_customer.unwrap(
            await _find_customer.asyncio_detailed(
                country_code=country_code,
                mobile_number=mobile_number,
                merchant_customer_reference=merchant_customer_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def create(
        self,
        *,
        merchant_customer_reference: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        email_id: str | Unset = UNSET,
        billing_address: "AddressParams | Address | Unset" = UNSET,
        shipping_address: "AddressParams | Address | Unset" = UNSET,
        gstin: str | Unset = UNSET,
        merchant_metadata: "Mapping[str, Any] | MerchantMetadata | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CustomerProfile":
        """Create a customer profile: ``create_customer``.

        The body's fields are keyword arguments (``CreateCustomerRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreateCustomerRequest.from_dict(
            _types.given(
                {
                    "merchant_customer_reference": merchant_customer_reference,
                    "first_name": first_name,
                    "last_name": last_name,
                    "country_code": country_code,
                    "mobile_number": mobile_number,
                    "email_id": email_id,
                    "billing_address": billing_address,
                    "shipping_address": shipping_address,
                    "gstin": gstin,
                    "merchant_metadata": merchant_metadata,
                }
            )
        )

        return _create_customer.unwrap(
            await _create_customer.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get(
        self,
        customer_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "CustomerProfile":
        """Get a customer profile by Plural's id: ``get_customer``."""
        return _get_customer.unwrap(
            await _get_customer.asyncio_detailed(
                customer_id=customer_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def update(
        self,
        customer_id: str,
        *,
        merchant_customer_reference: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        email_id: str | Unset = UNSET,
        billing_address: "AddressParams | Address | Unset" = UNSET,
        shipping_address: "AddressParams | Address | Unset" = UNSET,
        status: "CustomerStatusValue | CustomerStatus | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "CustomerProfile":
        """Update a customer profile: ``update_customer``.

        The body's fields are keyword arguments (``UpdateCustomerRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = UpdateCustomerRequest.from_dict(
            _types.given(
                {
                    "merchant_customer_reference": merchant_customer_reference,
                    "first_name": first_name,
                    "last_name": last_name,
                    "country_code": country_code,
                    "mobile_number": mobile_number,
                    "email_id": email_id,
                    "billing_address": billing_address,
                    "shipping_address": shipping_address,
                    "status": status,
                }
            )
        )

        return _update_customer.unwrap(
            await _update_customer.asyncio_detailed(
                customer_id=customer_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class CustomersWithRawResponse:
    """``plural.with_raw_response.customers``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, customers: Customers) -> None:
        self.find = _types.with_response(customers.find)
        self.create = _types.with_response(customers.create)
        self.get = _types.with_response(customers.get)
        self.update = _types.with_response(customers.update)


class AsyncCustomersWithRawResponse:
    """``with_raw_response.customers`` of ``AsyncPlural``."""

    def __init__(self, customers: AsyncCustomers) -> None:
        self.find = _types.with_response_async(customers.find)
        self.create = _types.with_response_async(customers.create)
        self.get = _types.with_response_async(customers.get)
        self.update = _types.with_response_async(customers.update)
