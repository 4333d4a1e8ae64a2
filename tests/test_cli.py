"""The ``plural`` command: sign and verify callbacks and webhooks, in-process and once for real."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from answers import order, payment
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plural_ext import _cli
from plural_ext._cli import main

KEY = "b6a09cac35763b7f60b3b9c00679adc860a6d5cc326ecf28ba20746535d99d9b"
ORDER_ID = "v1-4405071524-aa-qlAtAf"
SUCCESS = "8171F53092541293B897652990313376DDF1CAB5876295DA305131F07AE18992"  # see test_signatures
FAILURE = "D0231BE8CEDC8BAE87072B49EAC3552A35CB0990E4BFA2E78B6EF82287E6A029"
FAILURE_FIELDS = {
    "error_code": "USER_AUTHENTICATION_FAILED",
    "error_message": "Consumer Authentication required",
    "order_id": ORDER_ID,
    "status": "FAILED",
}

WEBHOOK_SECRET = "abc1234"
MSG_ID = "msg_2nEfCaUDn9fynC9Kz2upo1QSydl"
TIMESTAMP = "1728543028"
# An ORDER_PROCESSED webhook: the order, as Plural sends it, with its processed payment.
EVENT_DATA = order(status="PROCESSED", payments=[payment(status="PROCESSED")])
EVENT = json.dumps(
    {"event_type": "ORDER_PROCESSED", "data": EVENT_DATA}, separators=(",", ":")
).encode()


class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_cli.CALLBACK_SECRET_ENV, raising=False)
    monkeypatch.delenv(_cli.WEBHOOK_SECRET_ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", TTY())


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def one_json_line(out: str) -> Any:
    assert out.endswith("\n") and out.count("\n") == 1
    return json.loads(out)


# --- sign callback


def test_sign_callback_from_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("sign", "callback", f"order_id={ORDER_ID}", "status=AUTHORIZED", "--secret", KEY)
    assert run(capsys, *argv) == (0, SUCCESS + "\n", "")


def test_pair_values_are_literal(capsys: pytest.CaptureFixture[str]) -> None:
    pairs = [f"{k}={v}" for k, v in FAILURE_FIELDS.items()]
    assert run(capsys, "sign", "callback", *pairs, "--secret", KEY)[1] == FAILURE + "\n"


def test_sign_callback_from_a_query_string(capsys: pytest.CaptureFixture[str]) -> None:
    query = urlencode(FAILURE_FIELDS)  # spaces become "+", decoded before signing
    assert run(capsys, "sign", "callback", query, "--secret", KEY)[1] == FAILURE + "\n"


@pytest.mark.parametrize(
    "data",
    [
        urlencode(FAILURE_FIELDS).encode() + b"\n",
        json.dumps(FAILURE_FIELDS).encode(),
        b"  " + json.dumps(FAILURE_FIELDS, ensure_ascii=False).encode() + b"\n",
    ],
)
def test_sign_callback_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    stdin(monkeypatch, data)
    monkeypatch.setenv(_cli.CALLBACK_SECRET_ENV, KEY)
    assert run(capsys, "sign", "callback") == (0, FAILURE + "\n", "")


# --- verify callback


def test_verify_callback_from_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    pairs = [f"{k}={v}" for k, v in FAILURE_FIELDS.items()]
    status, out, err = run(
        capsys, "verify", "callback", *pairs, f"signature={FAILURE}", "--secret", KEY
    )
    assert (status, err) == (0, "")
    assert one_json_line(out) == {
        "valid": True,
        "order_id": ORDER_ID,
        "status": "FAILED",
        "error_code": "USER_AUTHENTICATION_FAILED",
        "error_message": "Consumer Authentication required",
        "fields": FAILURE_FIELDS,
    }


@pytest.mark.parametrize(
    "argument",
    [
        f"order_id={ORDER_ID}&status=AUTHORIZED&signature={SUCCESS.lower()}",
        f"?order_id={ORDER_ID}&status=AUTHORIZED&signature={SUCCESS}",
        f"https://shop.example/return?order_id={ORDER_ID}&status=AUTHORIZED&signature={SUCCESS}",
        f"https://shop.example/r?order_id={ORDER_ID}&status=AUTHORIZED&signature={SUCCESS}#top",
    ],
)
def test_verify_callback_from_a_query_or_url(
    capsys: pytest.CaptureFixture[str], argument: str
) -> None:
    status, out, _ = run(capsys, "verify", "callback", argument, "--secret", KEY)
    assert status == 0
    assert one_json_line(out)["status"] == "AUTHORIZED"


def test_verify_callback_from_a_form_body_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, urlencode({**FAILURE_FIELDS, "signature": FAILURE}).encode())
    monkeypatch.setenv(_cli.CALLBACK_SECRET_ENV, KEY)
    status, out, _ = run(capsys, "verify", "callback")
    assert status == 0
    assert one_json_line(out)["error_message"] == "Consumer Authentication required"


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        ([f"order_id={ORDER_ID}", "status=FAILED", f"signature={SUCCESS}"], "does not match"),
        ([f"order_id={ORDER_ID}", "status=AUTHORIZED"], "no signature"),
        ([f"order_id={ORDER_ID}", "status=AUTHORIZED", "signature=abc"], "not 64 hex"),
        ([f"order_id={ORDER_ID}&status=AUTHORIZED&status=FAILED"], "twice"),
    ],
)
def test_an_invalid_callback_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    status, out, err = run(capsys, "verify", "callback", *argv, "--secret", KEY)
    assert (status, out) == (1, "")
    assert err.startswith("plural: invalid callback: ") and err.count("\n") == 1
    assert reason in err


def test_a_bad_key_cannot_verify(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("verify", "callback", f"order_id={ORDER_ID}", f"signature={SUCCESS}")
    status, _, err = run(capsys, *argv, "--secret", "xyz")
    assert status == 1 and "not hex" in err


# --- usage errors


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["sign", "callback", "status=AUTHORIZED"], "no secret"),
        (["verify", "callback", "status=AUTHORIZED"], "no secret"),
        (
            ["sign", "webhook", "--id", MSG_ID, "--timestamp", TIMESTAMP, "--body", "{}"],
            "no secret",
        ),
        (["sign", "callback", "--secret", KEY], "no callback fields"),
        (["sign", "callback", "status=AUTHORIZED", "--secret", "abc"], "not hex"),
        (["sign", "callback", "status=AUTHORIZED", "oops", "--secret", KEY], "NAME=VALUE"),
        (["sign", "callback", "a=1", "a=2", "--secret", KEY], "twice"),
        (["sign", "webhook", "--id", "m", "--timestamp", "now", "--secret", "s"], "Unix time"),
        (["sign", "webhook", "--id", "m", "--timestamp", "1", "--secret", "s"], "no webhook body"),
        (["sign", "webhook", "--id", "m", "--timestamp", "1", "--secret", "whsec_!"], "base64"),
    ],
)
def test_bad_usage_exits_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    if "whsec_!" in argv:
        argv = [*argv, "--body", "{}"]
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("plural: error: ") and reason in err


@pytest.mark.parametrize(
    "argv", [[], ["sign"], ["verify", "webhook"], ["sign", "cheque"], ["verify", "--bogus"]]
)
def test_argparse_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2 and "usage: plural" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "verify", "callback", "--help")
    assert status == 0 and "NAME=VALUE" in out and "PLURAL_SECRET_KEY" in out


@pytest.mark.parametrize(
    "data", [b'{"order_id": 1}', b"{not json", b'["order_id"]', b"order_id=\xff"]
)
def test_unusable_stdin_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    stdin(monkeypatch, data)
    status, _, err = run(capsys, "sign", "callback", "--secret", KEY)
    assert status == 2 and err.startswith("plural: error: ")


# --- webhooks


def webhook_argv(*extra: str, signature: str | None = None) -> list[str]:
    if signature is None:
        signature = _sign_webhook(EVENT)
    return [
        "verify",
        "webhook",
        "--id",
        MSG_ID,
        "--timestamp",
        TIMESTAMP,
        "--signature",
        signature,
        "--secret",
        WEBHOOK_SECRET,
        *extra,
    ]


def _sign_webhook(body: bytes) -> str:
    from plural_ext._webhooks import sign_webhook

    return sign_webhook(WEBHOOK_SECRET, MSG_ID, int(TIMESTAMP), body)


def test_sign_webhook_gives_the_notes_vector(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("sign", "webhook", "--id", MSG_ID, "--timestamp", TIMESTAMP)
    body = '{"payload":"payload"}'
    expected = "v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ=\n"
    assert run(capsys, *argv, "--body", body, "--secret", WEBHOOK_SECRET) == (0, expected, "")


def test_sign_webhook_reads_the_body_and_secret_from_stdin_and_env(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, b'{"payload":"payload"}')
    monkeypatch.setenv(_cli.WEBHOOK_SECRET_ENV, WEBHOOK_SECRET)
    status, out, _ = run(capsys, "sign", "webhook", "--id", MSG_ID, "--timestamp", TIMESTAMP)
    assert (status, out) == (0, "v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ=\n")


def test_verify_webhook(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, *webhook_argv("--body", EVENT.decode(), "--now", TIMESTAMP))
    assert (status, err) == (0, "")
    assert one_json_line(out) == {
        "valid": True,
        "event_id": MSG_ID,
        "event_type": "ORDER_PROCESSED",
        "timestamp": "2024-10-10T06:50:28+00:00",
        "data": EVENT_DATA,
    }


def test_verify_webhook_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, EVENT)
    assert run(capsys, *webhook_argv("--now", TIMESTAMP))[0] == 0


def test_a_tampered_webhook_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    body = EVENT.replace(b"PROCESSED", b"FAILED")
    status, out, err = run(capsys, *webhook_argv("--body", body.decode(), "--now", TIMESTAMP))
    assert (status, out) == (1, "")
    assert err.startswith("plural: invalid webhook: ") and "does not match" in err
    assert "newline" not in err


def test_a_trailing_newline_gets_a_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, EVENT + b"\n")  # what `echo '...' |` sends
    status, _, err = run(capsys, *webhook_argv("--now", TIMESTAMP))
    assert status == 1 and "matches without the trailing newline" in err
    assert err.count("\n") == 1


def test_an_old_webhook_exits_1_unless_checked_as_of_then(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, *webhook_argv("--body", EVENT.decode()))
    assert status == 1 and "old" in err
    assert run(capsys, *webhook_argv("--body", EVENT.decode(), "--tolerance", "9" * 12))[0] == 0


def test_a_genuine_webhook_that_is_no_event_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    # The notes' vector: signed with the secret, but its body is no Plural event.
    body = '{"payload":"payload"}'
    argv = webhook_argv("--body", body, "--now", TIMESTAMP, signature=_sign_webhook(body.encode()))
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    assert one_json_line(out) == {
        "valid": True,
        "event_id": MSG_ID,
        "event_type": None,
        "timestamp": "2024-10-10T06:50:28+00:00",
        "data": None,
        "unreadable": "the webhook body has no event_type",
    }


def test_a_trailing_newline_hint_also_for_a_body_that_is_no_event(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    body = b"not json"
    stdin(monkeypatch, body + b"\n")
    status, _, err = run(capsys, *webhook_argv("--now", TIMESTAMP, signature=_sign_webhook(body)))
    assert status == 1 and "matches without the trailing newline" in err


def test_data_with_a_lone_surrogate_prints_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    # JSON may escape a lone surrogate; printed as text it would fail to encode.
    body = '{"event_type": "X", "data": {"note": "\\ud800 \u20b9"}}'
    argv = webhook_argv("--body", body, "--now", TIMESTAMP, signature=_sign_webhook(body.encode()))
    status, out, _ = run(capsys, *argv)
    assert status == 0 and "\\ud800" in out
    assert one_json_line(out)["data"] == {"note": "\ud800 \u20b9"}


def test_a_body_argument_that_is_not_utf8_is_signed_as_its_bytes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Python hands a non-UTF-8 argument over with surrogateescape: b"\xff" is "\udcff".
    argv = ("sign", "webhook", "--id", MSG_ID, "--timestamp", TIMESTAMP, "--body", "\udcff")
    status, out, _ = run(capsys, *argv, "--secret", WEBHOOK_SECRET)
    assert (status, out) == (0, _sign_webhook(b"\xff") + "\n")


WEBHOOK_BAD_INPUTS = [
    # (the option changed, its value, exit status of verify, of sign, what the message says)
    pytest.param("--timestamp", "9" * 5000, 1, 2, "Unix time", id="timestamp-5000-digits"),
    pytest.param("--timestamp", "1_728_543_028", 1, 2, "Unix time", id="timestamp-underscores"),
    pytest.param("--timestamp", " 1728543028", 1, 2, "Unix time", id="timestamp-space"),
    pytest.param("--timestamp", "\udcff", 1, 2, "Unix time", id="timestamp-not-utf8"),
    pytest.param("--id", "msg_\udcff", 1, 2, "lone surrogate", id="id-not-utf8"),
    pytest.param("--secret", "abc\udcff", 1, 2, "lone surrogate", id="secret-not-utf8"),
    pytest.param("--secret", "whsec_!", 1, 2, "not base64", id="secret-not-base64"),
    pytest.param("--secret", "whsec_\u00e9", 1, 2, "not base64", id="secret-whsec-non-ascii"),
    pytest.param("--body", "\ud800", 2, 2, "--body holds a lone surrogate", id="body-surrogate"),
]


@pytest.mark.parametrize(("option", "value", "verify", "sign", "reason"), WEBHOOK_BAD_INPUTS)
def test_bad_webhook_input_never_a_traceback(
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    verify: int,
    sign: int,
    reason: str,
) -> None:
    argv = webhook_argv("--body", EVENT.decode(), "--now", TIMESTAMP)
    argv[argv.index(option) + 1] = value
    status, out, err = run(capsys, *argv)
    assert (status, out) == (verify, "")
    assert reason in err and err.count("\n") == 1
    signing = ["sign", "webhook", "--id", MSG_ID, "--timestamp", TIMESTAMP, "--body", "{}"]
    signing += ["--secret", WEBHOOK_SECRET]
    signing[signing.index(option) + 1] = value
    status, out, err = run(capsys, *signing)
    assert (status, out) == (sign, "")
    assert err.startswith("plural: error: ") and reason in err


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--now", "nan"),
        ("--now", "inf"),
        ("--now", "-inf"),
        ("--now", "1e400"),  # inf once read
        ("--now", "yesterday"),
        ("--tolerance", "-1"),
        ("--tolerance", "nan"),
        ("--tolerance", "9" * 5000),
    ],
)
def test_a_bad_now_or_tolerance_is_bad_usage(
    capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    status, out, err = run(capsys, *webhook_argv("--body", EVENT.decode(), f"{option}={value}"))
    assert (status, out) == (2, "")
    assert f"argument {option}: invalid" in err and "Traceback" not in err


class Unreadable(io.StringIO):
    """Standard input that fails as a directory does (bash's `< /tmp` opens it fine)."""

    @property
    def buffer(self) -> Any:
        raise IsADirectoryError(21, "Is a directory")


@pytest.mark.parametrize("target", ["webhook", "callback"])
def test_unreadable_stdin_is_bad_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    monkeypatch.setenv(_cli.WEBHOOK_SECRET_ENV, WEBHOOK_SECRET)
    monkeypatch.setenv(_cli.CALLBACK_SECRET_ENV, KEY)
    argv = ["--id", MSG_ID, "--timestamp", TIMESTAMP] if target == "webhook" else []
    closed = io.TextIOWrapper(io.BytesIO(b"x"))
    closed.close()
    for broken in (Unreadable(), closed):
        monkeypatch.setattr(sys, "stdin", broken)
        status, out, err = run(capsys, "sign", target, *argv)
        assert (status, out) == (2, "")
        assert err.startswith("plural: error: cannot read standard input")


def test_deeply_nested_json_on_stdin_is_bad_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    status, _, err = run(capsys, "verify", "callback", "--secret", KEY)
    assert status == 2 and "not JSON" in err


@pytest.mark.parametrize(
    "field", ["order_id=\udcff", "\udcff=1", f"order_id={ORDER_ID}&status=%ED%A0%80"]
)
def test_callback_fields_that_are_not_text_never_a_traceback(
    capsys: pytest.CaptureFixture[str], field: str
) -> None:
    status, _, err = run(capsys, "sign", "callback", field, "--secret", KEY)
    assert status == 2 and err.startswith("plural: error: ")
    status, _, err = run(
        capsys, "verify", "callback", field, f"signature={SUCCESS}", "--secret", KEY
    )
    assert status == 1 and err.startswith("plural: invalid callback: ")


# Any text an argument can hold: what the OS hands Python (UTF-8, the bytes that are not
# as surrogateescape's U+DC80..U+DCFF) and, in-process, any str at all.
any_text = st.text(st.characters(exclude_categories=()), max_size=24)
option_values = st.one_of(
    any_text,
    st.integers(-(10**13), 10**13).map(str),
    st.sampled_from(
        ["", "nan", "inf", "-1", "1e400", "9" * 5000, TIMESTAMP, MSG_ID, WEBHOOK_SECRET, "whsec_"]
    ),
    st.sampled_from([_sign_webhook(EVENT), EVENT.decode(), '{"payload":"payload"}']),
)
webhook_options = st.fixed_dictionaries(
    {name: option_values for name in ("--id", "--timestamp", "--signature", "--secret", "--body")},
    optional={"--now": option_values, "--tolerance": option_values},
)
callback_fields = st.lists(
    st.one_of(
        any_text,
        st.tuples(any_text, any_text).map("=".join),
        st.sampled_from([f"order_id={ORDER_ID}", "status=AUTHORIZED", f"signature={SUCCESS}"]),
    ),
    max_size=4,
)
FUZZ = settings(
    max_examples=300,
    deadline=None,
    # The autouse fixture only empties the environment and stdin, the same for every example.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def run_quietly(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(argv)  # an exception here is the traceback a user would see
    return status, out.getvalue(), err.getvalue()


@FUZZ
@given(st.sampled_from(["sign", "verify"]), webhook_options)
def test_no_webhook_input_makes_a_traceback(command: str, options: dict[str, str]) -> None:
    if command == "sign":
        options = {
            k: v for k, v in options.items() if k not in ("--signature", "--now", "--tolerance")
        }
    status, out, err = run_quietly([command, "webhook", *(f"{k}={v}" for k, v in options.items())])
    assert status in (0, 1, 2)
    assert (out == "") == (status != 0) and (err == "") == (status == 0)
    secret = options.get("--secret", "")
    if len(secret) >= 8 and all(secret not in v for k, v in options.items() if k != "--secret"):
        assert secret not in out + err


@FUZZ
@given(st.sampled_from(["sign", "verify"]), callback_fields, st.one_of(st.just(KEY), option_values))
def test_no_callback_input_makes_a_traceback(command: str, fields: list[str], key: str) -> None:
    status, out, err = run_quietly([command, "callback", *fields, f"--secret={key}"])
    assert status in (0, 1, 2)
    assert (out == "") == (status != 0) and (err == "") == (status == 0)


# --- secrets never printed

PLANTED_KEY = "5ec7e75ec7e75ec7e7c0ffee5ec7e75ec7e7c0ffee"
PLANTED_WHSEC = "whsec_cGxhbnRlZC13ZWJob29rLXNlY3JldA=="


def test_no_secret_in_any_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs: list[str] = []
    fields = [f"order_id={ORDER_ID}", "status=AUTHORIZED"]
    for argv in (
        ["sign", "callback", *fields, "--secret", PLANTED_KEY],
        ["verify", "callback", *fields, f"signature={SUCCESS}", "--secret", PLANTED_KEY],
        ["verify", "callback", *fields, "signature=x", "--secret", PLANTED_KEY],
        ["verify", "callback", *fields, f"signature={SUCCESS}", "--secret", PLANTED_KEY + "0"],
        ["sign", "callback", *fields, PLANTED_KEY, "--secret", PLANTED_KEY],
        ["verify", "callback", *fields, "--secret", PLANTED_KEY + "z"],
    ):
        outputs += run(capsys, *argv)[1:]
    with monkeypatch.context() as env:
        env.setenv(_cli.WEBHOOK_SECRET_ENV, PLANTED_WHSEC)
        for argv in (
            webhook_argv("--body", EVENT.decode()),
            webhook_argv("--body", "{}", "--now", TIMESTAMP),
            webhook_argv("--body", EVENT.decode(), signature="v1,AAAA"),
        ):
            argv.remove("--secret")
            argv.remove(WEBHOOK_SECRET)
            outputs += run(capsys, *argv)[1:]
    signature = outputs[0].strip()  # the one thing that should print: a signature
    for text in outputs[1:]:
        assert PLANTED_KEY[:16] not in text
        assert PLANTED_WHSEC[6:22] not in text and "planted" not in text
        assert signature not in text


# --- extension


def test_a_command_is_one_more_entry(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def add_parser(subparsers: _cli.Subparsers) -> None:
        hello = subparsers.add_parser("hello")
        hello.set_defaults(func=lambda args: 7)

    monkeypatch.setattr(_cli, "COMMANDS", (*_cli.COMMANDS, add_parser))
    assert run(capsys, "hello")[0] == 7
    assert run(capsys, "sign", "callback", "a=b", "--secret", KEY)[0] == 0


# --- the real thing


def test_runs_as_a_module_in_a_subprocess() -> None:
    root = Path(__file__).resolve().parents[1]
    path = [str(root), str(root / "generated"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, path))}
    env[_cli.CALLBACK_SECRET_ENV] = KEY
    body = urlencode({**FAILURE_FIELDS, "signature": FAILURE}).encode()
    ok = subprocess.run(
        [sys.executable, "-m", "plural_ext._cli", "verify", "callback"],
        input=body,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (ok.returncode, ok.stderr) == (0, b"")
    assert json.loads(ok.stdout)["status"] == "FAILED"
    bad = subprocess.run(
        [sys.executable, "-m", "plural_ext._cli", "verify", "callback"],
        input=body.replace(b"FAILED", b"AUTHORIZED"),
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (bad.returncode, bad.stdout) == (1, b"")
    assert b"does not match" in bad.stderr
