"""Query parameters, checked against the spec's rules for them.

The sandbox checks each call's path parameters and body before a route sees it, but not
its query: a route that reads the query checks it here, against the same spec, and a
missing or ill-formed parameter is the dispatcher's 400 INVALID_REQUEST, naming the
parameter and the rule, never the value.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import fastjsonschema

from plural_ext._spec import operations, resolve, spec
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call

__all__ = ["checked_query"]


def checked_query(call: Call, operation_id: str) -> dict[str, str]:
    """The call's query parameters (the last of each name), once the spec's rules pass."""
    query = call.query
    try:
        _check(operation_id)(query)
    except fastjsonschema.JsonSchemaValueException as error:
        name, rule = _describe(error, query)
        raise SandboxError(
            400,
            "INVALID_REQUEST",
            f"{name}: {rule}",
            details={"source": name, "step": operation_id, "reason": rule},
        ) from None
    return query


@functools.cache
def _check(operation_id: str) -> Callable[[object], object]:
    (operation,) = [op for op in operations() if op.operation_id == operation_id]
    item = spec()["paths"][operation.path_template]
    shared = item.get("parameters", [])
    parameters = [
        resolve(p) for p in [*shared, *item[operation.method.lower()].get("parameters", [])]
    ]
    query = [p for p in parameters if p["in"] == "query"]
    schema = {
        "$schema": "http://json-schema.org/draft-04/schema#",
        # The components travel along so that "#/components/..." refs resolve.
        "components": spec()["components"],
        "type": "object",
        "properties": {p["name"]: p["schema"] for p in query},
    }
    required = [p["name"] for p in query if p.get("required")]
    if required:
        schema["required"] = required
    check: Callable[[object], object] = fastjsonschema.compile(schema)
    return check


def _describe(
    error: fastjsonschema.JsonSchemaValueException, query: dict[str, str]
) -> tuple[str, str]:
    if error.rule == "required":
        missing = next(name for name in error.rule_definition if name not in query)
        return missing, "is required"
    name = (error.name or "data").removeprefix("data").lstrip(".") or "query"
    # The message names the rule after the parameter; the value stays out of it.
    rule = (error.message or "is invalid").removeprefix(error.name or "").strip()
    return name, rule
