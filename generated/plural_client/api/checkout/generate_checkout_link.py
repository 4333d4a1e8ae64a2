from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.checkout_link import CheckoutLink
from ...models.error import Error
from ...models.generate_checkout_link_request import GenerateCheckoutLinkRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GenerateCheckoutLinkRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(request_id, Unset):
        headers["Request-ID"] = request_id

    if not isinstance(request_timestamp, Unset):
        headers["Request-Timestamp"] = request_timestamp

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/checkout/v1/orders",
        # Names the operation to plural_ext, which then need not find it by its path.
        "extensions": {"plural_operation_id": "generate_checkout_link"},
    }

    _kwargs["json"] = body.to_dict()

    if extra_body:
        # The keys are named to plural_ext's validation, which sends them without checking
        # those the spec does not know.
        _kwargs["json"] = {**_kwargs["json"], **extra_body}
        _kwargs["extensions"]["plural_extra_body"] = frozenset(extra_body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckoutLink | Error | None:
    if response.status_code == 200:
        response_200 = CheckoutLink.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    # A status the operation does not document (201 where 200 is listed, a 302 from a
    # proxy) is no answer to read: never None in its place, which reads as "nothing".
    raise errors.InvalidResponseError(
        f"status {response.status_code} is not an answer generate_checkout_link documents",
        status_code=response.status_code,
        request_id=response.headers.get("Request-ID") or response.request.headers.get("Request-ID"),
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckoutLink | Error]:
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
    body: GenerateCheckoutLinkRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[CheckoutLink | Error]:
    """Create an order paid on Plural's hosted checkout

     Creates an order and returns `redirect_url`, the hosted checkout page where
    the customer picks a payment method and pays. The answer is not wrapped in
    `data`. `merchant_order_reference` is the idempotency key: a second call
    with the same reference returns the existing order.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCheckoutLinkRequest): An order to be paid on the hosted checkout.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutLink | Error]
    """

    # No local holds the request's arguments: a frame's locals (a card number, a CVV in
    # the body) are what error trackers capture.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            extra_body=extra_body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCheckoutLinkRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> CheckoutLink | Error | None:
    """Create an order paid on Plural's hosted checkout

     Creates an order and returns `redirect_url`, the hosted checkout page where
    the customer picks a payment method and pays. The answer is not wrapped in
    `data`. `merchant_order_reference` is the idempotency key: a second call
    with the same reference returns the existing order.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCheckoutLinkRequest): An order to be paid on the hosted checkout.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutLink | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        request_id=request_id,
        request_timestamp=request_timestamp,
        extra_body=extra_body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCheckoutLinkRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[CheckoutLink | Error]:
    """Create an order paid on Plural's hosted checkout

     Creates an order and returns `redirect_url`, the hosted checkout page where
    the customer picks a payment method and pays. The answer is not wrapped in
    `data`. `merchant_order_reference` is the idempotency key: a second call
    with the same reference returns the existing order.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCheckoutLinkRequest): An order to be paid on the hosted checkout.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutLink | Error]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            extra_body=extra_body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCheckoutLinkRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> CheckoutLink | Error | None:
    """Create an order paid on Plural's hosted checkout

     Creates an order and returns `redirect_url`, the hosted checkout page where
    the customer picks a payment method and pays. The answer is not wrapped in
    `data`. `merchant_order_reference` is the idempotency key: a second call
    with the same reference returns the existing order.

    Args:
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCheckoutLinkRequest): An order to be paid on the hosted checkout.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutLink | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            extra_body=extra_body,
        )
    ).parsed


def unwrap(response: Response[CheckoutLink | Error]) -> CheckoutLink:
    """The answer itself, for the resource methods (``plural.checkout...``).

    A status the operation does not document as a success, or an answer without what it
    promises, is an ``InvalidResponseError``; an error status is raised by ``Plural`` before.
    """
    kept = _types.read_responses.get()
    if kept is not None:  # inside with_raw_response
        kept.append(response)
    request_id = response.headers.get("Request-ID")
    if response.status_code not in (200,):
        raise errors.InvalidResponseError(
            f"status {int(response.status_code)} is not an answer generate_checkout_link documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    parsed = response.parsed
    if not isinstance(parsed, CheckoutLink):
        raise errors.InvalidResponseError(
            "the answer is not the CheckoutLink generate_checkout_link documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed
