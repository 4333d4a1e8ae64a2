"""``plural sandbox``: serve a sandbox until Ctrl-C, for manual tries and other languages' tests."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import threading
from collections.abc import Iterator
from typing import TypeAlias

from plural_ext.sandbox._app import Sandbox
from plural_ext.sandbox._cards import CARD_AUTHENTICATION_FAILURE, CARD_DECLINE, CARD_SUCCESS
from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._otp import SANDBOX_OTP
from plural_ext.sandbox._server import DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS, serve
from plural_ext.sandbox._state import StateFileError

__all__ = ["add_parser", "run"]

# A string: the class is generic only to type checkers, not at run time.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_parser(subparsers: Subparsers) -> None:
    """Add ``plural sandbox`` to the ``plural`` command."""
    parser = subparsers.add_parser(
        "sandbox",
        help="serve a local Plural sandbox",
        description="Serve a local Plural sandbox until Ctrl-C, its state in memory or, with "
        "--state, in a file it goes on from when started again.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port, 0 for any free one (8080)")
    parser.add_argument(
        "--tls",
        action="store_true",
        help="serve HTTPS, as Plural's hosts, with a CA made at start: its file, printed, is "
        "what a client trusts (removed on stop)",
    )
    parser.add_argument("--webhook-url", help="where to POST webhooks (none if unset)")
    parser.add_argument(
        "--state",
        metavar="FILE",
        help="keep the state (orders, tokens, links, customers, webhooks not yet delivered) "
        "in this SQLite file, created if missing, so that a restart goes on where it stopped "
        "(in memory only if unset)",
    )
    parser.add_argument(
        "--token-ttl", type=_positive, default=3600, help="access token lifetime in seconds (3600)"
    )
    parser.add_argument(
        "--token-expiry",
        choices=("expires_at", "expires_in"),
        default="expires_at",
        help="how the token response tells its lifetime: an ISO-8601 time, as Plural's API "
        "reference (expires_at, the default), or seconds, as its guide (expires_in)",
    )
    parser.add_argument(
        "--callback-method",
        choices=("POST", "GET"),
        default="POST",
        help="how the customer's browser brings the callback to the merchant: a self-submitting "
        "form, as Plural (POST, the default), or a 303 with the fields in the query (GET)",
    )
    parser.add_argument(
        "--strict-headers",
        action="store_true",
        help="refuse (400) a call without a well-formed Request-ID or Request-Timestamp "
        "instead of logging a warning",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_positive_float,
        default=DEFAULT_IDLE_TIMEOUT,
        help="seconds a connection may wait for the client's next byte before it is closed "
        f"({DEFAULT_IDLE_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive,
        default=DEFAULT_MAX_CONNECTIONS,
        help="connections served at once, a thread each; further ones wait until one closes "
        f"({DEFAULT_MAX_CONNECTIONS})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, *, stop: threading.Event | None = None) -> int:
    """Serve until Ctrl-C, or until ``stop`` is set (tests)."""
    config = SandboxConfig(
        token_ttl=args.token_ttl,
        webhook_url=args.webhook_url,
        token_expiry=args.token_expiry,
        callback_method=args.callback_method,
        strict_headers=args.strict_headers,
        state_file=args.state,
    )
    options = {"idle_timeout": args.idle_timeout, "max_connections": args.max_connections}
    with _logging_to_stderr(), contextlib.ExitStack() as stack:
        try:
            sandbox = stack.enter_context(Sandbox(config))
        except StateFileError as error:
            # The file's path and what is wrong with it; nothing else to show (no traceback).
            print(f"plural: error: {error}", file=sys.stderr)
            return 2
        server = stack.enter_context(serve(sandbox, args.host, args.port, tls=args.tls, **options))
        # The credentials are the sandbox's published test ones, printed on purpose.
        print(f"Plural sandbox at {server.base_url}", flush=True)
        if server.ca_file:
            print(f"  CA to trust   {server.ca_file} (Plural(verify=...), curl --cacert)")
        print(f"  client_id     {config.client_id}")
        print(f"  client_secret {config.client_secret}")
        print(f"  callback secret key (hex, PLURAL_SECRET_KEY) {config.callback_secret_key}")
        print(f"  webhook secret (PLURAL_WEBHOOK_SECRET)       {config.webhook_secret}")
        print(f"  webhooks      {config.webhook_url or 'off'}")
        print(f"  state         {_where_state_is(sandbox)}")
        print(f"  callbacks     {_CALLBACKS[config.callback_method]}")
        print(f"  test cards    {CARD_SUCCESS} success, {CARD_DECLINE} decline,")
        print(f"                {CARD_AUTHENTICATION_FAILURE} authentication failure")
        print(f"  native OTP    {SANDBOX_OTP}; netbanking pay code NB1493")
        print("Ctrl-C to stop. A line per request and per webhook try follows.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            (stop or threading.Event()).wait()
    return 0


@contextlib.contextmanager
def _logging_to_stderr() -> Iterator[None]:
    """Within: the sandbox's request and webhook lines (and its warnings) on stderr. The
    logger is left as it was found after, for a caller that runs the command in-process
    (a test) and logs on."""
    logger = logging.getLogger("plural_ext.sandbox")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.setLevel(level)
        logger.removeHandler(handler)


def _where_state_is(sandbox: Sandbox) -> str:
    if sandbox.state_file is None:
        return "in memory, lost on stop (--state FILE keeps it)"
    return f"{sandbox.state_file} (orders: {len(sandbox.orders())}; kept across restarts)"


_CALLBACKS = {
    "POST": "POSTed by the customer's browser (a self-submitting form)",
    "GET": "a 303 redirect, the fields in the query",
}


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value
