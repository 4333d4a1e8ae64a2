"""The checkout operations, as functions (one module each) and as a resource of ``Plural``
(``plural.checkout``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.checkout_link import CheckoutLink
from ...models.error import Error
from ...models.generate_checkout_link_request import GenerateCheckoutLinkRequest
from ...types import UNSET, Unset
from . import generate_checkout_link as _generate_checkout_link


class Checkout:
    """``plural.checkout``: the checkout operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate_link(
        self,
        *,
        body: GenerateCheckoutLinkRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CheckoutLink:
        """Create an order paid on Plural's hosted checkout: ``generate_checkout_link``."""
        return _generate_checkout_link.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncCheckout:
    """``plural.checkout`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate_link(
        self,
        *,
        body: GenerateCheckoutLinkRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CheckoutLink:
        """Create an order paid on Plural's hosted checkout: ``generate_checkout_link``."""
        return await _generate_checkout_link.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
