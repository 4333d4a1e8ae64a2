"""The main job: `plural demo` walks the whole seamless card checkout on the sandbox."""

from __future__ import annotations

import io
import re

from plural_ext._cli import main
from plural_ext._demo import run


def test_demo_walks_the_checkout_and_exits_zero() -> None:
    out = io.StringIO()

    status = run(out)

    lines = out.getvalue().splitlines()
    assert status == 0, out.getvalue()
    steps = [line.split()[0] for line in lines[1:-2]]
    assert steps[:7] == [
        "generate_token",
        "create_order",
        "create_payment",
        "challenge",
        "get_order",
        "capture_order",
        "get_order",
    ]
    assert "cancel_order" in steps and "create_refund" in steps
    assert re.search(r"get_order\s+PROCESSED", out.getvalue())
    assert re.search(r"cancel_order\s+CANCELLED", out.getvalue())
    assert re.search(r"get_order\s+PARTIALLY_REFUNDED", out.getvalue())
    assert out.getvalue().count("signature ok") == 3
    assert re.search(r"webhooks\s+\d+ received, all signatures verified", out.getvalue())
    # One readable line per step, each with its elapsed time.
    assert all(re.search(r"\d+\.\d ms$", line) for line in lines[1:-2])


def test_demo_is_a_plural_subcommand(capsys: object) -> None:
    assert main(["demo"]) == 0
