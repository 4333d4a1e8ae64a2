"""The presentations operations, as functions (one module each) and as a resource of ``Plural``
(``plural.presentations``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.amount import Amount, AmountParams
    from ...models.create_presentation_request import CreatePresentationRequest
    from ...models.error import Error
    from ...models.presentation import Presentation
    from ...models.presentation_debit_request import PresentationDebitRequest
    from ...models.presentation_debit_request_is_merchant_retry import (
        PresentationDebitRequestIsMerchantRetry,
        PresentationDebitRequestIsMerchantRetryValue,
    )
    from ...models.presentation_list import PresentationList
    from ...models.presentation_notification import PresentationNotification
    from ...models.presentation_notification_request import PresentationNotificationRequest
    from ...models.presentation_retry_request import PresentationRetryRequest
    from . import create_debit as _create_debit
    from . import create_merchant_retry as _create_merchant_retry
    from . import create_presentation as _create_presentation
    from . import delete_presentation as _delete_presentation
    from . import get_presentation as _get_presentation
    from . import get_presentation_by_reference as _get_presentation_by_reference
    from . import list_presentations as _list_presentations
    from . import send_subscription_notification as _send_subscription_notification
else:
    _list_presentations = _types.Deferred(globals(), "_list_presentations", ".list_presentations")
    _create_presentation = _types.Deferred(
        globals(), "_create_presentation", ".create_presentation"
    )
    _get_presentation = _types.Deferred(globals(), "_get_presentation", ".get_presentation")
    _delete_presentation = _types.Deferred(
        globals(), "_delete_presentation", ".delete_presentation"
    )
    _get_presentation_by_reference = _types.Deferred(
        globals(), "_get_presentation_by_reference", ".get_presentation_by_reference"
    )
    _create_debit = _types.Deferred(globals(), "_create_debit", ".create_debit")
    _create_merchant_retry = _types.Deferred(
        globals(), "_create_merchant_retry", ".create_merchant_retry"
    )
    _send_subscription_notification = _types.Deferred(
        globals(), "_send_subscription_notification", ".send_subscription_notification"
    )
    CreatePresentationRequest = _types.Deferred(
        globals(),
        "CreatePresentationRequest",
        "...models.create_presentation_request",
        "CreatePresentationRequest",
    )
    PresentationDebitRequest = _types.Deferred(
        globals(),
        "PresentationDebitRequest",
        "...models.presentation_debit_request",
        "PresentationDebitRequest",
    )
    PresentationRetryRequest = _types.Deferred(
        globals(),
        "PresentationRetryRequest",
        "...models.presentation_retry_request",
        "PresentationRetryRequest",
    )
    PresentationNotificationRequest = _types.Deferred(
        globals(),
        "PresentationNotificationRequest",
        "...models.presentation_notification_request",
        "PresentationNotificationRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "list_presentations",
            "create_presentation",
            "get_presentation",
            "delete_presentation",
            "get_presentation_by_reference",
            "create_debit",
            "create_merchant_retry",
            "send_subscription_notification",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Presentations:
    """``plural.presentations``: the presentations operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list(
        self,
        subscription_id: str,
        *,
        size: str | Unset = UNSET,
        page: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PresentationList":
        """List a subscription's presentations: ``list_presentations``."""
        return _list_presentations.unwrap(
            _list_presentations.sync_detailed(
                subscription_id=subscription_id,
                size=size,
                page=page,
                sort=sort,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def create(
        self,
        subscription_id: str,
        *,
        due_date: datetime.datetime | str | Unset = UNSET,
        amount: "AmountParams | Amount | Unset" = UNSET,
        merchant_presentation_reference: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Presentation":
        """Create a presentation (debit request): ``create_presentation``.

        The body's fields are keyword arguments (``CreatePresentationRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePresentationRequest.from_dict(
            _types.given(
                {
                    "subscription_id": subscription_id,
                    "due_date": due_date,
                    "amount": amount,
                    "merchant_presentation_reference": merchant_presentation_reference,
                }
            )
        )

        return _create_presentation.unwrap(
            _create_presentation.sync_detailed(
                subscription_id=subscription_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Presentation":
        """Get a presentation by Plural's presentation id: ``get_presentation``."""
        return _get_presentation.unwrap(
            _get_presentation.sync_detailed(
                presentation_id=presentation_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def delete(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a presentation: ``delete_presentation``."""
        return _delete_presentation.unwrap(
            _delete_presentation.sync_detailed(
                presentation_id=presentation_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def get_by_reference(
        self,
        merchant_presentation_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Presentation":
        """Get a presentation by the merchant's presentation reference: ``get_presentation_by_reference``."""
        return _get_presentation_by_reference.unwrap(
            _get_presentation_by_reference.sync_detailed(
                merchant_presentation_reference=merchant_presentation_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    def create_debit(
        self,
        *,
        presentation_id: str | Unset = UNSET,
        merchant_presentation_reference: str | Unset = UNSET,
        is_merchant_retry: "PresentationDebitRequestIsMerchantRetryValue | PresentationDebitRequestIsMerchantRetry | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Presentation":
        """Execute a debit against a subscription: ``create_debit``.

        The body's fields are keyword arguments (``PresentationDebitRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PresentationDebitRequest.from_dict(
            _types.given(
                {
                    "presentation_id": presentation_id,
                    "merchant_presentation_reference": merchant_presentation_reference,
                    "is_merchant_retry": is_merchant_retry,
                }
            )
        )

        return _create_debit.unwrap(
            _create_debit.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def create_merchant_retry(
        self,
        *,
        presentation_id: str | Unset = UNSET,
        merchant_presentation_reference: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Presentation":
        """Retry a failed mandate debit: ``create_merchant_retry``.

        The body's fields are keyword arguments (``PresentationRetryRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PresentationRetryRequest.from_dict(
            _types.given(
                {
                    "presentation_id": presentation_id,
                    "merchant_presentation_reference": merchant_presentation_reference,
                }
            )
        )

        return _create_merchant_retry.unwrap(
            _create_merchant_retry.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def send_subscription_notification(
        self,
        *,
        subscription_id: str,
        due_date: datetime.datetime | str,
        amount: "AmountParams | Amount",
        merchant_presentation_reference: str,
        is_merchant_retry: bool | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "PresentationNotification":
        """Send a pre-debit notification: ``send_subscription_notification``.

        The body's fields are keyword arguments (``PresentationNotificationRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PresentationNotificationRequest.from_dict(
            _types.given(
                {
                    "subscription_id": subscription_id,
                    "due_date": due_date,
                    "amount": amount,
                    "merchant_presentation_reference": merchant_presentation_reference,
                    "is_merchant_retry": is_merchant_retry,
                }
            )
        )

        return _send_subscription_notification.unwrap(
            _send_subscription_notification.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncPresentations:
    """``plural.presentations`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list(
        self,
        subscription_id: str,
        *,
        size: str | Unset = UNSET,
        page: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "PresentationList":
        """List a subscription's presentations: ``list_presentations``."""
        return _list_presentations.unwrap(
            await _list_presentations.asyncio_detailed(
                subscription_id=subscription_id,
                size=size,
                page=page,
                sort=sort,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def create(
        self,
        subscription_id: str,
        *,
        due_date: datetime.datetime | str | Unset = UNSET,
        amount: "AmountParams | Amount | Unset" = UNSET,
        merchant_presentation_reference: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Presentation":
        """Create a presentation (debit request): ``create_presentation``.

        The body's fields are keyword arguments (``CreatePresentationRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = CreatePresentationRequest.from_dict(
            _types.given(
                {
                    "subscription_id": subscription_id,
                    "due_date": due_date,
                    "amount": amount,
                    "merchant_presentation_reference": merchant_presentation_reference,
                }
            )
        )

        return _create_presentation.unwrap(
            await _create_presentation.asyncio_detailed(
                subscription_id=subscription_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Presentation":
        """Get a presentation by Plural's presentation id: ``get_presentation``."""
        return _get_presentation.unwrap(
            await _get_presentation.asyncio_detailed(
                presentation_id=presentation_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def delete(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a presentation: ``delete_presentation``."""
        return _delete_presentation.unwrap(
            await _delete_presentation.asyncio_detailed(
                presentation_id=presentation_id,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def get_by_reference(
        self,
        merchant_presentation_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> "Presentation":
        """Get a presentation by the merchant's presentation reference: ``get_presentation_by_reference``."""
        return _get_presentation_by_reference.unwrap(
            await _get_presentation_by_reference.asyncio_detailed(
                merchant_presentation_reference=merchant_presentation_reference,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
            )
        )

    async def create_debit(
        self,
        *,
        presentation_id: str | Unset = UNSET,
        merchant_presentation_reference: str | Unset = UNSET,
        is_merchant_retry: "PresentationDebitRequestIsMerchantRetryValue | PresentationDebitRequestIsMerchantRetry | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Presentation":
        """Execute a debit against a subscription: ``create_debit``.

        The body's fields are keyword arguments (``PresentationDebitRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PresentationDebitRequest.from_dict(
            _types.given(
                {
                    "presentation_id": presentation_id,
                    "merchant_presentation_reference": merchant_presentation_reference,
                    "is_merchant_retry": is_merchant_retry,
                }
            )
        )

        return _create_debit.unwrap(
            await _create_debit.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def create_merchant_retry(
        self,
        *,
        presentation_id: str | Unset = UNSET,
        merchant_presentation_reference: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "Presentation":
        """Retry a failed mandate debit: ``create_merchant_retry``.

        The body's fields are keyword arguments (``PresentationRetryRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PresentationRetryRequest.from_dict(
            _types.given(
                {
                    "presentation_id": presentation_id,
                    "merchant_presentation_reference": merchant_presentation_reference,
                }
            )
        )

        return _create_merchant_retry.unwrap(
            await _create_merchant_retry.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def send_subscription_notification(
        self,
        *,
        subscription_id: str,
        due_date: datetime.datetime | str,
        amount: "AmountParams | Amount",
        merchant_presentation_reference: str,
        is_merchant_retry: bool | Unset = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "PresentationNotification":
        """Send a pre-debit notification: ``send_subscription_notification``.

        The body's fields are keyword arguments (``PresentationNotificationRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = PresentationNotificationRequest.from_dict(
            _types.given(
                {
                    "subscription_id": subscription_id,
                    "due_date": due_date,
                    "amount": amount,
                    "merchant_presentation_reference": merchant_presentation_reference,
                    "is_merchant_retry": is_merchant_retry,
                }
            )
        )

        return _send_subscription_notification.unwrap(
            await _send_subscription_notification.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class PresentationsWithRawResponse:
    """``plural.with_raw_response.presentations``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, presentations: Presentations) -> None:
        self.list = _types.with_response(presentations.list)
        self.create = _types.with_response(presentations.create)
        self.get = _types.with_response(presentations.get)
        self.delete = _types.with_response(presentations.delete)
        self.get_by_reference = _types.with_response(presentations.get_by_reference)
        self.create_debit = _types.with_response(presentations.create_debit)
        self.create_merchant_retry = _types.with_response(presentations.create_merchant_retry)
        self.send_subscription_notification = _types.with_response(
            presentations.send_subscription_notification
        )


class AsyncPresentationsWithRawResponse:
    """``with_raw_response.presentations`` of ``AsyncPlural``."""

    def __init__(self, presentations: AsyncPresentations) -> None:
        self.list = _types.with_response_async(presentations.list)
        self.create = _types.with_response_async(presentations.create)
        self.get = _types.with_response_async(presentations.get)
        self.delete = _types.with_response_async(presentations.delete)
        self.get_by_reference = _types.with_response_async(presentations.get_by_reference)
        self.create_debit = _types.with_response_async(presentations.create_debit)
        self.create_merchant_retry = _types.with_response_async(presentations.create_merchant_retry)
        self.send_subscription_notification = _types.with_response_async(
            presentations.send_subscription_notification
        )
