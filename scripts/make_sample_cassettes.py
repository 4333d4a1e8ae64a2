"""Write ``cassettes/guide/*.yaml``: the integration guide's documented calls, as cassettes.

    python scripts/make_sample_cassettes.py

Nothing is typed in by hand: every operation of the spec (``plural_client/openapi.json``)
whose request or 200 response carries a ``guide`` example becomes one cassette, named by
its operationId, with the documented request and response, against the spec's UAT
server. The path's ``order_id`` is the documented response's. Both go through the
recorder's vcrpy configuration (``record_cassettes.make_vcr``), so they are scrubbed as
recordings are: the guide's sample client_secret, access token (a JWT), card number and
CVV never reach the files. The cassette's metadata names the examples it was made from.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from record_cassettes import CASSETTES, ROOT, assert_absent, use_cassette
from vcr.request import Request

from plural_ext.testing import Scrubber

GUIDE_CASSETTES = CASSETTES / "guide"
_METHODS = ("get", "put", "post", "patch", "delete")


def spec() -> dict[str, Any]:
    text = resources.files("plural_client").joinpath("openapi.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@dataclass(frozen=True)
class DocumentedCall:
    operation_id: str
    method: str
    url: str
    order_id: str | None
    secured: bool
    request_example: str | None
    request: Any
    response_example: str
    response: Any


def _example(document: dict[str, Any], content: dict[str, Any]) -> tuple[str, Any] | None:
    found = content.get("application/json", {}).get("examples", {}).get("guide")
    if found is None:
        return None
    ref = found.get("$ref", "")
    name = ref.rpartition("/")[2]
    return name, document["components"]["examples"][name]["value"]


def documented_calls(document: dict[str, Any] | None = None) -> Iterator[DocumentedCall]:
    """Every operation with a documented (``guide``) response, in the spec's order."""
    document = document or spec()
    base_url = next(
        server["url"] for server in document["servers"] if server["description"] == "UAT"
    )
    default_security = document.get("security", [])
    for path, item in document["paths"].items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            response = _example(document, operation["responses"].get("200", {}).get("content", {}))
            if response is None:
                continue
            request = _example(document, operation.get("requestBody", {}).get("content", {}))
            data = response[1].get("data", {}) if isinstance(response[1], dict) else {}
            order_id = str(data["order_id"]) if "{order_id}" in path else None
            url = base_url + path.replace("{order_id}", order_id or "")
            yield DocumentedCall(
                operation_id=operation["operationId"],
                method=method.upper(),
                url=url,
                order_id=order_id,
                secured=bool(operation.get("security", default_security)),
                request_example=request[0] if request else None,
                request=request[1] if request else None,
                response_example=response[0],
                response=response[1],
            )


def _guide_token(document: dict[str, Any]) -> str:
    token: str = document["components"]["examples"]["TokenResponse"]["value"]["access_token"]
    return token


def write(call: DocumentedCall, out_dir: Path, token: str) -> tuple[Path, Scrubber]:
    """One cassette: the documented request and response, through the recorder's hooks."""
    headers = {"Accept": "application/json"}
    body = b""  # as httpx sends a request without one
    if call.request is not None:
        body = json.dumps(call.request).encode("utf-8")
        headers["Content-Type"] = "application/json"
    if call.secured:
        # What the guide's client would send: its own sample token, scrubbed on the way in.
        headers["Authorization"] = f"Bearer {token}"
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"]},
        "body": {"string": json.dumps(call.response).encode("utf-8")},
    }
    scrubber = Scrubber()
    path = out_dir / f"{call.operation_id}.yaml"
    with use_cassette(path, "all", scrubber) as cassette:
        cassette.get_metadata("source", "openapi/plural.yaml#/components/examples")
        if call.request_example:
            cassette.get_metadata("request_example", call.request_example)
        cassette.get_metadata("response_example", call.response_example)
        cassette.append(Request(call.method, call.url, body, headers), response)
    return path, scrubber


def main(argv: Sequence[str] | None = None) -> int:
    out_dir = Path(argv[0]) if argv else GUIDE_CASSETTES
    document = spec()
    token = _guide_token(document)
    written: list[Path] = []
    masked: set[str] = {token}
    for call in documented_calls(document):
        path, scrubber = write(call, out_dir, token)
        written.append(path)
        masked |= scrubber.masked
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{shown}: {call.method} {call.url} ({call.response_example})")
    assert_absent(written, masked)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
