"""``python -m plural_ext.testing scan PATH...``: the cassette scanner, for CI.

Prints each finding (file, where, what kind of secret; never the value) and exits 1 when
there is one, 0 when there is none, 2 for bad usage or a path that does not exist. The
values of ``PLURAL_CLIENT_SECRET``, ``PLURAL_SECRET_KEY`` and ``PLURAL_WEBHOOK_SECRET``,
when set, are looked for as they are, with the sandbox's own secrets.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from plural_ext.testing._scan import find_secrets, secrets_from_env


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m plural_ext.testing",
        description="Tools of the plural_ext testing kit.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    scan = commands.add_parser(
        "scan",
        help="find secrets in recorded cassettes (exit 1 on a finding)",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    scan.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a file or a directory")
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        parser.error(f"no such file or directory: {', '.join(missing)}")
    literals = secrets_from_env()
    problems = [problem for path in args.paths for problem in find_secrets(path, literals)]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} secret(s) found", file=sys.stderr)
        return 1
    print(f"no secret found in {', '.join(map(str, args.paths))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
