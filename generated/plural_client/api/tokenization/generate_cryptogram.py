from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.cryptogram import Cryptogram
from ...models.error import Error
from ...models.generate_cryptogram_request import GenerateCryptogramRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token_id: str,
    *,
    body: GenerateCryptogramRequest,
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
        "url": "/api/v1/tokens/{token_id}/token-transactional-data".format(
            token_id=_types.path_segment("token_id", token_id),
        ),
        # Names the operation to plural_ext, which then need not find it by its path.
        "extensions": {"plural_operation_id": "generate_cryptogram"},
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
) -> Cryptogram | Error | None:
    if response.status_code == 200:
        response_200 = Cryptogram.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Cryptogram.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    # A status the operation does not document (201 where 200 is listed, a 302 from a
    # proxy) is no answer to read: never None in its place, which reads as "nothing".
    raise errors.InvalidResponseError(
        f"status {response.status_code} is not an answer generate_cryptogram documents",
        status_code=response.status_code,
        request_id=response.headers.get("Request-ID") or response.request.headers.get("Request-ID"),
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Cryptogram | Error]:
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
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCryptogramRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Cryptogram | Error]:
    """Generate a cryptogram for a token payment

     Returns a one-time cryptogram and the token's expiry for a payment with a
    saved card's network token. `merchant_unique_reference` names this request.
    Plural's reference documents 201 for success; 200 is accepted too.

    Args:
        token_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCryptogramRequest): A request for a token payment's cryptogram.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cryptogram | Error]
    """

    # No local holds the request's arguments: a frame's locals (a card number, a CVV in
    # the body) are what error trackers capture.
    response = client.get_httpx_client().request(
        **_get_kwargs(
            token_id=token_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            extra_body=extra_body,
        )
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCryptogramRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> Cryptogram | Error | None:
    """Generate a cryptogram for a token payment

     Returns a one-time cryptogram and the token's expiry for a payment with a
    saved card's network token. `merchant_unique_reference` names this request.
    Plural's reference documents 201 for success; 200 is accepted too.

    Args:
        token_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCryptogramRequest): A request for a token payment's cryptogram.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cryptogram | Error
    """

    return sync_detailed(
        token_id=token_id,
        client=client,
        body=body,
        request_id=request_id,
        request_timestamp=request_timestamp,
        extra_body=extra_body,
    ).parsed


async def asyncio_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCryptogramRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Cryptogram | Error]:
    """Generate a cryptogram for a token payment

     Returns a one-time cryptogram and the token's expiry for a payment with a
    saved card's network token. `merchant_unique_reference` names this request.
    Plural's reference documents 201 for success; 200 is accepted too.

    Args:
        token_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCryptogramRequest): A request for a token payment's cryptogram.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Cryptogram | Error]
    """

    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            token_id=token_id,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            extra_body=extra_body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCryptogramRequest,
    request_id: str | Unset = UNSET,
    request_timestamp: str | Unset = UNSET,
    extra_body: Mapping[str, Any] | None = None,
) -> Cryptogram | Error | None:
    """Generate a cryptogram for a token payment

     Returns a one-time cryptogram and the token's expiry for a payment with a
    saved card's network token. `merchant_unique_reference` names this request.
    Plural's reference documents 201 for success; 200 is accepted too.

    Args:
        token_id (str):
        request_id (str | Unset):
        request_timestamp (str | Unset):
        body (GenerateCryptogramRequest): A request for a token payment's cryptogram.
        extra_body (Mapping[str, Any] | None): Fields to send that this version of the SDK does
            not know yet, merged into the top level of the JSON body as given; a key that is also
            a field of ``body`` replaces its value. Keys the spec does not know are sent without
            being checked; the others are checked by their field's rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Cryptogram | Error
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
            body=body,
            request_id=request_id,
            request_timestamp=request_timestamp,
            extra_body=extra_body,
        )
    ).parsed


def unwrap(response: Response[Cryptogram | Error]) -> Cryptogram:
    """The answer itself, for the resource methods (``plural.tokenization...``).

    A status the operation does not document as a success, or an answer without what it
    promises, is an ``InvalidResponseError``; an error status is raised by ``Plural`` before.
    """
    kept = _types.read_responses.get()
    if kept is not None:  # inside with_raw_response
        kept.append(response)
    request_id = response.headers.get("Request-ID")
    if response.status_code not in (
        200,
        201,
    ):
        raise errors.InvalidResponseError(
            f"status {int(response.status_code)} is not an answer generate_cryptogram documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    parsed = response.parsed
    if not isinstance(parsed, Cryptogram):
        raise errors.InvalidResponseError(
            "the answer is not the Cryptogram generate_cryptogram documents",
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed
