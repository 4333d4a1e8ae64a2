"""Outcomes a caller must not misread, named in the spec by two extensions.

``x-plural-retry-settled: {read: get_order, status: [CANCELLED]}`` (cancel_order,
capture_order): a retried call whose first attempt was done but its answer lost is
refused by the retry ("the order is already cancelled"). The caller asked for the state
the order is in, so the order is read and is the answer; told "failed", they would act
on a cancel that happened.

``x-plural-idempotent: {reference: merchant_order_reference, same: [order_amount]}``
(create_order, create_refund, create_payment_link): Plural answers a reference it knows
with what was made under it. When that differs from what this call asked (a reused
reference with another amount), the answer is someone else's order: a
:class:`ReferenceReusedError`, never a silent success.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from plural_client.errors import PluralError

from ._responses import json_or_none
from ._spec import Operation, operation_named

__all__ = ["ATTEMPT", "ReferenceReusedError", "check_idempotent", "settled", "settling_read"]

ATTEMPT = "plural_attempt"
"""The response extension where the transport writes which attempt answered (1 = the first)."""


class ReferenceReusedError(PluralError):
    """A create answered with what an earlier call made under the same merchant reference,
    which differs from what this call asked: ``fields`` name what differs, ``existing_id``
    is the id of what exists. Use a new reference for a new order."""

    def __init__(
        self,
        message: str,
        *,
        reference: str,
        fields: tuple[str, ...],
        existing_id: str | None,
        request_id: str | None,
    ) -> None:
        super().__init__(message)
        self.reference = reference
        self.fields = fields
        self.existing_id = existing_id
        self.request_id = request_id


def settling_read(
    operation: Operation,
    path_params: Mapping[str, str],
    request: httpx.Request,
    response: httpx.Response,
    base_path: str,
) -> httpx.Request | None:
    """The read that tells whether a refused retry was done already, or None when there is
    none to make: the call was not retried, was not refused, or does not settle so.
    ``base_path``: the path of the client's base URL, before the spec's paths."""
    settles = operation.extensions.get("x-plural-retry-settled")
    if settles is None or response.extensions.get(ATTEMPT, 1) == 1:
        return None
    if response.status_code not in (400, 409, 422):
        return None
    read = operation_named(settles["read"])
    path = read.path_template.format_map(
        {name: quote(path_params[name], safe="") for name in read.path_schemas}
    )
    url = request.url.copy_with(raw_path=(base_path + path).encode("ascii"))
    return httpx.Request(
        "GET",
        url,
        headers={"Request-ID": request.headers["Request-ID"]}
        if "Request-ID" in request.headers
        else {},
    )


def settled(operation: Operation, refused: httpx.Response, read: httpx.Response) -> httpx.Response:
    """The read's answer when its status is what the call asked for, else the refusal."""
    wanted = operation.extensions["x-plural-retry-settled"]["status"]
    answer = _answer(read) if read.status_code == 200 else None
    return read if answer is not None and answer.get("status") in wanted else refused


def check_idempotent(
    operation: Operation, request: httpx.Request, response: httpx.Response, sent: object = None
) -> None:
    """Raise :class:`ReferenceReusedError` when the answer is not what this call asked.
    ``sent`` is the JSON body as an object, when the caller has it (else read back)."""
    rule = operation.extensions.get("x-plural-idempotent")
    if rule is None or not 200 <= response.status_code < 300:
        return
    asked = json_or_none(request.content) if sent is None else sent
    answer = _answer(response)
    if not isinstance(asked, dict) or answer is None:
        return  # no answer to compare: the generated parser says what is wrong with it
    differs = tuple(
        field
        for field in rule["same"]
        if field in asked and _differs(asked[field], answer.get(field))
    )
    if differs:
        reference = rule["reference"]
        raise ReferenceReusedError(
            f"{reference} {asked.get(reference)!r} already names another {operation.operation_id.split('_', 1)[-1]}"
            f" whose {', '.join(differs)} differ from this request's: use a new {reference}",
            reference=str(asked.get(reference)),
            fields=differs,
            existing_id=_id_of(answer),
            request_id=response.headers.get("Request-ID") or request.headers.get("Request-ID"),
        )


def _differs(asked: object, found: object) -> bool:
    """Whether the answer holds another value than the one asked for. A value of another
    type, or a key missing, is a malformed answer for the parser to report, not a reuse."""
    if isinstance(asked, dict) and isinstance(found, dict):
        return any(key in found and _differs(value, found[key]) for key, value in asked.items())
    return type(asked) is type(found) and asked != found


def _answer(response: httpx.Response) -> dict[str, Any] | None:
    """The object an answer is about: inside Plural's ``{"data": ...}`` envelope or not."""
    body = json_or_none(response.content)
    if isinstance(body, dict) and "data" in body:
        body = body["data"]
    return body if isinstance(body, dict) else None


def _id_of(answer: Mapping[str, Any]) -> str | None:
    for name in ("order_id", "payment_link_id", "id"):
        if isinstance(answer.get(name), str):
            return str(answer[name])
    return None
