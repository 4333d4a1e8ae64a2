"""Writes each operation's request rules as Python code, for ``scripts/generate.sh``.

``plural_ext`` checks every request against the spec's rules before sending it. Compiling a
rule set (fastjsonschema) costs tens of milliseconds, too much for a merchant's first call
of an operation: it is done here, once, at ``make generate``. Each part of each operation's
request ("params", "query", "body") becomes a module of ``plural_client._rules`` whose
``validate`` raises ``fastjsonschema.JsonSchemaValueException``.

Usage: ``python scripts/compile_rules.py OUT/plural_client`` (after its ``openapi.json``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import fastjsonschema

from plural_ext._spec import RULES_PACKAGE, operations_of, rule_schemas, rules_module

HEADER = "# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.\n"


def main(package: Path) -> None:
    document = json.loads((package / "openapi.json").read_text("utf-8"))
    rules = package / RULES_PACKAGE.rpartition(".")[2]
    rules.mkdir()
    (rules / "__init__.py").write_text(
        '"""Each operation\'s request rules as code (see scripts/compile_rules.py)."""\n'
    )
    for operation in operations_of(document):
        for part, schema in rule_schemas(operation, document).items():
            code = fastjsonschema.compile_to_code(schema)
            module = rules / f"{rules_module(operation.operation_id, part)}.py"
            module.write_text(HEADER + code, "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
