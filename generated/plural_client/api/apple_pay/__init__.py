"""The apple_pay operations, as functions (one module each) and as a resource of ``Plural``
(``plural.apple_pay``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.apple_pay_authorize_request import ApplePayAuthorizeRequest
from ...models.error import Error
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...types import UNSET, Unset
from . import authorize_apple_pay_payment as _authorize_apple_pay_payment


class ApplePay:
    """``plural.apple_pay``: the apple_pay operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def authorize_payment(
        self,
        order_id: str,
        payments_id: str,
        *,
        body: ApplePayAuthorizeRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Authorize an Apple Pay payment with the decrypted token: ``authorize_apple_pay_payment``."""
        return _authorize_apple_pay_payment.call(
            order_id=order_id,
            payments_id=payments_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncApplePay:
    """``plural.apple_pay`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def authorize_payment(
        self,
        order_id: str,
        payments_id: str,
        *,
        body: ApplePayAuthorizeRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """Authorize an Apple Pay payment with the decrypted token: ``authorize_apple_pay_payment``."""
        return await _authorize_apple_pay_payment.acall(
            order_id=order_id,
            payments_id=payments_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
