"""The presentations operations, as functions (one module each) and as a resource of ``Plural``
(``plural.presentations``): one method per operation, returning what the operation answers."""

from collections.abc import Mapping
from typing import Any, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.create_presentation_request import CreatePresentationRequest
from ...models.error import Error
from ...models.presentation import Presentation
from ...models.presentation_debit_request import PresentationDebitRequest
from ...models.presentation_list import PresentationList
from ...models.presentation_notification import PresentationNotification
from ...models.presentation_notification_request import PresentationNotificationRequest
from ...models.presentation_retry_request import PresentationRetryRequest
from ...types import UNSET, Unset
from . import create_debit as _create_debit
from . import create_merchant_retry as _create_merchant_retry
from . import create_presentation as _create_presentation
from . import delete_presentation as _delete_presentation
from . import get_presentation as _get_presentation
from . import get_presentation_by_reference as _get_presentation_by_reference
from . import list_presentations as _list_presentations
from . import send_subscription_notification as _send_subscription_notification


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
    ) -> PresentationList:
        """List a subscription's presentations: ``list_presentations``."""
        return _list_presentations.call(
            subscription_id=subscription_id,
            size=size,
            page=page,
            sort=sort,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def create(
        self,
        subscription_id: str,
        *,
        body: CreatePresentationRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Presentation:
        """Create a presentation (debit request): ``create_presentation``."""
        return _create_presentation.call(
            subscription_id=subscription_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def get(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Presentation:
        """Get a presentation by Plural's presentation id: ``get_presentation``."""
        return _get_presentation.call(
            presentation_id=presentation_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def delete(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a presentation: ``delete_presentation``."""
        return _delete_presentation.call(
            presentation_id=presentation_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def get_by_reference(
        self,
        merchant_presentation_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Presentation:
        """Get a presentation by the merchant's presentation reference: ``get_presentation_by_reference``."""
        return _get_presentation_by_reference.call(
            merchant_presentation_reference=merchant_presentation_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    def create_debit(
        self,
        *,
        body: PresentationDebitRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Presentation:
        """Execute a debit against a subscription: ``create_debit``."""
        return _create_debit.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def create_merchant_retry(
        self,
        *,
        body: PresentationRetryRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Presentation:
        """Retry a failed mandate debit: ``create_merchant_retry``."""
        return _create_merchant_retry.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    def send_subscription_notification(
        self,
        *,
        body: PresentationNotificationRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PresentationNotification:
        """Send a pre-debit notification: ``send_subscription_notification``."""
        return _send_subscription_notification.call(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
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
    ) -> PresentationList:
        """List a subscription's presentations: ``list_presentations``."""
        return await _list_presentations.acall(
            subscription_id=subscription_id,
            size=size,
            page=page,
            sort=sort,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def create(
        self,
        subscription_id: str,
        *,
        body: CreatePresentationRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Presentation:
        """Create a presentation (debit request): ``create_presentation``."""
        return await _create_presentation.acall(
            subscription_id=subscription_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def get(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Presentation:
        """Get a presentation by Plural's presentation id: ``get_presentation``."""
        return await _get_presentation.acall(
            presentation_id=presentation_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def delete(
        self,
        presentation_id: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> None:
        """Delete a presentation: ``delete_presentation``."""
        return await _delete_presentation.acall(
            presentation_id=presentation_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def get_by_reference(
        self,
        merchant_presentation_reference: str,
        *,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
    ) -> Presentation:
        """Get a presentation by the merchant's presentation reference: ``get_presentation_by_reference``."""
        return await _get_presentation_by_reference.acall(
            merchant_presentation_reference=merchant_presentation_reference,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
        )

    async def create_debit(
        self,
        *,
        body: PresentationDebitRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Presentation:
        """Execute a debit against a subscription: ``create_debit``."""
        return await _create_debit.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def create_merchant_retry(
        self,
        *,
        body: PresentationRetryRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Presentation:
        """Retry a failed mandate debit: ``create_merchant_retry``."""
        return await _create_merchant_retry.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )

    async def send_subscription_notification(
        self,
        *,
        body: PresentationNotificationRequest,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PresentationNotification:
        """Send a pre-debit notification: ``send_subscription_notification``."""
        return await _send_subscription_notification.acall(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            client=self._client,
            extra_body=extra_body,
        )
