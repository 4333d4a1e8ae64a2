"""The otp operations, as functions (one module each) and as a resource of ``Plural``
(``plural.otp``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.otp_error import OtpError
from ...models.otp_request import OtpRequest
from ...models.otp_response import OtpResponse
from ...models.submit_otp_request import SubmitOtpRequest
from ...types import UNSET, Unset
from . import generate_otp as _generate_otp
from . import resend_otp as _resend_otp
from . import submit_otp as _submit_otp


class Otp:
    """``plural.otp``: the otp operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def generate(
        self,
        *,
        body: OtpRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtpResponse:
        """Send an OTP for a card payment: ``generate_otp``."""
        return _generate_otp.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def submit(
        self,
        *,
        body: SubmitOtpRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtpResponse:
        """Submit the customer's OTP: ``submit_otp``."""
        return _submit_otp.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def resend(
        self,
        *,
        body: OtpRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtpResponse:
        """Resend the OTP: ``resend_otp``."""
        return _resend_otp.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )


class AsyncOtp:
    """``plural.otp`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def generate(
        self,
        *,
        body: OtpRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtpResponse:
        """Send an OTP for a card payment: ``generate_otp``."""
        return await _generate_otp.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def submit(
        self,
        *,
        body: SubmitOtpRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtpResponse:
        """Submit the customer's OTP: ``submit_otp``."""
        return await _submit_otp.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def resend(
        self,
        *,
        body: OtpRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OtpResponse:
        """Resend the OTP: ``resend_otp``."""
        return await _resend_otp.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
