"""``mypy --strict`` on what a merchant writes from the README: every README example, and the
FastAPI checkout in tests/typing. They pass with no cast and no ignore; a mistake in a
request (a misspelt key, a wrong type, a missing field) is a type error in the caller's code.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from readme import ROOT, modules

MERCHANT_APP = ROOT / "tests" / "typing" / "merchant_checkout.py"
MYPY = [sys.executable, "-m", "mypy", "--strict", "--config-file", "pyproject.toml"]
MYPY += ["--no-error-summary", "--hide-error-context"]

MISTAKES = """
from plural_ext import Plural


def mistakes(plural: Plural) -> None:
    plural.orders.create(
        merchant_order_reference="r-1",
        order_amount={"value": 1100, "curency": "INR"},
    )
    plural.orders.create(merchant_order_reference="r-2", order_amount={"value": "11.00", "currency": "INR"})
    plural.orders.create(merchant_order_reference="r-3")
    plural.orders.create(merchant_order_reference="r-4", order_amount={"value": 1100, "currency": "INR"}, allowed_payment_methods=["CASH"])
    plural.payments.create("v1-abc", payments=[{"merchant_payment_reference": "p", "payment_method": "CARD"}])
    order = plural.orders.get("v1-abc")
    order.order_id.startswith("v1-")  # a str, no narrowing needed
    order.notes.startswith("x")  # str | Unset: narrowing needed
"""


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict's errors by file name, one run for every file (mypy starts slowly)."""
    folder = tmp_path_factory.mktemp("merchant")
    files = [MERCHANT_APP]
    for name, source in {**modules(), "mistakes": MISTAKES}.items():
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
        files.append(folder / f"{name}.py")
    run = subprocess.run(
        [*MYPY, *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    report: dict[str, list[str]] = {Path(file).name: [] for file in files}
    for line in run.stdout.splitlines():
        match = re.match(r"(.+?\.py):\d+: error: (.*)", line)
        assert match or ": note:" in line, line  # mypy itself failed otherwise
        if match:
            report[Path(match[1]).name].append(match[2])
    return report


@pytest.mark.parametrize("name", [*modules(), MERCHANT_APP.stem])
def test_the_readme_and_a_merchant_app_pass_mypy_strict(
    name: str, mypy_report: dict[str, list[str]]
) -> None:
    assert mypy_report[f"{name}.py"] == []


@pytest.mark.parametrize("name", [*modules(), MERCHANT_APP.stem])
def test_they_need_no_cast_no_ignore_no_isinstance(name: str) -> None:
    source = modules().get(name) or MERCHANT_APP.read_text(encoding="utf-8")
    for shortcut in ("cast(", "type: ignore", "isinstance("):
        assert shortcut not in source, f"{name} uses {shortcut}"


def test_a_mistake_in_a_request_is_a_type_error(mypy_report: dict[str, list[str]]) -> None:
    errors = mypy_report["mistakes.py"]

    # A nested object may be a dict or the model: mypy names the argument the dict breaks
    # (not the key: with two types allowed it cannot tell which was meant), and the SDK names
    # the key at run time, before sending (order_amount.curency: did you mean 'currency'?).
    amount = 'Argument "order_amount" to "create" of "Orders" has incompatible type'
    assert errors[0].startswith(f'{amount} "dict[str, object]"')  # the misspelt key
    assert errors[1].startswith(f'{amount} "dict[str, str]"')  # "11.00" is not paise
    assert errors[2].startswith('Missing named argument "order_amount"')
    assert errors[3].startswith("List item 0 has incompatible type \"Literal['CASH']\"")
    assert errors[4].startswith('List item 0 has incompatible type "dict[str, str]"')  # no amount
    assert errors[5].startswith('Item "Unset" of "str | Unset" has no attribute "startswith"')
    assert len(errors) == 6
