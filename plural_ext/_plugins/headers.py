"""Built-in plugin ``headers``: the Request-ID and Request-Timestamp that Plural asks for."""

from __future__ import annotations

import datetime
import uuid

import httpx

from .._hookspecs import hookimpl


@hookimpl
def plural_before_request(request: httpx.Request) -> None:
    # One Request-ID per request, kept across its retries so Plural's support can
    # follow every attempt of one call; a caller's own Request-ID is kept as well.
    if "Request-ID" not in request.headers:
        request.headers["Request-ID"] = str(uuid.uuid4())
    # The timestamp tells when this attempt was sent, so each retry gets a new one.
    request.headers["Request-Timestamp"] = timestamp()


def timestamp(now: datetime.datetime | None = None) -> str:
    """ISO-8601 UTC with milliseconds and ``Z``: ``2024-07-09T07:57:08.022Z``."""
    now = now or datetime.datetime.now(datetime.UTC)
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
