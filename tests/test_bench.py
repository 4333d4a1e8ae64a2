"""``make bench`` (scripts/bench.py) still measures every row of issue 12's table.

Tiny sizes, one run: the figures mean nothing and no speed is asserted. What is checked is
that every measure runs against the code as it is now, so the bench cannot rot unseen, and
that the table says what its figures are.
"""

from __future__ import annotations

import importlib.util
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402


def number(cell: str) -> float:
    """A table cell's figure: a ratio (``1.68`` and the multiplication sign) or ``3.51 ms``."""
    return float(cell.strip().removesuffix("ms").removesuffix(bench.TIMES))


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return bench.one_run(bench.QUICK)


@pytest.fixture(scope="module")
def printed() -> list[str]:
    """What ``make bench`` prints, at the smoke test's sizes."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_every_figure_of_a_run_is_a_positive_finite_number(figures: dict[str, float]) -> None:
    assert {row.key for row in bench.ROWS} <= figures.keys()
    for payments in bench.PAYMENT_COUNTS:
        assert f"payments_{payments}" in figures
    assert "generated_alone" in figures
    for name, value in figures.items():
        assert math.isfinite(value) and value > 0, name


def test_the_official_sdk_is_measured_on_its_real_path(figures: dict[str, float]) -> None:
    pytest.importorskip("pinelabs", reason="pinelabs-python is a dev dependency")
    # pinelabs_get refuses to time a client asking for any path but the order's.
    assert figures["pinelabs"] > 0


def test_make_bench_prints_the_header_then_a_row_per_measure(printed: list[str]) -> None:
    assert printed[0].startswith(f"Python {sys.version.split()[0]}, CPU time")
    assert "interleaved" in printed[0] and "1 runs" in printed[0]
    rows = [line for line in printed if line.startswith("| ") and "---" not in line]
    assert rows[0].startswith("| measure | before | now (median of 1 runs) | spread")
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows[1:]] == [
        row.measure for row in bench.ROWS
    ]
    for line, row in zip(rows[1:], bench.ROWS, strict=True):
        _, before, now, spread, goal, met = line.strip("| ").split(" | ")
        assert number(before) == bench.BEFORE[row.key]
        assert math.isfinite(number(now)) and number(now) > 0, row.measure
        low, high = spread.split(bench.EN_DASH)
        assert number(low) == number(high) == number(now)  # one run: no spread
        assert number(goal.removeprefix("≤ ")) == row.goal
        if number(now) <= row.goal:
            assert met == "yes"
        else:
            assert met.startswith("no (+")


def test_make_bench_prints_the_context_lines(printed: list[str]) -> None:
    text = "\n".join(printed)
    assert "the generated client alone (no layer), get_order:" in text
    if importlib.util.find_spec("pinelabs") is None:
        assert "pinelabs-python: not installed" in text
    else:
        assert re.search(rf"pinelabs-python [0-9.]+, get_order: [0-9.]+{bench.TIMES}", text)
    for payments in ("  1 payment :", " 10 payments:", "100 payments:"):
        assert f"an order with {payments}" in text


def test_the_before_column_covers_every_row() -> None:
    assert bench.BEFORE.keys() == {row.key for row in bench.ROWS}


def test_a_figure_over_its_goal_is_marked_with_the_excess() -> None:
    run = dict.fromkeys((row.key for row in bench.ROWS), 1.0)
    run["get_sync"], run["construct_ms"] = 1.5, 2.5
    lines = bench.table([run, run, run])
    cells = {line.split(" | ")[0].removeprefix("| "): line for line in lines}
    line_of = {row.key: cells[row.measure] for row in bench.ROWS}
    assert line_of["get_sync"].endswith(f"| no (+0.25{bench.TIMES}) |")
    assert line_of["construct_ms"].endswith("| no (+0.50 ms) |")
    assert line_of["create"].endswith("| yes |")


def test_now_is_the_median_of_the_runs_and_the_spread_their_extremes() -> None:
    runs = [dict.fromkeys((row.key for row in bench.ROWS), value) for value in (1.1, 1.3, 1.2)]
    create = next(line for line in bench.table(runs) if line.startswith("| `create_order`"))
    assert f"| 1.20{bench.TIMES} | 1.10{bench.EN_DASH}1.30{bench.TIMES} |" in create
