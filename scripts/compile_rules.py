"""Writes each operation's request rules as Python code, for ``scripts/generate.sh``.

``plural_ext`` checks every request against the spec's rules before sending it. Compiling a
rule set (fastjsonschema) costs tens of milliseconds, too much for a merchant's first call
of an operation: it is done here, once, at ``make generate``. Each part of each operation's
request ("params", "query", "body") becomes a module of ``plural_client._rules`` whose
``validate`` raises ``fastjsonschema.JsonSchemaValueException``; the package itself holds the
table of operations (``OPERATIONS``), so that no call parses the whole spec to find its own.

Usage: ``python scripts/compile_rules.py OUT/plural_client`` (after its ``openapi.json``).
"""

from __future__ import annotations

import dataclasses
import json
import pprint
import sys
from pathlib import Path

import fastjsonschema

from plural_ext._spec import (
    RULES_PACKAGE,
    Operation,
    operations_of,
    rule_schemas,
    rules_module,
)

HEADER = "# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.\n"


def main(package: Path) -> None:
    document = json.loads((package / "openapi.json").read_text("utf-8"))
    rules = package / RULES_PACKAGE.rpartition(".")[2]
    rules.mkdir()
    operations = operations_of(document)
    servers = {server["description"].lower(): server["url"] for server in document["servers"]}
    (rules / "__init__.py").write_text(HEADER + _table(operations, servers), "utf-8")
    for operation in operations:
        for part, schema in rule_schemas(operation, document).items():
            code = fastjsonschema.compile_to_code(schema)
            module = rules / f"{rules_module(operation.operation_id, part)}.py"
            module.write_text(HEADER + code, "utf-8")


def _table(operations: tuple[Operation, ...], servers: dict[str, str]) -> str:
    """``OPERATIONS``: each operation's fields, for ``Operation(**entry)``; sets as sorted
    tuples, which print the same on every run. ``SERVERS``: each environment's base URL."""
    entries = [
        {
            field.name: sorted(value) if isinstance(value, frozenset) else value
            for field in dataclasses.fields(operation)
            for value in [getattr(operation, field.name)]
        }
        for operation in operations
    ]
    return (
        '"""Each operation\'s request rules as code (see scripts/compile_rules.py)."""\n\n'
        f"SERVERS = {pprint.pformat(servers, sort_dicts=False, width=100)}\n\n"
        f"OPERATIONS = {pprint.pformat(entries, sort_dicts=False, width=100)}\n"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
