from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.bulk_payout import BulkPayout
from ...models.create_bulk_payout_request import CreateBulkPayoutRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateBulkPayoutRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_id, Unset):
        headers["Request-ID"] = request_id

    if not isinstance(request_timestamp, Unset):
        headers["Request-Timestamp"] = request_timestamp

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payouts/v3/payments/banks/file",
        # Names the operation to plural_ext, which then need not find it by its path.
        "extensions": {"plural_operation_id": "create_bulk_payout"},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkPayout | Error | None:
    if response.status_code == 200:
        response_200 = BulkPayout.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    # A status the operation does not document (201 where 200 is listed, a 302 from a
    # proxy) is no answer to read: never None in its place, which reads as "nothing".
    raise errors.InvalidResponseError(
        f"status {response.status_code} is not an answer create_bulk_payout documents",
        status_code=response.status_code,
        request_id=response.headers.get("Request-ID") or response.request.headers.get("Request-ID"),
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkPayout | Error]:
    # A body that is not JSON, or not of the documented shape, is a typed error
    # rather than whatever the parser happened to trip on (JSONDecodeError, KeyError...).
    # So is a status no RFC names (520 from a proxy): HTTPStatus() refuses it.
    try:
        parsed = _parse_response(client=client, response=response)
        status_code = HTTPStatus(response.status_code)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise errors.InvalidResponseError.from_response(response, error) from None
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkPayoutRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[BulkPayout | Error]:
    """Create payouts in bulk from a file

     Uploads a file of beneficiaries and amounts; Plural creates the payouts
    asynchronously. Track them with list_payouts and the returned
    `requestReferenceId`. No idempotency key: each upload is a new request.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (CreateBulkPayoutRequest): A file of payouts to create, sent as multipart/form-data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkPayout | Error]
    """

    # No local holds the request's arguments: a frame's locals (a card number, a CVV in
    # the body) are what error trackers capture.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkPayoutRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> BulkPayout | Error | None:
    """Create payouts in bulk from a file

     Uploads a file of beneficiaries and amounts; Plural creates the payouts
    asynchronously. Track them with list_payouts and the returned
    `requestReferenceId`. No idempotency key: each upload is a new request.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (CreateBulkPayoutRequest): A file of payouts to create, sent as multipart/form-data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkPayout | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        request_id=request_id,
        request_timestamp=request_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkPayoutRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[BulkPayout | Error]:
    """Create payouts in bulk from a file

     Uploads a file of beneficiaries and amounts; Plural creates the payouts
    asynchronously. Track them with list_payouts and the returned
    `requestReferenceId`. No idempotency key: each upload is a new request.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (CreateBulkPayoutRequest): A file of payouts to create, sent as multipart/form-data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkPayout | Error]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBulkPayoutRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> BulkPayout | Error | None:
    """Create payouts in bulk from a file

     Uploads a file of beneficiaries and amounts; Plural creates the payouts
    asynchronously. Track them with list_payouts and the returned
    `requestReferenceId`. No idempotency key: each upload is a new request.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (CreateBulkPayoutRequest): A file of payouts to create, sent as multipart/form-data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkPayout | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    ).parsed


def unwrap(response: Response[BulkPayout | Error]) -> BulkPayout:
    """The answer itself, for the resource methods (``plural.payouts...``).

    A status the operation does not document as a success, or an answer without what it
    promises, is an ``InvalidResponseError``; an error status is raised by ``Plural`` before.
    """
    kept = _types.read_responses.get()
    if kept is not None:  # inside with_raw_response
        kept.append(response)
    request_id = response.headers.get("Request-ID")
    if response.status_code not in (200,):
        raise errors.InvalidResponseError(
            f"status {int(response.status_code)} is not an answer create_bulk_payout documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    parsed = response.parsed
    if not isinstance(parsed, BulkPayout):
        raise errors.InvalidResponseError(
            "the answer is not the BulkPayout create_bulk_payout documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed
