"""The README's examples run as written, against the sandbox (the walkthrough, "Accept a
payment", in test_readme_walkthrough.py; the types of all of them in test_typing.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from readme import README, module

from plural_ext.sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox, serve


def run(code: str, **names: Any) -> dict[str, Any]:
    namespace = dict(names)
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    return namespace


def test_the_payment_layer_example_creates_an_order_and_reports_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = module("The payment layer: `Plural` / `AsyncPlural`")
    with Sandbox() as sandbox, serve(sandbox) as server:
        monkeypatch.setenv("PLURAL_CLIENT_ID", DEFAULT_CLIENT_ID)
        monkeypatch.setenv("PLURAL_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
        monkeypatch.setenv("PLURAL_BASE_URL", server.base_url)

        created = run(code)["order"]
        run(code.replace('"value": 1100', '"value": 99'))
        run(code)  # the same merchant reference again: Plural's idempotency gives the same order

    assert created.status == "CREATED"
    assert [order["order_id"] for order in sandbox.orders()] == [created.order_id]
    assert (
        capsys.readouterr().out
        == "order_amount.value must be bigger than or equal to 100 (minimum 100)\n"
    )


def test_the_sandbox_example_runs() -> None:
    names = run(module("The sandbox"))

    assert names["plural"].settings.base_url.startswith("http://127.0.0.1:")
    assert names["transport"].sandbox is not None


def test_the_sandbox_table_says_which_families_keep_state() -> None:
    from plural_ext._spec import operations, spec

    rows = dict(re.findall(r"^\| `(\w+)` \| (stateful|from examples)", README, re.M))
    named = set(re.findall(r"`(\w+)` from examples", README))
    stateful = Sandbox().stateful_operations
    tags = {
        operation["operationId"]: operation["tags"][0]
        for item in spec()["paths"].values()
        for operation in item.values()
    }
    assert set(rows) == set(tags.values())  # every family has its row
    for operation in operations():
        family = tags[operation.operation_id]
        kept = operation.operation_id in stateful
        # A stateful family's row names any operation of it that answers from examples.
        assert kept or rows[family] == "from examples" or operation.operation_id in named
        assert not kept or rows[family] == "stateful", operation.operation_id
