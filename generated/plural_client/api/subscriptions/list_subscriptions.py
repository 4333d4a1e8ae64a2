import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.plan_frequency import PlanFrequency
from ...models.subscription_amount_range import SubscriptionAmountRange
from ...models.subscription_list import SubscriptionList
from ...models.subscription_status import SubscriptionStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    plan_id: str | Unset = UNSET,
    status: SubscriptionStatus | Unset = UNSET,
    amount: int | Unset = UNSET,
    amount_range: SubscriptionAmountRange | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    frequency: PlanFrequency | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_id, Unset):
        headers["Request-ID"] = request_id

    if not isinstance(request_timestamp, Unset):
        headers["Request-Timestamp"] = request_timestamp

    params: dict[str, Any] = {}

    params["plan_id"] = plan_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["amount"] = amount

    json_amount_range: str | Unset = UNSET
    if not isinstance(amount_range, Unset):
        json_amount_range = amount_range.value

    params["amount_range"] = json_amount_range

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    params["end_date"] = json_end_date

    params["size"] = size

    params["page"] = page

    params["sort"] = sort

    json_frequency: str | Unset = UNSET
    if not isinstance(frequency, Unset):
        json_frequency = frequency.value

    params["frequency"] = json_frequency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ps/api/v1/public/subscriptions",
        "params": params,
        # Names the operation to plural_ext, which then need not find it by its path.
        "extensions": {"plural_operation_id": "list_subscriptions"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionList | None:
    if response.status_code == 200:
        response_200 = SubscriptionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    # A status the operation does not document (201 where 200 is listed, a 302 from a
    # proxy) is no answer to read: never None in its place, which reads as "nothing".
    raise errors.InvalidResponseError(
        f"status {response.status_code} is not an answer list_subscriptions documents",
        status_code=response.status_code,
        request_id=response.headers.get("Request-ID") or response.request.headers.get("Request-ID"),
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SubscriptionList]:
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
    plan_id: str | Unset = UNSET,
    status: SubscriptionStatus | Unset = UNSET,
    amount: int | Unset = UNSET,
    amount_range: SubscriptionAmountRange | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    frequency: PlanFrequency | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[Error | SubscriptionList]:
    """List subscriptions

     Lists the merchant's subscriptions a page at a time, optionally filtered by plan, status,
    amount, dates and frequency. Read only.

    Args:
        plan_id (str | Unset): An id Plural gave a plan, subscription or presentation; 1 to 50
            letters, digits, `.`, `_` or `-`.
        status (SubscriptionStatus | Unset): Where a subscription is in its life cycle (TRIAL,
            ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).
        amount (int | Unset):
        amount_range (SubscriptionAmountRange | Unset): How a list filter's `amount` compares with
            the records' amounts.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        size (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        frequency (PlanFrequency | Unset): How often a plan bills: a calendar period, AS (as and
            when presented), OT (one time) or Not Applicable.
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionList]
    """

    # No local holds the request's arguments: a frame's locals (a card number, a CVV in
    # the body) are what error trackers capture.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            plan_id=plan_id,
            status=status,
            amount=amount,
            amount_range=amount_range,
            start_date=start_date,
            end_date=end_date,
            size=size,
            page=page,
            sort=sort,
            frequency=frequency,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    plan_id: str | Unset = UNSET,
    status: SubscriptionStatus | Unset = UNSET,
    amount: int | Unset = UNSET,
    amount_range: SubscriptionAmountRange | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    frequency: PlanFrequency | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Error | SubscriptionList | None:
    """List subscriptions

     Lists the merchant's subscriptions a page at a time, optionally filtered by plan, status,
    amount, dates and frequency. Read only.

    Args:
        plan_id (str | Unset): An id Plural gave a plan, subscription or presentation; 1 to 50
            letters, digits, `.`, `_` or `-`.
        status (SubscriptionStatus | Unset): Where a subscription is in its life cycle (TRIAL,
            ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).
        amount (int | Unset):
        amount_range (SubscriptionAmountRange | Unset): How a list filter's `amount` compares with
            the records' amounts.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        size (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        frequency (PlanFrequency | Unset): How often a plan bills: a calendar period, AS (as and
            when presented), OT (one time) or Not Applicable.
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionList
    """

    return sync_detailed(
        client=client,
        plan_id=plan_id,
        status=status,
        amount=amount,
        amount_range=amount_range,
        start_date=start_date,
        end_date=end_date,
        size=size,
        page=page,
        sort=sort,
        frequency=frequency,
        request_id=request_id,
        request_timestamp=request_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    plan_id: str | Unset = UNSET,
    status: SubscriptionStatus | Unset = UNSET,
    amount: int | Unset = UNSET,
    amount_range: SubscriptionAmountRange | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    frequency: PlanFrequency | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[Error | SubscriptionList]:
    """List subscriptions

     Lists the merchant's subscriptions a page at a time, optionally filtered by plan, status,
    amount, dates and frequency. Read only.

    Args:
        plan_id (str | Unset): An id Plural gave a plan, subscription or presentation; 1 to 50
            letters, digits, `.`, `_` or `-`.
        status (SubscriptionStatus | Unset): Where a subscription is in its life cycle (TRIAL,
            ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).
        amount (int | Unset):
        amount_range (SubscriptionAmountRange | Unset): How a list filter's `amount` compares with
            the records' amounts.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        size (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        frequency (PlanFrequency | Unset): How often a plan bills: a calendar period, AS (as and
            when presented), OT (one time) or Not Applicable.
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionList]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            plan_id=plan_id,
            status=status,
            amount=amount,
            amount_range=amount_range,
            start_date=start_date,
            end_date=end_date,
            size=size,
            page=page,
            sort=sort,
            frequency=frequency,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    plan_id: str | Unset = UNSET,
    status: SubscriptionStatus | Unset = UNSET,
    amount: int | Unset = UNSET,
    amount_range: SubscriptionAmountRange | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    frequency: PlanFrequency | Unset = UNSET,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Error | SubscriptionList | None:
    """List subscriptions

     Lists the merchant's subscriptions a page at a time, optionally filtered by plan, status,
    amount, dates and frequency. Read only.

    Args:
        plan_id (str | Unset): An id Plural gave a plan, subscription or presentation; 1 to 50
            letters, digits, `.`, `_` or `-`.
        status (SubscriptionStatus | Unset): Where a subscription is in its life cycle (TRIAL,
            ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).
        amount (int | Unset):
        amount_range (SubscriptionAmountRange | Unset): How a list filter's `amount` compares with
            the records' amounts.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        size (int | Unset):
        page (int | Unset):
        sort (str | Unset):
        frequency (PlanFrequency | Unset): How often a plan bills: a calendar period, AS (as and
            when presented), OT (one time) or Not Applicable.
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            plan_id=plan_id,
            status=status,
            amount=amount,
            amount_range=amount_range,
            start_date=start_date,
            end_date=end_date,
            size=size,
            page=page,
            sort=sort,
            frequency=frequency,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    ).parsed


def unwrap(response: Response[Error | SubscriptionList]) -> SubscriptionList:
    """The answer itself, for the resource methods (``plural.subscriptions...``).

    A status the operation does not document as a success, or an answer without what it
    promises, is an ``InvalidResponseError``; an error status is raised by ``Plural`` before.
    """
    kept = _types.read_responses.get()
    if kept is not None:  # inside with_raw_response
        kept.append(response)
    request_id = response.headers.get("Request-ID")
    if response.status_code not in (200,):
        raise errors.InvalidResponseError(
            f"status {int(response.status_code)} is not an answer list_subscriptions documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    parsed = response.parsed
    if not isinstance(parsed, SubscriptionList):
        raise errors.InvalidResponseError(
            "the answer is not the SubscriptionList list_subscriptions documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed
