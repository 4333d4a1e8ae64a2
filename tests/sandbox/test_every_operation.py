"""Every operation of the spec, called through ``Plural`` against the sandbox.

Each call is built from the spec alone: the path and query parameters' examples and the
request body's example, sent through the generated function with ``client=plural.client``.
So each operation's generated code, its path (inside ``/api`` or not), its validation and
its parser meet the sandbox's answer. Operations the sandbox keeps state for are walked
through their life cycles in ``tests/sandbox``; this file checks that every operation has
one or the other.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import json
import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import assert_matches_spec

from plural_client.types import File, Unset
from plural_ext import Plural
from plural_ext._spec import operations, resolve, spec
from plural_ext.sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox, SandboxTransport
from plural_ext.sandbox._examples import has_example

STATEFUL = Sandbox().stateful_operations
ANSWERED_FROM_EXAMPLES = sorted(
    op.operation_id for op in operations() if op.operation_id not in STATEFUL
)


def _operation(operation_id: str) -> tuple[str, dict[str, Any]]:
    for path, item in spec()["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, operation
    raise LookupError(operation_id)


def _example(content: dict[str, Any]) -> Any:
    for example in content.get("examples", {}).values():
        return resolve(example)["value"]
    return content.get("example")


def _arguments(operation: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of the generated function, from the spec's examples."""
    module = _module(operation)
    signature = inspect.signature(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    hints = typing.get_type_hints(module.sync_detailed)
    for parameter in map(resolve, operation.get("parameters", [])):
        if parameter["in"] in ("path", "query") and "example" in parameter:
            name = parameter["name"]
            kwargs[name] = _typed(hints.get(name), parameter["example"])
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body_type = signature.parameters["body"].annotation
        kwargs["body"] = body_type.from_dict(_example(content["application/json"]))
    elif "multipart/form-data" in content:
        body_type = signature.parameters["body"].annotation
        schema = resolve(content["multipart/form-data"]["schema"])
        kwargs["body"] = body_type(
            **{
                name: File(payload=io.BytesIO(b"account,ifsc,amount\n"), file_name="payouts.csv")
                for name, field in schema["properties"].items()
                if field.get("format") == "binary"
            }
        )
    return {name: value for name, value in kwargs.items() if name in signature.parameters}


def _typed(annotation: Any, example: Any) -> Any:
    """The example as the generated function takes it: an enum member, a date, or as it is."""
    for kind in typing.get_args(annotation) or (annotation,):
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(example)
        if kind is datetime.datetime:
            return datetime.datetime.fromisoformat(example)
        if kind is datetime.date:
            return datetime.date.fromisoformat(example)
    return example


def _module(operation: dict[str, Any]) -> Any:
    return importlib.import_module(
        f"plural_client.api.{operation['tags'][0]}.{operation['operationId']}"
    )


@pytest.fixture
def sandbox_plural() -> Iterator[tuple[Plural, list[httpx.Response]]]:
    answers: list[httpx.Response] = []
    with Sandbox() as sandbox:
        transport = SandboxTransport(sandbox)

        def recording(request: httpx.Request) -> httpx.Response:
            response = sandbox.handle(request)
            response.request = request
            answers.append(response)
            return response

        with Plural(
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            base_url=transport.base_url,
            transport=httpx.MockTransport(recording),
            entry_points=False,
        ) as plural:
            yield plural, answers


def test_every_operation_is_answered_by_the_sandbox() -> None:
    # Stateful, or answered from a documented success example: nothing falls through.
    for operation in operations():
        assert operation.operation_id in STATEFUL or has_example(operation), operation.operation_id


@pytest.mark.parametrize("operation_id", ANSWERED_FROM_EXAMPLES)
def test_operation_round_trips_through_plural(
    operation_id: str, sandbox_plural: tuple[Plural, list[httpx.Response]]
) -> None:
    plural, answers = sandbox_plural
    path, operation = _operation(operation_id)

    result = _module(operation).sync_detailed(client=plural.client, **_arguments(operation))

    answer = answers[-1]
    assert answer.request.url.path.startswith(path.split("{")[0])
    assert 200 <= result.status_code < 300
    if answer.headers.get("Content-Type", "").startswith("application/json"):
        assert_matches_spec(answer)
        parsed = result.parsed
        assert parsed is not None and not isinstance(parsed, Unset)
        # Nothing the sandbox said is lost or changed by the typed model.
        assert parsed.to_dict() == json.loads(answer.content)
    elif answer.headers.get("Content-Type") == "application/pdf":
        assert result.content.startswith(b"%PDF-")
    else:
        assert result.content == b""  # a deletion answers with its status alone
