"""``plural <family> <method>``: every operation of the spec as a command, against the sandbox
over HTTP, with credentials from the environment, JSON out and exit status 0/1/2."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from plural_ext._api_cli import _families
from plural_ext._cli import main
from plural_ext._spec import operations
from plural_ext.sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox, serve


@pytest.fixture
def sandbox_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox() as sandbox, serve(sandbox) as server:
        monkeypatch.setenv("PLURAL_CLIENT_ID", DEFAULT_CLIENT_ID)
        monkeypatch.setenv("PLURAL_CLIENT_SECRET", DEFAULT_CLIENT_SECRET)
        monkeypatch.setenv("PLURAL_BASE_URL", server.base_url)
        yield sandbox


def plural(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, (json.loads(out) if status == 0 and out.strip() else out), err


def test_every_operation_is_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [(family, name) for family, methods in _families() for name in methods]

    assert len(commands) == len(operations()) == 74
    for family, name in commands:
        assert main([family, name, "--help"]) == 0
    assert "merchant_order_reference" in capsys.readouterr().out


def test_an_order_from_creation_to_reading(
    sandbox_env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    amount = '{"value": 1100, "currency": "INR"}'
    status, created, _ = plural(
        capsys, "orders", "create", "--merchant_order_reference", "12345", "--order_amount", amount
    )
    assert status == 0 and created["status"] == "CREATED"
    assert created["merchant_order_reference"] == "12345"  # text stays text for a text field

    status, read, _ = plural(capsys, "orders", "get", created["order_id"])
    assert status == 0 and read["order_id"] == created["order_id"]

    body = '{"merchant_order_reference": "r-2", "order_amount": {"value": 2500, "currency": "INR"}}'
    status, whole, _ = plural(capsys, "orders", "create", "--json", body, "--pre_auth", "true")
    assert status == 0 and whole["order_amount"]["value"] == 2500 and whole["pre_auth"] is True


def test_refusals_exit_1_and_bad_usage_exits_2(
    sandbox_env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = plural(capsys, "orders", "get", "v1-0000000000-aa-nOtFnd")
    assert status == 1 and "NotFoundError" in err

    status, _, err = plural(
        capsys,
        "orders",
        "create",
        "--merchant_order_reference",
        "r-3",
        "--order_amount",
        '{"value": 99, "currency": "INR"}',
    )
    assert status == 2 and "order_amount.value" in err  # refused before sending

    status, _, err = plural(capsys, "orders", "create", "--merchant_order_reference", "r-4")
    assert status == 2 and "order_amount" in err
    assert len(sandbox_env.orders()) == 0


def test_a_file_answer_is_written_as_its_bytes(
    sandbox_env: Sandbox, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["e_challans", "get_challan_pdf", "v1-4405071524-aa-qlAtAf"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"%PDF-")


def test_no_credentials_is_bad_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PLURAL_CLIENT_ID", raising=False)
    monkeypatch.delenv("PLURAL_CLIENT_SECRET", raising=False)
    status, _, err = plural(capsys, "orders", "get", "v1-abc")
    assert status == 2 and "PLURAL_CLIENT_ID" in err
