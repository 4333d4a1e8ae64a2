"""The apple_pay operations, as functions (one module each) and as a resource of ``Plural``
(``plural.apple_pay``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.apple_pay_authorize_request import ApplePayAuthorizeRequest
    from ...models.apple_pay_card_details import ApplePayCardDetails, ApplePayCardDetailsParams
    from ...models.error import Error
    from ...models.order import Order
    from ...models.order_response import OrderResponse
    from . import authorize_apple_pay_payment as _authorize_apple_pay_payment
else:
    _authorize_apple_pay_payment = _types.Deferred(
        globals(), "_authorize_apple_pay_payment", ".authorize_apple_pay_payment"
    )
    ApplePayAuthorizeRequest = _types.Deferred(
        globals(),
        "ApplePayAuthorizeRequest",
        "...models.apple_pay_authorize_request",
        "ApplePayAuthorizeRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("authorize_apple_pay_payment",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ApplePay:
    """``plural.apple_pay``: the apple_pay operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def authorize_payment(
        self,
        order_id: str,
        payments_id: str,
        *,
        decrypted_card_details: "ApplePayCardDetailsParams | ApplePayCardDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Authorize an Apple Pay payment with the decrypted token: ``authorize_apple_pay_payment``.

        The body's fields are keyword arguments (``ApplePayAuthorizeRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ApplePayAuthorizeRequest.from_dict(
            _types.given(
                {
                    "decrypted_card_details": decrypted_card_details,
                }
            )
        )

        return _authorize_apple_pay_payment.unwrap(
            _authorize_apple_pay_payment.sync_detailed(
                order_id=order_id,
                payments_id=payments_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
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
        decrypted_card_details: "ApplePayCardDetailsParams | ApplePayCardDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Order":
        """Authorize an Apple Pay payment with the decrypted token: ``authorize_apple_pay_payment``.

        The body's fields are keyword arguments (``ApplePayAuthorizeRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ApplePayAuthorizeRequest.from_dict(
            _types.given(
                {
                    "decrypted_card_details": decrypted_card_details,
                }
            )
        )

        return _authorize_apple_pay_payment.unwrap(
            await _authorize_apple_pay_payment.asyncio_detailed(
                order_id=order_id,
                payments_id=payments_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class ApplePayWithRawResponse:
    """``plural.with_raw_response.apple_pay``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, apple_pay: ApplePay) -> None:
        self.authorize_payment = _types.with_response(apple_pay.authorize_payment)


class AsyncApplePayWithRawResponse:
    """``with_raw_response.apple_pay`` of ``AsyncPlural``."""

    def __init__(self, apple_pay: AsyncApplePay) -> None:
        self.authorize_payment = _types.with_response_async(apple_pay.authorize_payment)
