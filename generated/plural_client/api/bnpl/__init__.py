"""The bnpl operations, as functions (one module each) and as a resource of ``Plural``
(``plural.bnpl``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.bnpl_eligibility import BnplEligibility
    from ...models.bnpl_eligibility_request import BnplEligibilityRequest
    from ...models.bnpl_pay_code import BnplPayCode, BnplPayCodeValue
    from ...models.error import Error
    from ...models.payment_device_info import PaymentDeviceInfo, PaymentDeviceInfoParams
    from . import check_bnpl_eligibility as _check_bnpl_eligibility
else:
    _check_bnpl_eligibility = _types.Deferred(
        globals(), "_check_bnpl_eligibility", ".check_bnpl_eligibility"
    )
    BnplEligibilityRequest = _types.Deferred(
        globals(),
        "BnplEligibilityRequest",
        "...models.bnpl_eligibility_request",
        "BnplEligibilityRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in ("check_bnpl_eligibility",):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Bnpl:
    """``plural.bnpl``: the bnpl operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def check_eligibility(
        self,
        *,
        mobile: str,
        pay_code: "BnplPayCodeValue | BnplPayCode",
        amount: "AmountParams | Amount",
        device_info: "PaymentDeviceInfoParams | PaymentDeviceInfo | Unset" = UNSET,
        email: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "BnplEligibility":
        """Check a customer's BNPL eligibility: ``check_bnpl_eligibility``.

        The body's fields are keyword arguments (``BnplEligibilityRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = BnplEligibilityRequest.from_dict(
            _types.given(
                {
                    "mobile": mobile,
                    "pay_code": pay_code,
                    "amount": amount,
                    "device_info": device_info,
                    "email": email,
                }
            )
        )

        return _check_bnpl_eligibility.unwrap(
            _check_bnpl_eligibility.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncBnpl:
    """``plural.bnpl`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def check_eligibility(
        self,
        *,
        mobile: str,
        pay_code: "BnplPayCodeValue | BnplPayCode",
        amount: "AmountParams | Amount",
        device_info: "PaymentDeviceInfoParams | PaymentDeviceInfo | Unset" = UNSET,
        email: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "BnplEligibility":
        """Check a customer's BNPL eligibility: ``check_bnpl_eligibility``.

        The body's fields are keyword arguments (``BnplEligibilityRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = BnplEligibilityRequest.from_dict(
            _types.given(
                {
                    "mobile": mobile,
                    "pay_code": pay_code,
                    "amount": amount,
                    "device_info": device_info,
                    "email": email,
                }
            )
        )

        return _check_bnpl_eligibility.unwrap(
            await _check_bnpl_eligibility.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class BnplWithRawResponse:
    """``plural.with_raw_response.bnpl``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, bnpl: Bnpl) -> None:
        self.check_eligibility = _types.with_response(bnpl.check_eligibility)


class AsyncBnplWithRawResponse:
    """``with_raw_response.bnpl`` of ``AsyncPlural``."""

    def __init__(self, bnpl: AsyncBnpl) -> None:
        self.check_eligibility = _types.with_response_async(bnpl.check_eligibility)
