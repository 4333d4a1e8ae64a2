"""The README's python examples as modules: what the tests run and type-check.

The blocks of "Accept a payment" are one module, a walkthrough whose later blocks use what
the earlier ones define; every other block is a module of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
WALKTHROUGH = "Accept a payment"


def _sections() -> list[tuple[str, str]]:
    """(heading, text) of each ``## `` section."""
    parts = re.split(r"^## (.+)$", README, flags=re.M)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def _blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)


def modules() -> dict[str, str]:
    """Each example module's source, by a module name made from its section's heading."""
    found: dict[str, str] = {}
    for heading, text in _sections():
        name = re.sub(r"\W+", "_", heading.lower()).strip("_")
        blocks = _blocks(text)
        if heading == WALKTHROUGH:
            found[name] = "\n\n".join(blocks)
            continue
        for index, block in enumerate(blocks):
            found[f"{name}_{index}" if len(blocks) > 1 else name] = block
    return found


def module(heading: str) -> str:
    """The module of the section ``heading`` (its only block, or the walkthrough)."""
    return modules()[re.sub(r"\W+", "_", heading.lower()).strip("_")]
