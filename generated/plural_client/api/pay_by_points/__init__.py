"""The pay_by_points operations, as functions (one module each) and as a resource of ``Plural``
(``plural.pay_by_points``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.points_balance import PointsBalance
from ...models.points_balance_request import PointsBalanceRequest
from ...types import UNSET, Unset
from . import check_point_balance as _check_point_balance


class PayByPoints:
    """``plural.pay_by_points``: the pay_by_points operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def check_point_balance(
        self,
        *,
        body: PointsBalanceRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PointsBalance:
        """Check a card's reward points balance: ``check_point_balance``."""
        return _check_point_balance.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncPayByPoints:
    """``plural.pay_by_points`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def check_point_balance(
        self,
        *,
        body: PointsBalanceRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PointsBalance:
        """Check a card's reward points balance: ``check_point_balance``."""
        return await _check_point_balance.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
