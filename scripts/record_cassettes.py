"""Record ``cassettes/sandbox/*.yaml``: real flows through ``plural_ext.Plural``, secrets scrubbed.

    python scripts/record_cassettes.py            # against the local sandbox (default)
    PLURAL_CLIENT_ID=... PLURAL_CLIENT_SECRET=... python scripts/record_cassettes.py
                                                  # against Plural UAT -> cassettes/uat/

One cassette per flow of :mod:`plural_ext._checkout` (:data:`FLOWS`), the very code
``plural demo`` runs: generators of steps that ``run_sync`` / ``run_async`` drive through
``Plural`` or ``AsyncPlural``. The recorder and the replay tests (``tests/test_cassettes.py``)
run them alike, so a cassette is only as good as the flow that replays it; this script
adds the recording: vcrpy, scrubbing, a seeded sandbox, UAT.

Secrets are scrubbed by vcrpy's ``before_record_request`` / ``before_record_response``
hooks and ``filter_headers`` before anything reaches the cassette: the testing kit's
:func:`plural_ext.testing.vcr_config`, what a merchant records with, built on
:mod:`plural_ext._redact` (the one list of what is secret): Authorization, client_secret,
access_token, cvv, signatures (in bodies, forms and URL queries: the challenge's callback
form, whose hidden inputs hold the signature, and its redirect's ``Location`` in GET mode,
too), card numbers (first six and last four digits at most). The live origin
(``http://127.0.0.1:PORT``, or UAT's) becomes :data:`PLACEHOLDER_BASE_URL`, so a cassette
replays whatever port it was recorded on; Request-ID and Request-Timestamp become
placeholders; Date and Server are dropped; the sandbox runs on a ticking clock with
seeded ids, so a re-recording differs from the last one only where the flows changed.
After writing, every secret value the hooks masked (of 8 characters or more; a CVV is
checked by field, in ``tests/test_cassettes.py``) is looked for in the files.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import sys
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import vcr
from vcr.cassette import Cassette

from plural_ext import AsyncPlural, Plural
from plural_ext import _checkout as checkout
from plural_ext._checkout import (
    EXPECTED_STEPS,
    FLOWS,
    Approver,
    FlowResult,
    HttpApprover,
    run_sync,
)
from plural_ext._checkout import run_async as run_async  # replayed in tests/test_cassettes.py
from plural_ext.testing import PLACEHOLDER_ORIGIN, Scrubber, rewrites_for, vcr_config

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
SANDBOX_CASSETTES = CASSETTES / "sandbox"
UAT_CASSETTES = CASSETTES / "uat"

PLACEHOLDER_BASE_URL = f"{PLACEHOLDER_ORIGIN}/api"
"""Every recorded URI starts here, whatever host and port it was recorded on."""

CALLBACK_URL = "https://merchant.example/plural/callback"
FAILURE_CALLBACK_URL = "https://merchant.example/plural/failure"
SANDBOX_RUN = "rec"
"""The prefix of the merchant references of sandbox recordings (UAT ones get a fresh one)."""
NOTES = "recorded by scripts/record_cassettes.py"


# --- scrubbing: the testing kit's (plural_ext.testing.vcr_config) -----------------------


def make_vcr(scrubber: Scrubber) -> vcr.VCR:
    """The one vcrpy configuration, for recording and for replay: the kit's scrubbing."""
    return vcr.VCR(
        serializer="yaml",
        # method+path (+query, +body): requests to one path replay in recorded order.
        match_on=("method", "scheme", "host", "port", "path", "query", "body"),
        **vcr_config(scrubber=scrubber),
    )


@contextlib.contextmanager
def use_cassette(
    path: Path, record_mode: str, scrubber: Scrubber | None = None
) -> Iterator[Cassette]:
    """A cassette with the recorder's configuration: ``"all"`` to record, ``"none"`` to replay."""
    scrubber = scrubber or Scrubber()
    if record_mode == "all":
        # Start afresh: nothing of a previous recording (ids, ports) may linger.
        path.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    with make_vcr(scrubber).use_cassette(str(path), record_mode=record_mode) as cassette:
        yield cassette


def assert_absent(paths: Sequence[Path], secrets: set[str]) -> None:
    """Fail if any masked secret value made its way into a written file."""
    for path in paths:
        text = path.read_text("utf-8")
        found = sorted(secret for secret in secrets if secret in text)
        if found:
            # Never print the secrets themselves, only how many and where.
            raise SystemExit(f"{path}: {len(found)} secret value(s) survived scrubbing")


# --- flows ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FlowOptions(checkout.FlowOptions):
    """:class:`plural_ext._checkout.FlowOptions` with the recorder's fixed values.

    The run and the merchant URLs are part of the recorded bodies: fixed, a re-recording
    differs from the last one only where the flows changed.
    """

    run: str = SANDBOX_RUN
    callback_url: str = CALLBACK_URL
    failure_callback_url: str = FAILURE_CALLBACK_URL
    notes: str | None = NOTES


class PersonApprover:
    """UAT: a person completes the challenge in a browser; the recorder waits for Enter."""

    def sync(self, plural: Plural, url: str) -> None:
        input(f"Open {url} in a browser, complete the payment, then press Enter... ")

    async def asyncio(self, plural: AsyncPlural, url: str) -> None:
        await asyncio.to_thread(self.sync, plural, url)  # type: ignore[arg-type]


class NoApprover:
    """Replay of a cassette recorded against UAT: the challenge was not over HTTP."""

    def sync(self, plural: Plural, url: str) -> None:
        return None

    async def asyncio(self, plural: AsyncPlural, url: str) -> None:
        return None


def has_challenge(cassette: Cassette) -> bool:
    """Whether a payment page (a challenge, a checkout, a link) was approved over HTTP in this
    recording (the sandbox's pages are below /sandbox/)."""
    return any(request.path.startswith("/sandbox/") for request in cassette.requests)


def replay_approver(cassette: Cassette) -> Approver:
    return HttpApprover() if has_challenge(cassette) else NoApprover()


# --- recording -----------------------------------------------------------------------


class _SeededSecrets(SimpleNamespace):
    """Stands in for :mod:`secrets` inside the sandbox while recording: ids repeat."""

    def __init__(self, seed: str) -> None:
        super().__init__()
        self._random = random.Random(seed)

    def choice(self, sequence: Sequence[Any]) -> Any:
        return self._random.choice(sequence)

    def token_bytes(self, nbytes: int | None = None) -> bytes:
        return self._random.randbytes(nbytes or 32)

    def token_hex(self, nbytes: int | None = None) -> str:
        return self.token_bytes(nbytes).hex()

    def token_urlsafe(self, nbytes: int | None = None) -> str:
        import base64

        return base64.urlsafe_b64encode(self.token_bytes(nbytes)).rstrip(b"=").decode("ascii")

    def randbelow(self, n: int) -> int:
        return self._random.randrange(n)

    def compare_digest(self, a: Any, b: Any) -> bool:
        import hmac

        return hmac.compare_digest(a, b)


@contextlib.contextmanager
def _seeded_sandbox(seed: str) -> Iterator[None]:
    """The sandbox's ids and tokens from a seed, for cassettes that diff well."""
    import importlib

    stand_in = _SeededSecrets(seed)
    patched: list[tuple[ModuleType, Any]] = []
    # Every random part of the sandbox's answers is drawn through _ids.
    module = importlib.import_module("plural_ext.sandbox._ids")
    patched.append((module, module.__dict__["secrets"]))
    setattr(module, "secrets", stand_in)  # noqa: B010
    try:
        yield
    finally:
        for module, original in patched:
            setattr(module, "secrets", original)  # noqa: B010


class TickingClock:
    """The clock while recording: from a fixed moment, one second per reading.

    The sandbox and the client read the same one, as they would the same real time: the
    token response's ``expires_at`` is a moment of this clock, and a client on another
    clock would take the token for expired and fetch a new one before every call. A
    replay's client reads a new one (:func:`replay_clock`), so that it sees the same.
    """

    def __init__(self, start: float = 1_721_022_291.0) -> None:  # 2024-07-15T05:44:51Z
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self._now += 1.0
            return self._now


def replay_clock() -> TickingClock:
    """The client's clock for a replay: the recording's, from its start."""
    return TickingClock()


@contextlib.contextmanager
def _sandbox_server(name: str, clock: TickingClock, **config: Any) -> Iterator[Any]:
    from plural_ext.sandbox import Sandbox, SandboxConfig, serve

    with (
        _seeded_sandbox(name),
        Sandbox(SandboxConfig(now=clock, **config)) as sandbox,
        serve(sandbox) as server,
    ):
        yield server


def record_sandbox_flow(
    name: str, out_dir: Path, *, options: FlowOptions | None = None, **config: Any
) -> tuple[Path, FlowResult, Scrubber]:
    """Record one flow against a fresh local sandbox (``config``: SandboxConfig fields)."""
    from plural_ext.sandbox import DEFAULT_CALLBACK_SECRET_KEY, SandboxConfig

    settings = SandboxConfig(**config)
    options = options or FlowOptions()
    path = out_dir / f"{name}.yaml"
    clock = TickingClock()
    with _sandbox_server(name, clock, **config) as server:
        scrubber = Scrubber(rewrites_for(server.base_url))
        scrubber.masked.update(
            {settings.client_secret, settings.callback_secret_key, settings.webhook_secret}
        )
        with use_cassette(path, "all", scrubber) as cassette:
            cassette.get_metadata("run", options.run)
            cassette.get_metadata("client_id", settings.client_id)
            with Plural(
                settings.client_id, settings.client_secret, base_url=server.base_url, clock=clock
            ) as plural:
                key = config.get("callback_secret_key", DEFAULT_CALLBACK_SECRET_KEY)
                result = run_sync(FLOWS[name](options), plural, HttpApprover(key))
    return path, result, scrubber


def record_uat_flow(name: str, out_dir: Path) -> tuple[Path, FlowResult, Scrubber]:
    """Record one flow against Plural UAT with PLURAL_CLIENT_ID / PLURAL_CLIENT_SECRET."""
    options = FlowOptions(run=f"rec{os.urandom(4).hex()}")
    path = out_dir / f"{name}.yaml"
    with Plural.from_env() as plural:
        scrubber = Scrubber(rewrites_for(plural.settings.base_url))
        scrubber.masked.add(str(plural.settings.client_secret))
        with use_cassette(path, "all", scrubber) as cassette:
            cassette.get_metadata("run", options.run)
            cassette.get_metadata("client_id", plural.settings.client_id)
            result = run_sync(FLOWS[name](options), plural, PersonApprover())
    return path, result, scrubber


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "flows",
        nargs="*",
        metavar="FLOW",
        help=f"flows to record (default: all): {', '.join(FLOWS)}",
    )
    parser.add_argument(
        "--out", type=Path, help="where to write (cassettes/sandbox, cassettes/uat)"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.flows if name not in FLOWS]
    if unknown:
        parser.error(f"unknown flow(s) {', '.join(unknown)}; known: {', '.join(FLOWS)}")
    # The errors flow's 404 and 400 are what it asks for: not worth a warning each.
    logging.getLogger("plural").setLevel(logging.ERROR)
    uat = bool(os.environ.get("PLURAL_CLIENT_ID") and os.environ.get("PLURAL_CLIENT_SECRET"))
    out_dir: Path = args.out or (UAT_CASSETTES if uat else SANDBOX_CASSETTES)
    written: list[Path] = []
    masked: set[str] = set()
    for name in args.flows or FLOWS:
        if uat:
            path, result, scrubber = record_uat_flow(name, out_dir)
        else:
            path, result, scrubber = record_sandbox_flow(name, out_dir)
            if result.steps != EXPECTED_STEPS[name]:
                raise SystemExit(f"{name}: unexpected steps {result.steps}")
        written.append(path)
        masked |= scrubber.masked
        steps = " -> ".join(status for _, status in result.steps)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {steps}")
    assert_absent(written, masked)
    return 0


if __name__ == "__main__":
    sys.exit(main())
