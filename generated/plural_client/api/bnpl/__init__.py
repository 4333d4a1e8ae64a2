"""The bnpl operations, as functions (one module each) and as a resource of ``Plural``
(``plural.bnpl``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.bnpl_eligibility import BnplEligibility
from ...models.bnpl_eligibility_request import BnplEligibilityRequest
from ...models.error import Error
from ...types import UNSET, Unset
from . import check_bnpl_eligibility as _check_bnpl_eligibility


class Bnpl:
    """``plural.bnpl``: the bnpl operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def check_eligibility(
        self,
        *,
        body: BnplEligibilityRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BnplEligibility:
        """Check a customer's BNPL eligibility: ``check_bnpl_eligibility``."""
        return _check_bnpl_eligibility.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncBnpl:
    """``plural.bnpl`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def check_eligibility(
        self,
        *,
        body: BnplEligibilityRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BnplEligibility:
        """Check a customer's BNPL eligibility: ``check_bnpl_eligibility``."""
        return await _check_bnpl_eligibility.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
