from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_id, Unset):
        headers["Request-ID"] = request_id

    if not isinstance(request_timestamp, Unset):
        headers["Request-Timestamp"] = request_timestamp

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/pay/v1/orders/{order_id}".format(
            order_id=_types.path_segment("order_id", order_id),
        ),
        # Names the operation to plural_ext, which then need not find it by its path.
        "extensions": {"plural_operation_id": "get_order"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderResponse | None:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    # A status the operation does not document (201 where 200 is listed, a 302 from a
    # proxy) is no answer to read: never None in its place, which reads as "nothing".
    raise errors.InvalidResponseError(
        f"status {response.status_code} is not an answer get_order documents",
        status_code=response.status_code,
        request_id=response.headers.get("Request-ID") or response.request.headers.get("Request-ID"),
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderResponse]:
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[Error | OrderResponse]:
    """Get an order by Plural's order id

     Reads an order with its payments and refunds; use it to learn the
    outcome of a payment when no webhook came. Read-only, safe to repeat.

    Args:
        order_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderResponse]
    """

    # No local holds the request's arguments: a frame's locals (a card number, a CVV in
    # the body) are what error trackers capture.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Error | OrderResponse | None:
    """Get an order by Plural's order id

     Reads an order with its payments and refunds; use it to learn the
    outcome of a payment when no webhook came. Read-only, safe to repeat.

    Args:
        order_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        request_id=request_id,
        request_timestamp=request_timestamp,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Response[Error | OrderResponse]:
    """Get an order by Plural's order id

     Reads an order with its payments and refunds; use it to learn the
    outcome of a payment when no webhook came. Read-only, safe to repeat.

    Args:
        order_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderResponse]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            order_id=order_id,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
) -> Error | OrderResponse | None:
    """Get an order by Plural's order id

     Reads an order with its payments and refunds; use it to learn the
    outcome of a payment when no webhook came. Read-only, safe to repeat.

    Args:
        order_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            request_id=request_id,
            request_timestamp=request_timestamp,
        )
    ).parsed


def unwrap(response: Response[Error | OrderResponse]) -> Order:
    """The answer itself, for the resource methods (``plural.orders...``).

    A status the operation does not document as a success, or an answer without what it
    promises, is an ``InvalidResponseError``; an error status is raised by ``Plural`` before.
    """
    kept = _types.read_responses.get()
    if kept is not None:  # inside with_raw_response
        kept.append(response)
    request_id = response.headers.get("Request-ID")
    if response.status_code not in (200,):
        raise errors.InvalidResponseError(
            f"status {int(response.status_code)} is not an answer get_order documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    parsed = response.parsed
    if not isinstance(parsed, OrderResponse) or isinstance(parsed.data, _types.Unset):
        raise errors.InvalidResponseError(
            "the answer is not the Order get_order documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed.data
