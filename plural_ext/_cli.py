"""The ``plural`` command.

``plural demo`` runs the main job: a whole seamless card checkout on the sandbox;
``plural sandbox`` serves the sandbox. ``plural sign|verify callback|webhook`` let a support engineer check, by hand,
a callback or webhook a merchant says was refused. Exit status: 0 valid,
1 not valid (the reason on one line of stderr), 2 bad usage.

To add a command, write an ``add_parser(subparsers)`` that adds its parser and
sets ``func`` (``Namespace -> int``) with ``set_defaults``, and list it in
:data:`COMMANDS`. Secrets never appear in what is printed, not even in errors.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from typing import TypeAlias

from plural_ext import _api_cli as api_cli
from plural_ext import _demo as demo
from plural_ext._exceptions import SignatureError
from plural_ext._signatures import CallbackParams, callback_signature, verify_callback
from plural_ext._version import __version__
from plural_ext._webhooks import (
    DEFAULT_TOLERANCE,
    WebhookPayloadError,
    parse_timestamp,
    sign_webhook,
    verify_webhook,
)
from plural_ext.sandbox import _cli as sandbox_cli

# A string: the class is generic only to type checkers, not at run time.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# Names of environment variables, not secrets.
CALLBACK_SECRET_ENV = "PLURAL_SECRET_KEY"  # noqa: S105
WEBHOOK_SECRET_ENV = "PLURAL_WEBHOOK_SECRET"  # noqa: S105

_FIELDS_HELP = (
    "Fields are name=value arguments (values taken literally), one query string or URL "
    "(URL-decoded, as a web framework would), or, with no arguments, standard input "
    "holding a query string, a form body or a JSON object."
)


class UsageError(Exception):
    """The command line or its input cannot be used: exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plural", description="Plural (Pine Labs Online) tools.")
    parser.add_argument("--version", action="version", version=f"plural-sdk {__version__}")
    subparsers = parser.add_subparsers(title="commands", dest="command", required=True)
    for add_parser in COMMANDS:
        add_parser(subparsers)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits on --help and on errors; return its status instead, so
        # that callers in-process (tests, other tools) get an int like any other.
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        status: int = args.func(args)
    except UsageError as exc:
        print(f"plural: error: {exc}", file=sys.stderr)
        return 2
    return status


def _add_sign(subparsers: Subparsers) -> None:
    sign = subparsers.add_parser("sign", help="compute a callback or webhook signature")
    targets = sign.add_subparsers(title="what to sign", dest="target", required=True)
    callback = targets.add_parser(
        "callback",
        help="the signature of redirect-callback fields (uppercase hex)",
        description="Print the signature Plural puts on these callback fields. " + _FIELDS_HELP,
    )
    _add_callback_arguments(callback)
    callback.set_defaults(func=_sign_callback)
    webhook = targets.add_parser(
        "webhook",
        help="the webhook-signature header value (v1,<base64>)",
        description="Print the webhook-signature header Plural would send with this body.",
    )
    _add_webhook_arguments(webhook)
    webhook.set_defaults(func=_sign_webhook)


def _add_verify(subparsers: Subparsers) -> None:
    verify = subparsers.add_parser("verify", help="check a callback or webhook signature")
    targets = verify.add_subparsers(title="what to verify", dest="target", required=True)
    callback = targets.add_parser(
        "callback",
        help="check the signature field of redirect-callback fields",
        description="Check a callback's signature field; the fields include it. " + _FIELDS_HELP,
    )
    _add_callback_arguments(callback)
    callback.set_defaults(func=_verify_callback)
    webhook = targets.add_parser(
        "webhook",
        help="check a webhook's signature and timestamp",
        description="Check a webhook as received: its three webhook-* headers and raw body.",
    )
    _add_webhook_arguments(webhook)
    webhook.add_argument("--signature", required=True, help="the webhook-signature header")
    webhook.add_argument(
        "--tolerance",
        type=_seconds,
        default=DEFAULT_TOLERANCE,
        help=f"seconds the timestamp may be off from now (default {DEFAULT_TOLERANCE})",
    )
    webhook.add_argument(
        "--now", type=_unix_time, help="check as of this Unix time, e.g. when the webhook came"
    )
    webhook.set_defaults(func=_verify_webhook)


COMMANDS: tuple[Callable[[Subparsers], None], ...] = (
    _add_sign,
    _add_verify,
    sandbox_cli.add_parser,
    demo.add_parser,
    api_cli.add_parsers,  # plural orders get ORDER_ID ...: every operation of the spec
)
"""Each adds one subcommand of ``plural``; a new command is one more entry."""


def _unix_time(text: str) -> float:
    # argparse turns ValueError into "invalid value": exit status 2, no traceback.
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("not a finite time")  # a NaN `now` would pass every timestamp
    return value


def _seconds(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError("negative")
    return value


def _add_callback_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("fields", nargs="*", metavar="NAME=VALUE", help="a callback field")
    parser.add_argument("--secret", help=f"the hex secret key (default: ${CALLBACK_SECRET_ENV})")


def _add_webhook_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--id", required=True, dest="msg_id", help="the webhook-id header")
    parser.add_argument("--timestamp", required=True, help="the webhook-timestamp header")
    parser.add_argument("--body", help="the raw body (default: standard input, byte for byte)")
    parser.add_argument("--secret", help=f"the webhook secret (default: ${WEBHOOK_SECRET_ENV})")


def _sign_callback(args: argparse.Namespace) -> int:
    secret = _secret(args, CALLBACK_SECRET_ENV)
    try:
        print(callback_signature(_callback_fields(args.fields), secret))
    except SignatureError as exc:  # a key that is not hex, or no fields
        raise UsageError(str(exc)) from None
    return 0


def _verify_callback(args: argparse.Namespace) -> int:
    secret = _secret(args, CALLBACK_SECRET_ENV)
    try:
        result = verify_callback(_callback_fields(args.fields), secret)
    except SignatureError as exc:
        print(f"plural: invalid callback: {exc}", file=sys.stderr)
        return 1
    _print_json(
        {
            "valid": True,
            "order_id": result.order_id,
            "status": result.status,
            "error_code": result.error_code,
            "error_message": result.error_message,
            "fields": dict(result.fields),
        }
    )
    return 0


def _sign_webhook(args: argparse.Namespace) -> int:
    secret = _secret(args, WEBHOOK_SECRET_ENV)
    try:
        timestamp = parse_timestamp(args.timestamp)
    except SignatureError:
        raise UsageError("--timestamp must be a Unix time in seconds (1 to 11 digits)") from None
    try:
        print(sign_webhook(secret, args.msg_id, timestamp, _webhook_body(args)))
    except SignatureError as exc:  # a whsec_ secret that is not base64, an id that is not text
        raise UsageError(str(exc)) from None
    return 0


def _verify_webhook(args: argparse.Namespace) -> int:
    secret = _secret(args, WEBHOOK_SECRET_ENV)
    headers = {
        "webhook-id": args.msg_id,
        "webhook-timestamp": args.timestamp,
        "webhook-signature": args.signature,
    }
    body = _webhook_body(args)
    check = functools.partial(
        verify_webhook, headers, secret=secret, tolerance=args.tolerance, now=args.now
    )
    try:
        event = check(body)
    except SignatureError as exc:
        # `echo '{...}' | plural verify webhook` adds a newline the sender never
        # signed: the likeliest slip when pasting a body from a log.
        hint = ""
        if body.endswith(b"\n") and _passes(check, body.rstrip(b"\r\n")):
            hint = " (it matches without the trailing newline: echo adds one; use printf)"
        print(f"plural: invalid webhook: {exc}{hint}", file=sys.stderr)
        return 1
    except WebhookPayloadError as exc:
        # Signed by Plural, so valid: what to do with an unknown shape is the merchant's call.
        _print_json(
            {
                "valid": True,
                "event_id": exc.event_id,
                "event_type": None,
                "timestamp": exc.timestamp.isoformat(),
                "data": None,
                "unreadable": exc.reason,
            }
        )
        return 0
    _print_json(
        {
            "valid": True,
            "event_id": event.event_id,
            "event_type": event.event_type,
            "timestamp": event.timestamp.isoformat(),
            "data": event.data,
        }
    )
    return 0


def _passes(check: Callable[[bytes], object], body: bytes) -> bool:
    """Whether the signature matches this body (a body that is not an event still passes)."""
    try:
        check(body)
    except SignatureError:
        return False
    except WebhookPayloadError:
        pass  # the signature matched; only the body is not an event
    return True


def _print_json(line: dict[str, object]) -> None:
    text = json.dumps(line, ensure_ascii=False)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        # A lone surrogate in the data (JSON may escape one), or an output that
        # cannot show the text: \u escapes print anywhere and read back the same.
        text = json.dumps(line)
    print(text)


def _secret(args: argparse.Namespace, env: str) -> str:
    secret: str | None = args.secret or os.environ.get(env)
    if not secret:
        raise UsageError(f"no secret: pass --secret or set {env}")
    return secret


def _callback_fields(arguments: Sequence[str]) -> CallbackParams:
    if len(arguments) == 1 and _is_query(arguments[0]):
        return _query_part(arguments[0])
    if arguments:
        return _pairs(arguments)
    data = _read_stdin("no callback fields: give NAME=VALUE arguments or pipe them in")
    try:
        text = data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise UsageError("standard input is not UTF-8") from None
    if text.startswith("{"):
        return _json_fields(text)
    return _query_part(text)


def _is_query(argument: str) -> bool:
    return "&" in argument or argument.startswith("?") or "://" in argument


def _query_part(text: str) -> str:
    # A URL copied from a browser or a log: the fields are its query, and a
    # fragment never reaches the server.
    before, question, query = text.partition("?")
    if question and (not before or "://" in before):
        return query.partition("#")[0]
    return text


def _pairs(arguments: Sequence[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for argument in arguments:
        name, equals, value = argument.partition("=")
        if not equals:
            # The argument itself is not repeated: it might be a pasted secret.
            raise UsageError("every field argument must be NAME=VALUE")
        if name in fields:
            raise UsageError("a field is given twice")
        fields[name] = value
    return fields


def _json_fields(text: str) -> dict[str, str]:
    try:
        fields = json.loads(text)
    except (ValueError, RecursionError):
        raise UsageError("standard input starts with '{' but is not JSON") from None
    if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
        raise UsageError("the JSON on standard input must be an object of strings")
    return fields


def _webhook_body(args: argparse.Namespace) -> bytes:
    if args.body is None:
        return _read_stdin("no webhook body: pass --body or pipe it in")
    try:
        # surrogateescape gives back the bytes of an argument that is not UTF-8,
        # as Python decoded it from the command line.
        return str(args.body).encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raise UsageError("--body holds a lone surrogate, which is not text") from None


def _read_stdin(missing: str) -> bytes:
    try:
        # A terminal would wait for typing that nobody meant to do.
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError(missing)
        return sys.stdin.buffer.read()
    except (OSError, ValueError) as exc:  # a directory, a closed stream
        raise UsageError(f"cannot read standard input ({type(exc).__name__})") from None


if __name__ == "__main__":
    raise SystemExit(main())
