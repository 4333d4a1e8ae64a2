"""``plural <family> <method>``: every operation of the spec as a command, as on the client.

The commands are read off the generated resources (``plural.orders.create`` is
``plural orders create``), so a new operation in ``openapi/plural.yaml`` is a command after
``make generate`` alone. A path parameter is a positional argument; a body field or a query
parameter is ``--name VALUE``, VALUE read as JSON when it is JSON (``--order_amount
'{"value": 1100, "currency": "INR"}'``, ``--pre_auth true``) and as text otherwise; ``--json``
gives the whole body. Credentials come from the environment (``Plural.from_env``: against
Plural, or the sandbox with ``PLURAL_BASE_URL``). The answer is printed as JSON (a file, such
as the challan PDF, as its bytes).

Exit status: 0 answered, 1 refused (an API error, a transport failure, an answer that does not
parse), 2 bad usage (an argument the spec refuses, missing credentials).
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import sys
import typing
from collections.abc import Callable
from typing import Any, TypeAlias

from plural_client import Client
from plural_client.api import Resources
from plural_client.types import UNSET, File, Unset

from ._client import Plural
from ._exceptions import PluralError, RequestValidationError

__all__ = ["add_parsers"]

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

# Keyword arguments every method takes that are no field of the request.
_HEADERS = {"request_id": "--request-id", "request_timestamp": "--request-timestamp"}


def add_parsers(subparsers: Subparsers) -> None:
    """One subcommand per family. Its operations' parsers (some 700 arguments in all) are
    built when the family is the command run: every ``plural`` start stays quick."""
    for family, methods in _families():
        first = next(iter(methods.values()))
        family_parser = subparsers.add_parser(
            family,
            add_help=False,  # its own parser, built below, answers --help
            help=f"the {family} operations ({first.__qualname__.split('.')[0]})",
        )
        family_parser.add_argument("words", nargs=argparse.REMAINDER)
        family_parser.set_defaults(func=functools.partial(_run, family, methods))


def _run(family: str, methods: dict[str, Callable[..., Any]], args: argparse.Namespace) -> int:
    parser = argparse.ArgumentParser(prog=f"plural {family}")
    commands = parser.add_subparsers(title="operations", dest="operation", required=True)
    for name, method in methods.items():
        summary = (inspect.getdoc(method) or name).splitlines()[0].replace("``", "")
        command = commands.add_parser(name, help=summary, description=summary)
        _add_arguments(command, inspect.signature(method))
        command.set_defaults(func=_caller(family, name, inspect.signature(method)))
    try:
        words = parser.parse_args(args.words)
    except SystemExit as exit_:  # --help, or bad usage: its status, as plural's own parser
        return exit_.code if isinstance(exit_.code, int) else 2
    status: int = words.func(words)
    return status


@functools.cache
def _families() -> tuple[tuple[str, dict[str, Callable[..., Any]]], ...]:
    """(family, {method name: method}) of the generated resources."""
    resources = Resources(Client(base_url="http://unused.invalid"))
    return tuple(
        (
            family,
            {
                name: method
                for name, method in inspect.getmembers(type(resource), inspect.isfunction)
                if not name.startswith("_")
            },
        )
        for family, resource in vars(resources).items()
    )


def _add_arguments(command: argparse.ArgumentParser, signature: inspect.Signature) -> None:
    for parameter in list(signature.parameters.values())[1:]:  # self
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            command.add_argument(parameter.name, help="path parameter")
        elif parameter.name == "extra_body":
            command.add_argument(
                "--json", dest="body", help="the whole JSON body (--name VALUE adds to it)"
            )
        elif parameter.name in _HEADERS:
            command.add_argument(_HEADERS[parameter.name], dest=parameter.name)
        else:
            required = parameter.default is inspect.Parameter.empty
            command.add_argument(
                f"--{parameter.name}",
                dest=f"field:{parameter.name}",
                metavar="VALUE",
                help="required (here or in --json)" if required else None,
            )


def _caller(
    family: str, name: str, signature: inspect.Signature
) -> Callable[[argparse.Namespace], int]:
    def call(args: argparse.Namespace) -> int:
        values = vars(args)
        positional = [
            values[parameter.name]
            for parameter in signature.parameters.values()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            and parameter.name != "self"
        ]
        try:
            keywords = _keywords(values, signature)
            with Plural.from_env() as plural:
                answer = getattr(getattr(plural, family), name)(*positional, **keywords)
        except (RequestValidationError, ValueError, TypeError) as error:
            # TypeError: a required field given nowhere (the method's own message names it).
            print(f"plural: error: {error}", file=sys.stderr)
            return 2
        except PluralError as error:
            print(f"plural: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        _print(answer)
        return 0

    return call


def _keywords(values: dict[str, Any], signature: inspect.Signature) -> dict[str, Any]:
    keywords: dict[str, Any] = {}
    body = values.get("body")
    if body is not None:
        whole = json.loads(body)
        if not isinstance(whole, dict):
            raise ValueError("--json must be a JSON object")
        known = {parameter.name for parameter in signature.parameters.values()}
        keywords.update({key: value for key, value in whole.items() if key in known})
        extra = {key: value for key, value in whole.items() if key not in known}
        if extra:  # sent as given, as extra_body does on the client
            keywords["extra_body"] = extra
    for key, value in values.items():
        if key.startswith("field:") and value is not None:
            name = key.removeprefix("field:")
            text_only = _is_text(signature.parameters[name].annotation)
            keywords[name] = value if text_only else _value(value)
    for header in _HEADERS:
        if values.get(header) is not None:
            keywords[header] = values[header]
    return keywords


def _is_text(annotation: object) -> bool:
    """Whether a field takes text only (``str | Unset``): "12345" stays a reference, not a number."""
    kinds = set(typing.get_args(annotation)) or {annotation}
    return kinds - {Unset, type(None)} == {str}


def _value(text: str) -> Any:
    """A field's value: JSON when it reads as JSON (an object, a number, true), else text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _print(answer: object) -> None:
    if isinstance(answer, File):
        sys.stdout.buffer.write(answer.payload.read())
        return
    data = None if answer is None or answer is UNSET else answer
    if hasattr(data, "to_dict"):
        data = data.to_dict()
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
