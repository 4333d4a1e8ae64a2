"""The pay_by_points operations, as functions (one module each) and as a resource of ``Plural``
(``plural.pay_by_points``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.points_balance import PointsBalance
    from ...models.points_balance_request import PointsBalanceRequest
    from ...models.points_order_details import PointsOrderDetails, PointsOrderDetailsParams
    from ...models.points_payment_option import PointsPaymentOption, PointsPaymentOptionParams
    from . import check_point_balance as _check_point_balance
else:
    _check_point_balance = _types.Deferred(
        globals(), "_check_point_balance", ".check_point_balance"
    )
    PointsBalanceRequest = _types.Deferred(
        globals(),
        "PointsBalanceRequest",
        "...models.points_balance_request",
        "PointsBalanceRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("check_point_balance",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PayByPoints:
    """``plural.pay_by_points``: the pay_by_points operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def check_point_balance(
        self,
        *,
        payment_option: "PointsPaymentOptionParams | PointsPaymentOption",
        order_details: "PointsOrderDetailsParams | PointsOrderDetails",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "PointsBalance":
        """Check a card's reward points balance: ``check_point_balance``.

        The body's fields are keyword arguments (``PointsBalanceRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PointsBalanceRequest.from_dict(
            _types.given(
                {
                    "payment_option": payment_option,
                    "order_details": order_details,
                }
            )
        )

        return _check_point_balance.unwrap(
            _check_point_balance.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncPayByPoints:
    """``plural.pay_by_points`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def check_point_balance(
        self,
        *,
        payment_option: "PointsPaymentOptionParams | PointsPaymentOption",
        order_details: "PointsOrderDetailsParams | PointsOrderDetails",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "PointsBalance":
        """Check a card's reward points balance: ``check_point_balance``.

        The body's fields are keyword arguments (``PointsBalanceRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PointsBalanceRequest.from_dict(
            _types.given(
                {
                    "payment_option": payment_option,
                    "order_details": order_details,
                }
            )
        )

        return _check_point_balance.unwrap(
            await _check_point_balance.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class PayByPointsWithRawResponse:
    """``plural.with_raw_response.pay_by_points``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, pay_by_points: PayByPoints) -> None:
        self.check_point_balance = _types.with_response(pay_by_points.check_point_balance)


class AsyncPayByPointsWithRawResponse:
    """``with_raw_response.pay_by_points`` of ``AsyncPlural``."""

    def __init__(self, pay_by_points: AsyncPayByPoints) -> None:
        self.check_point_balance = _types.with_response_async(pay_by_points.check_point_balance)
