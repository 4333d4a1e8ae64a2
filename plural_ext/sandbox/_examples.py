"""Answers from the spec's examples: the sandbox's way with operations it keeps no state for.

Like stripe-mock, an operation without a stateful route answers a valid request (the
dispatcher has already refused an invalid one, as Plural would) with the success example
the spec documents for it, with the request's own values written over the example's: the
path parameters wherever the example names them, and the body's fields where the example
has a field of the same name at the same place. So a ``create_plan`` for 1,500 rupees
answers a plan of 1,500 rupees, and ``get_plan("plan-7")`` answers plan ``plan-7``.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import Any

import httpx

from plural_ext._spec import Operation, resolve, spec

__all__ = ["answer_from_example", "has_example"]

# The smallest well-formed PDF: a binary response must be what its media type says.
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def has_example(operation: Operation) -> bool:
    """Whether the spec documents a success answer this module can give."""
    return _success(operation.operation_id) is not None


def answer_from_example(
    operation: Operation, path_params: Mapping[str, str], body: Any
) -> httpx.Response:
    """The documented success answer, with the request's values written over the example's."""
    found = _success(operation.operation_id)
    if found is None:
        raise LookupError(f"the spec documents no success example for {operation.operation_id}")
    status, media_type, example = found
    if not media_type:
        return httpx.Response(status)
    if media_type == "application/pdf":
        return httpx.Response(status, content=_PDF, headers={"Content-Type": media_type})
    answer = _overlay(copy.deepcopy(example), body)
    answer = _with_path_params(answer, path_params)
    return httpx.Response(status, json=answer)


@functools.cache
def _success(operation_id: str) -> tuple[int, str, Any] | None:
    for item in spec()["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or operation.get("operationId") != operation_id:
                continue
            for status, response in sorted(operation.get("responses", {}).items()):
                if not status.startswith("2"):
                    continue
                contents = resolve(response).get("content", {})
                if not contents:  # a deletion: the status says it all
                    return int(status), "", None
                for media_type, content in contents.items():
                    example = _example_of(content)
                    if example is not None or media_type == "application/pdf":
                        return int(status), media_type, example
    return None


def _example_of(content: Mapping[str, Any]) -> Any:
    if "example" in content:
        return content["example"]
    for example in content.get("examples", {}).values():
        return resolve(example)["value"]
    return None


def _overlay(example: Any, sent: Any) -> Any:
    """The example with each value the request also sent, at the same place, taken from the request."""
    if isinstance(example, dict) and isinstance(sent, dict):
        for name, value in example.items():
            if name in sent:
                example[name] = _overlay(value, sent[name])
        # Plural wraps many answers in "data": the request's fields belong inside it.
        if "data" not in sent and isinstance(example.get("data"), dict):
            example["data"] = _overlay(example["data"], sent)
        return example
    if isinstance(example, list) and isinstance(sent, list):
        if example and all(isinstance(item, dict) for item in [*example, *sent]):
            # One answered item per item sent, each shaped like the documented one.
            return [
                _overlay(copy.deepcopy(example[min(i, len(example) - 1)]), item)
                for i, item in enumerate(sent)
            ]
        return (
            copy.deepcopy(sent) if all(_same_kind(a, b) for a in example for b in sent) else example
        )
    return copy.deepcopy(sent) if _same_kind(example, sent) else example


def _same_kind(documented: Any, sent: Any) -> bool:
    # A request field that shares a name with an answered field of another type (the
    # string "true" sent, a boolean answered) is not an echo of it.
    if isinstance(documented, bool) or isinstance(sent, bool):
        return isinstance(documented, bool) and isinstance(sent, bool)
    if isinstance(documented, int | float) and isinstance(sent, int | float):
        return True
    return type(documented) is type(sent) and not isinstance(sent, dict | list)


def _with_path_params(answer: Any, path_params: Mapping[str, str]) -> Any:
    """Every field named like a path parameter holds the value the request's path gave."""
    if isinstance(answer, dict):
        return {
            name: (
                path_params[name]
                if name in path_params and isinstance(value, str)
                else _with_path_params(value, path_params)
            )
            for name, value in answer.items()
        }
    if isinstance(answer, list):
        return [_with_path_params(item, path_params) for item in answer]
    return answer
