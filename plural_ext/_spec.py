"""The spec's operations and rules, read from the ``openapi.json`` that ships in plural_client.

``make generate`` copies ``openapi/plural.yaml`` into the generated package, so the rules
that requests are checked against are the spec's own, never a second hand-written copy.
Each operation's rules are compiled to Python code (fastjsonschema) by ``make generate``
(``scripts/compile_rules.py``) into ``plural_client._rules``, one module for each part of each
operation's request, imported the first time the operation is used.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import fastjsonschema

from plural_client.errors import unknown_field
from plural_client.types import FieldTypeError, as_bool, as_float, as_int

from ._exceptions import RequestValidationError

_Check = Callable[[object], object]
_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: ``POST /pay/v1/orders`` is ``create_order``."""

    operation_id: str
    method: str
    path_template: str
    path_schemas: Mapping[str, Any] = field(repr=False)
    body_schema: Any = field(repr=False)
    query_schemas: Mapping[str, Any] = field(default_factory=dict, repr=False)
    query_required: tuple[str, ...] = field(default=(), repr=False)
    extensions: Mapping[str, Any] = field(default_factory=dict, repr=False)
    """The operation's ``x-plural-*`` extensions (``_outcomes`` reads them)."""
    body_fields: frozenset[str] = field(default=frozenset(), repr=False)
    """The names of the JSON body's own fields; none for an operation without one."""
    query_types: Mapping[str, str | None] = field(default_factory=dict, repr=False)
    """Each query parameter's scalar type (``"integer"``...), as its schema names it."""

    @functools.cached_property
    def path_pattern(self) -> re.Pattern[str]:
        """The path template as a regular expression, a named group per parameter."""
        template = re.escape(self.path_template).replace(r"\{", "{").replace(r"\}", "}")
        return re.compile("^" + _PARAM.sub(r"(?P<\1>[^/]*)", template) + "$")

    @functools.cached_property
    def _checks(self) -> tuple[_Check, _Check | None, _Check | None]:
        return (
            self._check("params"),
            self._check("query") if self.query_schemas else None,
            self._check("body") if self.body_schema is not None else None,
        )

    def _check(self, part: str) -> _Check:
        module = importlib.import_module(f"{RULES_PACKAGE}.{rules_module(self.operation_id, part)}")
        check: _Check = module.validate
        return check

    def validate(
        self,
        path_params: Mapping[str, str],
        body: object,
        query: Mapping[str, str] | None = None,
    ) -> None:
        """Raise RequestValidationError on the first rule the request breaks.

        ``query`` holds the query string's values as sent (strings); each is read as the
        scalar its schema names before the rules apply, as a server reads it.
        """
        check_params, check_query, check_body = self._checks
        _run(check_params, dict(path_params), self.operation_id)
        if check_query is not None and query is not None:
            _run(check_query, self._typed_query(query), self.operation_id)
        if check_body is not None:
            _run(check_body, body, self.operation_id, self.body_schema)

    def _typed_query(self, query: Mapping[str, str]) -> dict[str, object]:
        typed: dict[str, object] = {}
        for name, value in query.items():
            read = _QUERY_SCALARS.get(self.query_types.get(name))
            try:
                typed[name] = value if read is None else read(value, name, False)
            except FieldTypeError:
                typed[name] = value  # left a string: the schema's type rule then names it
        return typed


# A query string is text: its scalars are read as the generated models read Plural's
# ("2" an integer, "true" a boolean), by the same helpers.
_QUERY_SCALARS: dict[str | None, Callable[[object, str, bool], object]] = {
    "integer": as_int,
    "number": as_float,
    "boolean": as_bool,
}


@functools.cache
def spec() -> dict[str, Any]:
    """The OpenAPI document, as shipped in plural_client."""
    text = resources.files("plural_client").joinpath("openapi.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec; templates with more fixed segments first.

    Read from the table ``make generate`` writes (``RULES_PACKAGE``), not from the spec:
    parsing the whole spec would cost a merchant's first call milliseconds."""
    table = importlib.import_module(RULES_PACKAGE).OPERATIONS
    return tuple(
        Operation(**{**entry, "body_fields": frozenset(entry["body_fields"])}) for entry in table
    )


def servers() -> dict[str, str]:
    """Base URL of each environment, by lower-case name: the spec's ``servers`` (from the
    table ``make generate`` writes, as ``operations``)."""
    table: dict[str, str] = importlib.import_module(RULES_PACKAGE).SERVERS
    return table


def operations_of(document: Mapping[str, Any]) -> tuple[Operation, ...]:
    """Every operation of an OpenAPI document; templates with more fixed segments first."""
    found = []
    for template, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            params = [_resolve_in(document, p) for p in [*shared, *operation.get("parameters", [])]]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            query = {p["name"]: p["schema"] for p in params if p["in"] == "query"}
            found.append(
                Operation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path_template=template,
                    path_schemas={p["name"]: p["schema"] for p in params if p["in"] == "path"},
                    body_schema=body["schema"] if body else None,
                    query_schemas=query,
                    query_required=tuple(
                        p["name"] for p in params if p["in"] == "query" and p.get("required")
                    ),
                    extensions={k: v for k, v in operation.items() if k.startswith("x-plural-")},
                    body_fields=frozenset(
                        _resolve_in(document, body["schema"]).get("properties", ()) if body else ()
                    ),
                    query_types={
                        name: _resolve_in(document, schema).get("type")
                        for name, schema in query.items()
                    },
                )
            )
    found.sort(key=lambda op: (op.path_template.count("{"), -op.path_template.count("/")))
    return tuple(found)


RULES_PACKAGE = "plural_client._rules"


def rules_module(operation_id: str, part: str) -> str:
    """The module of ``RULES_PACKAGE`` holding one part ("params", "query", "body") of an
    operation's rules."""
    return f"{operation_id}_{part}"


def rule_schemas(operation: Operation, document: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON Schemas (draft 4) an operation's request is checked against, by part:
    "params" always, "query" and "body" when it has them. ``scripts/compile_rules.py``
    compiles them to code."""
    params: dict[str, Any] = {"type": "object", "properties": dict(operation.path_schemas)}
    schemas = {"params": _json_schema(params, document["components"])}
    if operation.query_schemas:
        query: dict[str, Any] = {"type": "object", "properties": dict(operation.query_schemas)}
        if operation.query_required:
            query["required"] = list(operation.query_required)
        schemas["query"] = _json_schema(query, document["components"])
    if operation.body_schema is not None:
        schemas["body"] = _json_schema(operation.body_schema, _request_components(document))
    return schemas


def operation_named(operation_id: str) -> Operation:
    """The operation with this id; KeyError for none."""
    return _by_id()[operation_id]


@functools.cache
def _by_id() -> dict[str, Operation]:
    return {operation.operation_id: operation for operation in operations()}


def find_operation(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    """The operation a request is for, and its path parameters.

    ``path`` is relative to the server's base (``/pay/v1/orders/v1-abc/capture``),
    already percent-decoded.
    """
    method = method.upper()
    for operation in operations():
        if operation.method != method:
            continue
        match = operation.path_pattern.match(path)
        if match:
            return operation, match.groupdict()
    return None


def validate_request(
    operation: Operation,
    path_params: Mapping[str, str],
    body: object,
    query: Mapping[str, str] | None = None,
) -> None:
    """Raise RequestValidationError on the first spec rule the request breaks."""
    operation.validate(path_params, body, query)


def resolve(node: Any) -> Any:
    """Follow a local ``$ref`` (``#/components/parameters/OrderId``)."""
    return _resolve_in(spec(), node)


def _resolve_in(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _json_schema(schema: Any, components: Mapping[str, Any]) -> Any:
    # The components travel with each schema so that "#/components/..." refs resolve; the
    # schema itself is reached by a reference too, as the code quotes the rule it checks
    # into each of its errors: a root holding the components would quote them all.
    # OpenAPI 3.0 schemas are draft-4 JSON Schema, but for nullable and the regex dialect.
    root = {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "components": {**components, _ROOT: schema},
        "$ref": f"#/components/{_ROOT}",
    }
    return _as_json_schema(root)


_ROOT = "x-plural-request"  # where _json_schema puts the schema it is given


# JSON Schema's patterns are ECMA-262's, whose \s is not Python's: Python also counts
# \x1c-\x1f and \x85 as space. The ECMA class, spelt out for Python's re.
_ECMA_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _as_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema as draft-4 JSON Schema: ``nullable: true`` as a "null" type
    (and a None among an enum's values), ``\\s``/``\\S`` in a pattern as ECMA reads them."""
    if isinstance(node, list):
        return [_as_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {name: _as_json_schema(value) for name, value in node.items() if name != "nullable"}
    if node.get("nullable") is True:
        if isinstance(node.get("type"), str):
            converted["type"] = [node["type"], "null"]
        if isinstance(node.get("enum"), list) and None not in node["enum"]:
            converted["enum"] = [*node["enum"], None]
    if isinstance(node.get("pattern"), str):
        converted["pattern"] = (
            node["pattern"].replace("\\S", f"[^{_ECMA_SPACE}]").replace("\\s", f"[{_ECMA_SPACE}]")
        )
    return converted


def _request_components(document: Mapping[str, Any]) -> dict[str, Any]:
    """The spec's components as a request body sees them: every object closed.

    Shapes that requests and responses share (Customer, Address, Amount...) are open in the
    spec, so that a response with a field Plural added still parses. In a request, an
    unknown key there is a typo (``purchase_details.customer.emial_id``) that would be sent
    and ignored: the body's rules refuse it, as they do at the top. A map
    (``additionalProperties`` given) stays as it is.
    """
    components: dict[str, Any] = document["components"]
    return {**components, "schemas": _closed(components["schemas"])}


def _closed(node: Any) -> Any:
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    closed = {name: _closed(value) for name, value in node.items()}
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
        closed["additionalProperties"] = False
    return closed


def _run(check: _Check, value: object, operation_id: str, schema: Any = None) -> None:
    try:
        check(value)
    except fastjsonschema.JsonSchemaValueException as error:
        raise _refusal(error, operation_id, schema) from None


def _refusal(
    error: fastjsonschema.JsonSchemaValueException, operation_id: str, root: Any
) -> RequestValidationError:
    # The message names the field and the rule, never the value: the value may be a card number.
    field_name, rule = _describe(error)
    parent = "" if field_name == "body" else field_name
    schema = error.definition if isinstance(error.definition, dict) else {}
    if error.rule in ("additionalProperties", "required") and isinstance(error.value, dict):
        known = schema.get("properties", {})
        # A misspelt key is told first, with the name it may have meant, even when it leaves a
        # required field missing (merchant_order_refrence): as the generated models tell it.
        if schema.get("additionalProperties") is False and error.value.keys() - known:
            unknown = unknown_field(_schema_name(root, error.path[1:]), error.value, known)
            return RequestValidationError(_join(parent, unknown.field), unknown.rule, operation_id)
    if error.rule == "required" and isinstance(error.value, dict):
        missing = [name for name in error.rule_definition if name not in error.value]
        field_name, rule = _join(parent, *missing[:1]), "is required"
    elif error.rule in ("minimum", "maximum", "minLength", "maxLength", "type"):
        rule = f"{rule} ({error.rule} {error.rule_definition})"
    return RequestValidationError(field_name, rule, operation_id)


def _join(*path: str) -> str:
    return ".".join(filter(None, path))


def _schema_name(root: Any, path: list[str]) -> str:
    """The spec's name for the schema at ``path`` (``CardDetails``), as its model is named.

    The error's schema has its references resolved: the name is that of the reference
    found by walking the path down from the body's schema.
    """
    node = root
    for step in path:
        node = resolve(node)
        if not isinstance(node, dict):
            break
        is_array = node.get("type") == "array"
        node = node.get("items") if is_array else node.get("properties", {}).get(step)
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"]).rpartition("/")[2]
    return "this object"


def _describe(error: fastjsonschema.JsonSchemaValueException) -> tuple[str, str]:
    """The field (``order_amount.value``) and the broken rule, without the value."""
    name, message = error.name or "data", error.message or "is invalid"
    return name.removeprefix("data").lstrip(".") or "body", message.removeprefix(name).strip()
