"""The otp operations, as functions (one module each) and as a resource of ``Plural``
(``plural.otp``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.otp_error import OtpError
    from ...models.otp_request import OtpRequest
    from ...models.otp_response import OtpResponse
    from ...models.submit_otp_request import SubmitOtpRequest
    from . import generate_otp as _generate_otp
    from . import resend_otp as _resend_otp
    from . import submit_otp as _submit_otp
else:
    _generate_otp = _types.Deferred(globals(), "_generate_otp", ".generate_otp")
    _submit_otp = _types.Deferred(globals(), "_submit_otp", ".submit_otp")
    _resend_otp = _types.Deferred(globals(), "_resend_otp", ".resend_otp")
    OtpRequest = _types.Deferred(globals(), "OtpRequest", "...models.otp_request", "OtpRequest")
    SubmitOtpRequest = _types.Deferred(
        globals(), "SubmitOtpRequest", "...models.submit_otp_request", "SubmitOtpRequest"
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "generate_otp",
            "submit_otp",
            "resend_otp",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Otp:
    """``plural.otp``: the otp operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate(
        self,
        *,
        payment_id: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OtpResponse":
        """Send an OTP for a card payment: ``generate_otp``.

        The body's fields are keyword arguments (``OtpRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = OtpRequest.from_dict(
            _types.given(
                {
                    "payment_id": payment_id,
                }
            )
        )

        return _generate_otp.unwrap(
            _generate_otp.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def submit(
        self,
        *,
        payment_id: str,
        otp: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OtpResponse":
        """Submit the customer's OTP: ``submit_otp``.

        The body's fields are keyword arguments (``SubmitOtpRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = SubmitOtpRequest.from_dict(
            _types.given(
                {
                    "payment_id": payment_id,
                    "otp": otp,
                }
            )
        )

        return _submit_otp.unwrap(
            _submit_otp.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def resend(
        self,
        *,
        payment_id: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OtpResponse":
        """Resend the OTP: ``resend_otp``.

        The body's fields are keyword arguments (``OtpRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = OtpRequest.from_dict(
            _types.given(
                {
                    "payment_id": payment_id,
                }
            )
        )

        return _resend_otp.unwrap(
            _resend_otp.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncOtp:
    """``plural.otp`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate(
        self,
        *,
        payment_id: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OtpResponse":
        """Send an OTP for a card payment: ``generate_otp``.

        The body's fields are keyword arguments (``OtpRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = OtpRequest.from_dict(
            _types.given(
                {
                    "payment_id": payment_id,
                }
            )
        )

        return _generate_otp.unwrap(
            await _generate_otp.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def submit(
        self,
        *,
        payment_id: str,
        otp: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OtpResponse":
        """Submit the customer's OTP: ``submit_otp``.

        The body's fields are keyword arguments (``SubmitOtpRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = SubmitOtpRequest.from_dict(
            _types.given(
                {
                    "payment_id": payment_id,
                    "otp": otp,
                }
            )
        )

        return _submit_otp.unwrap(
            await _submit_otp.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def resend(
        self,
        *,
        payment_id: str,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OtpResponse":
        """Resend the OTP: ``resend_otp``.

        The body's fields are keyword arguments (``OtpRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = OtpRequest.from_dict(
            _types.given(
                {
                    "payment_id": payment_id,
                }
            )
        )

        return _resend_otp.unwrap(
            await _resend_otp.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class OtpWithRawResponse:
    """``plural.with_raw_response.otp``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, otp: Otp) -> None:
        self.generate = _types.with_response(otp.generate)
        self.submit = _types.with_response(otp.submit)
        self.resend = _types.with_response(otp.resend)


class AsyncOtpWithRawResponse:
    """``with_raw_response.otp`` of ``AsyncPlural``."""

    def __init__(self, otp: AsyncOtp) -> None:
        self.generate = _types.with_response_async(otp.generate)
        self.submit = _types.with_response_async(otp.submit)
        self.resend = _types.with_response_async(otp.resend)
