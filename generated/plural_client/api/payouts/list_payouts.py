import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.payout_list import PayoutList
from ...models.payout_mode import PayoutMode
from ...models.payout_status import PayoutStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    payment_reference_id: str | Unset = UNSET,
    client_reference_id: str | Unset = UNSET,
    request_reference_id: str | Unset = UNSET,
    bank_transaction_reference_id: str | Unset = UNSET,
    mode: PayoutMode | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    status: PayoutStatus | Unset = UNSET,
    page: str | Unset = UNSET,
    count: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_id, Unset):
        headers["Request-ID"] = request_id

    if not isinstance(request_timestamp, Unset):
        headers["Request-Timestamp"] = request_timestamp

    params: dict[str, Any] = {}

    params["paymentReferenceId"] = payment_reference_id

    params["clientReferenceId"] = client_reference_id

    params["requestReferenceId"] = request_reference_id

    params["bankTransactionReferenceId"] = bank_transaction_reference_id

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    params["dateTo"] = json_date_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payouts/v3/payments",
        "params": params,
        # Names the operation to plural_ext, which then need not find it by its path.
        "extensions": {"plural_operation_id": "list_payouts"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PayoutList | None:
    if response.status_code == 200:
        response_200 = PayoutList.from_dict(response.json())

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
        f"status {response.status_code} is not an answer list_payouts documents",
        status_code=response.status_code,
        request_id=response.headers.get("Request-ID") or response.request.headers.get("Request-ID"),
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PayoutList]:
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
    payment_reference_id: str | Unset = UNSET,
    client_reference_id: str | Unset = UNSET,
    request_reference_id: str | Unset = UNSET,
    bank_transaction_reference_id: str | Unset = UNSET,
    mode: PayoutMode | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    status: PayoutStatus | Unset = UNSET,
    page: str | Unset = UNSET,
    count: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[Error | PayoutList]:
    """List payouts

     Finds payouts: one by `paymentReferenceId` or `clientReferenceId`, all of
    one request (a bulk file) by `requestReferenceId`, or any by mode, status
    and time range, a page at a time.

    Args:
        payment_reference_id (str | Unset):
        client_reference_id (str | Unset):
        request_reference_id (str | Unset):
        bank_transaction_reference_id (str | Unset):
        mode (PayoutMode | Unset): How a payout is sent; UPI pays a VPA, the others a bank
            account.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        status (PayoutStatus | Unset): Where a payout is: SCHEDULED (received), PENDING (funding
            account short of
            balance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not
            yet confirmed), SUCCESS (credited) or FAILED.
        page (str | Unset):
        count (str | Unset):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PayoutList]
    """

    # No local holds the request's arguments: a frame's locals (a card number, a CVV in
    # the body) are what error trackers capture.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            payment_reference_id=payment_reference_id,
            client_reference_id=client_reference_id,
            request_reference_id=request_reference_id,
            bank_transaction_reference_id=bank_transaction_reference_id,
            mode=mode,
            date_from=date_from,
            date_to=date_to,
            status=status,
            page=page,
            count=count,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    payment_reference_id: str | Unset = UNSET,
    client_reference_id: str | Unset = UNSET,
    request_reference_id: str | Unset = UNSET,
    bank_transaction_reference_id: str | Unset = UNSET,
    mode: PayoutMode | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    status: PayoutStatus | Unset = UNSET,
    page: str | Unset = UNSET,
    count: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Error | PayoutList | None:
    """List payouts

     Finds payouts: one by `paymentReferenceId` or `clientReferenceId`, all of
    one request (a bulk file) by `requestReferenceId`, or any by mode, status
    and time range, a page at a time.

    Args:
        payment_reference_id (str | Unset):
        client_reference_id (str | Unset):
        request_reference_id (str | Unset):
        bank_transaction_reference_id (str | Unset):
        mode (PayoutMode | Unset): How a payout is sent; UPI pays a VPA, the others a bank
            account.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        status (PayoutStatus | Unset): Where a payout is: SCHEDULED (received), PENDING (funding
            account short of
            balance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not
            yet confirmed), SUCCESS (credited) or FAILED.
        page (str | Unset):
        count (str | Unset):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PayoutList
    """

    return sync_detailed(
        client=client,
        payment_reference_id=payment_reference_id,
        client_reference_id=client_reference_id,
        request_reference_id=request_reference_id,
        bank_transaction_reference_id=bank_transaction_reference_id,
        mode=mode,
        date_from=date_from,
        date_to=date_to,
        status=status,
        page=page,
        count=count,
        request_id=request_id,
        request_timestamp=request_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    payment_reference_id: str | Unset = UNSET,
    client_reference_id: str | Unset = UNSET,
    request_reference_id: str | Unset = UNSET,
    bank_transaction_reference_id: str | Unset = UNSET,
    mode: PayoutMode | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    status: PayoutStatus | Unset = UNSET,
    page: str | Unset = UNSET,
    count: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[Error | PayoutList]:
    """List payouts

     Finds payouts: one by `paymentReferenceId` or `clientReferenceId`, all of
    one request (a bulk file) by `requestReferenceId`, or any by mode, status
    and time range, a page at a time.

    Args:
        payment_reference_id (str | Unset):
        client_reference_id (str | Unset):
        request_reference_id (str | Unset):
        bank_transaction_reference_id (str | Unset):
        mode (PayoutMode | Unset): How a payout is sent; UPI pays a VPA, the others a bank
            account.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        status (PayoutStatus | Unset): Where a payout is: SCHEDULED (received), PENDING (funding
            account short of
            balance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not
            yet confirmed), SUCCESS (credited) or FAILED.
        page (str | Unset):
        count (str | Unset):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PayoutList]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            payment_reference_id=payment_reference_id,
            client_reference_id=client_reference_id,
            request_reference_id=request_reference_id,
            bank_transaction_reference_id=bank_transaction_reference_id,
            mode=mode,
            date_from=date_from,
            date_to=date_to,
            status=status,
            page=page,
            count=count,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    payment_reference_id: str | Unset = UNSET,
    client_reference_id: str | Unset = UNSET,
    request_reference_id: str | Unset = UNSET,
    bank_transaction_reference_id: str | Unset = UNSET,
    mode: PayoutMode | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    status: PayoutStatus | Unset = UNSET,
    page: str | Unset = UNSET,
    count: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Error | PayoutList | None:
    """List payouts

     Finds payouts: one by `paymentReferenceId` or `clientReferenceId`, all of
    one request (a bulk file) by `requestReferenceId`, or any by mode, status
    and time range, a page at a time.

    Args:
        payment_reference_id (str | Unset):
        client_reference_id (str | Unset):
        request_reference_id (str | Unset):
        bank_transaction_reference_id (str | Unset):
        mode (PayoutMode | Unset): How a payout is sent; UPI pays a VPA, the others a bank
            account.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        status (PayoutStatus | Unset): Where a payout is: SCHEDULED (received), PENDING (funding
            account short of
            balance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not
            yet confirmed), SUCCESS (credited) or FAILED.
        page (str | Unset):
        count (str | Unset):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PayoutList
    """

    return (
        await asyncio_detailed(
            client=client,
            payment_reference_id=payment_reference_id,
            client_reference_id=client_reference_id,
            request_reference_id=request_reference_id,
            bank_transaction_reference_id=bank_transaction_reference_id,
            mode=mode,
            date_from=date_from,
            date_to=date_to,
            status=status,
            page=page,
            count=count,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    ).parsed


def unwrap(response: Response[Error | PayoutList]) -> PayoutList:
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
            f"status {int(response.status_code)} is not an answer list_payouts documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    parsed = response.parsed
    if not isinstance(parsed, PayoutList):
        raise errors.InvalidResponseError(
            "the answer is not the PayoutList list_payouts documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed
