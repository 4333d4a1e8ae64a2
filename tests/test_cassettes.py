"""The recorded cassettes: they replay through the SDK, and they hold no secret.

- every cassette of ``cassettes/sandbox`` (and ``cassettes/uat``) is replayed, with vcrpy in
  record mode "none", through ``Plural`` and ``AsyncPlural`` running the very flows that
  recorded it (``scripts/record_cassettes.py``), against the placeholder host: nothing
  reaches a network;
- every cassette of ``cassettes/guide`` is replayed through the generated typed client, and
  gives back the guide's documented response (less what was scrubbed);
- every file under ``cassettes/`` is scanned for secrets, by structure (JSON bodies, forms,
  HTML form inputs, URL queries, headers) and as text;
- a flow recorded here with planted secrets comes out clean, and the same flow recorded
  without the hooks is caught by the scan, so the scan is known to see what it looks for.
"""

from __future__ import annotations

import asyncio
import importlib
import re
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
import yaml

from plural_client import AuthenticatedClient, Client
from plural_client.models import Order, OrderStatus
from plural_client.types import MASK
from plural_ext import AsyncPlural, InvalidRequestError, NotFoundError, Plural, testing
from plural_ext.sandbox import (
    CARD_SUCCESS_MASTERCARD,
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_WEBHOOK_SECRET,
    Sandbox,
    SandboxConfig,
    serve,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_sample_cassettes as samples  # noqa: E402
import record_cassettes as recorder  # noqa: E402

CASSETTES = ROOT / "cassettes"
FLOW_CASSETTES = sorted(
    [*(CASSETTES / "sandbox").glob("*.yaml"), *(CASSETTES / "uat").glob("*.yaml")]
)
GUIDE_CALLS = list(samples.documented_calls())

GUIDE_CLIENT_SECRET = "fgwei7egyhuggwp39w8rh"
GUIDE_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"
    "IiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
REPLAY_SECRET = "replay-client-secret"


# --- the scan: the testing kit's (plural_ext.testing.find_secrets) ----------------------

# The sandbox's own secrets the kit looks for always; these are the tests' own.
KNOWN_SECRETS = {
    GUIDE_CLIENT_SECRET: "the guide's client_secret",
    GUIDE_JWT: "the guide's JWT",
    GUIDE_JWT.split(".")[1]: "the guide's JWT payload",
    GUIDE_JWT.split(".")[2]: "the guide's JWT signature",
    REPLAY_SECRET: "the replay tests' client_secret",
}
# The before-stop hook's own patterns, line by line, as it greps.
HOOK_PATTERNS = [
    re.compile(r"Bearer [A-Za-z0-9._-]{8,}"),
    re.compile(r'"cvv" *: *"[0-9]{3,4}"'),
    re.compile(r'client_secret" *: *"[^"*<]{4,}'),
    re.compile(r"\b4[0-9]{15}\b"),
]


def find_secrets(path: Path, literals: dict[str, str] | None = None) -> list[str]:
    """The kit's scan with the tests' known secrets, and the hook's greps line by line."""
    problems = testing.find_secrets(path, {**KNOWN_SECRETS, **(literals or {})})
    for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1):
        for pattern in HOOK_PATTERNS:
            if pattern.search(line):
                problems.append(f"{path}:{number}: matches {pattern.pattern!r}")
    return problems


def every_file() -> list[Path]:
    return sorted(path for path in CASSETTES.rglob("*") if path.is_file())


def test_there_are_cassettes() -> None:
    names = {path.stem for path in (CASSETTES / "sandbox").glob("*.yaml")}
    assert names == set(recorder.FLOWS)
    guide = {path.stem for path in (CASSETTES / "guide").glob("*.yaml")}
    assert guide == {call.operation_id for call in GUIDE_CALLS}
    assert guide >= {
        "generate_token",
        "create_order",
        "create_payment",
        "capture_order",
        "cancel_order",
    }


@pytest.mark.parametrize("path", every_file(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_secret_in_cassettes(path: Path) -> None:
    assert find_secrets(path) == []


@pytest.mark.parametrize(
    "planted",
    [
        pytest.param('{"client_secret": "abcd1234"}', id="client_secret"),
        pytest.param('{"data": {"access_token": "tok"}}', id="access_token"),
        pytest.param('{"payments": [{"cvv": "272"}]}', id="cvv"),
        pytest.param('{"card_number": "4111111111111111"}', id="card_number"),
        pytest.param('{"card_number": "411111*1111111"}', id="card_number-partial"),
        pytest.param('{"notes": "card 5555 5555 5555 4444"}', id="card-spaced-in-text"),
        pytest.param('{"rrn": "1", "notes": "4000-0000-0000-0002"}', id="card-dashed"),
        pytest.param('{"acquirer_reference": "x", "notes": "378282246310005"}', id="amex"),
        pytest.param("https://m.example/cb?order_id=v1&signature=0a1b2c3d", id="signature-query"),
        pytest.param("order_id=v1&signature=0a1b2c3d", id="signature-form"),
        pytest.param(
            '<input type="hidden" name="signature" value="0A1B2C3D">', id="signature-html-form"
        ),
        pytest.param("Bearer abc.def", id="bearer"),
        pytest.param("bearer  x", id="bearer-short"),
        pytest.param("<dd>4111 1111 1111 1111</dd>", id="html"),
        pytest.param(f"x{DEFAULT_CLIENT_SECRET}x", id="sandbox-secret"),
        pytest.param(DEFAULT_CALLBACK_SECRET_KEY, id="callback-key"),
        pytest.param(DEFAULT_WEBHOOK_SECRET, id="webhook-secret"),
        pytest.param(GUIDE_CLIENT_SECRET, id="guide-secret"),
        pytest.param(GUIDE_JWT.split(".")[2], id="guide-jwt-signature"),
        pytest.param("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", id="any-jwt"),
    ],
)
@pytest.mark.parametrize("where", ["body", "header", "uri"])
def test_the_scan_finds_planted_secrets(tmp_path: Path, planted: str, where: str) -> None:
    request: dict[str, Any] = {"method": "POST", "uri": "http://sandbox.local/api", "body": ""}
    request["headers"] = {"accept": ["*/*"]}
    if where == "body":
        request["body"] = planted
    elif where == "header":
        request["headers"]["x-anything"] = [planted]
    else:
        request["uri"] = "http://sandbox.local/api?q=" + planted
    cassette = {"interactions": [{"request": request, "response": {}}], "version": 1}
    path = tmp_path / "planted.yaml"
    # Wide lines folded as yaml.dump folds them: the structured walk must see through that.
    path.write_text(yaml.safe_dump(cassette, width=20), "utf-8")
    assert find_secrets(path), planted
    other = tmp_path / "notes.txt"
    other.write_text(planted, "utf-8")
    assert find_secrets(other), planted


@pytest.mark.parametrize(
    "clean",
    [
        '{"card_number": "411111******1111", "cvv": "***", "client_secret": "***"}',
        '{"acquirer_data": {"rrn": "420145000226", "acquirer_reference": "202456643801053"}}',
        '{"order_id": "v1-4405071524-aa-qlAtAf", "mobile_number": "9876543210"}',
        "https://m.example/cb?order_id=v1-1&status=AUTHORIZED&signature=***",
        "https://m.example/cb?signature=%2A%2A%2A",
        '<input type="hidden" name="signature" value="***">',
        '<input type="hidden" name="order_id" value="v1-4405071524-aa-qlAtAf">',
        "Bearer ***",
        '{"created_at": "2024-07-15T05:44:51.174Z", "token_txn_type": "ALT_TOKEN"}',
    ],
)
def test_the_scan_passes_scrubbed_values(tmp_path: Path, clean: str) -> None:
    cassette = {"interactions": [{"request": {"body": clean}, "response": {}}], "version": 1}
    path = tmp_path / "clean.yaml"
    path.write_text(yaml.safe_dump(cassette), "utf-8")
    assert find_secrets(path) == []


# --- replay of the sandbox flows ---------------------------------------------------------


def _check_flow(path: Path, result: recorder.FlowResult) -> None:
    name = path.stem
    for order in result.orders.values():
        assert isinstance(order, Order)
        assert isinstance(order.status, OrderStatus) and order.status.is_known
    if path.parent.name == "sandbox":
        assert result.steps == recorder.EXPECTED_STEPS[name]
        if result.callback is not None:
            # What the customer's browser brought back; its signature was masked.
            assert result.callback["signature"] == MASK
            assert result.callback["order_id"] == result.orders["get_order"].order_id
    if name == "errors":
        not_found, wrong_state = result.errors
        assert isinstance(not_found, NotFoundError) and not_found.status_code == 404
        assert isinstance(wrong_state, InvalidRequestError) and wrong_state.status_code == 400
        assert wrong_state.code == "INVALID_REQUEST"
    else:
        assert result.errors == []


@pytest.mark.parametrize("path", FLOW_CASSETTES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_replay_flow_sync(path: Path) -> None:
    with recorder.use_cassette(path, "none") as cassette:
        options = recorder.FlowOptions(run=cassette.get_metadata("run", None))
        client_id = cassette.get_metadata("client_id", None)
        with Plural(
            client_id,
            REPLAY_SECRET,
            base_url=recorder.PLACEHOLDER_BASE_URL,
            clock=recorder.replay_clock(),
        ) as plural:
            flow = recorder.FLOWS[path.stem](options)
            result = recorder.run_sync(flow, plural, recorder.replay_approver(cassette))
        assert cassette.all_played
    _check_flow(path, result)


@pytest.mark.parametrize("path", FLOW_CASSETTES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_replay_flow_async(path: Path) -> None:
    async def replay() -> recorder.FlowResult:
        with recorder.use_cassette(path, "none") as cassette:
            options = recorder.FlowOptions(run=cassette.get_metadata("run", None))
            client_id = cassette.get_metadata("client_id", None)
            async with AsyncPlural(
                client_id,
                REPLAY_SECRET,
                base_url=recorder.PLACEHOLDER_BASE_URL,
                clock=recorder.replay_clock(),
            ) as plural:
                flow = recorder.FLOWS[path.stem](options)
                result = await recorder.run_async(flow, plural, recorder.replay_approver(cassette))
            assert cassette.all_played
        return result

    _check_flow(path, asyncio.run(replay()))


def test_replay_refuses_a_changed_flow() -> None:
    """A flow that sends another body than was recorded is not answered from the cassette."""
    path = CASSETTES / "sandbox" / "checkout_pre_auth_capture.yaml"
    with recorder.use_cassette(path, "none") as cassette:
        client_id = cassette.get_metadata("client_id", None)
        with Plural(
            client_id,
            REPLAY_SECRET,
            base_url=recorder.PLACEHOLDER_BASE_URL,
            clock=recorder.replay_clock(),
        ) as plural:
            flow = recorder.FLOWS[path.stem](recorder.FlowOptions(run="another-run"))
            with pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException):
                recorder.run_sync(flow, plural, recorder.replay_approver(cassette))


# --- replay of the guide's samples -------------------------------------------------------


def _endpoint(operation_id: str) -> Any:
    for tag in ("auth", "orders", "payments", "refunds"):
        try:
            return importlib.import_module(f"plural_client.api.{tag}.{operation_id}")
        except ModuleNotFoundError:
            continue
    raise LookupError(operation_id)


def _differences(left: Any, right: Any, path: str = "") -> Iterator[str]:
    if isinstance(left, dict) and isinstance(right, dict):
        for key in left.keys() | right.keys():
            yield from _differences(left.get(key), right.get(key), f"{path}/{key}")
    elif isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            yield from _differences(a, b, f"{path}[{index}]")
    elif left != right:
        yield path


@pytest.mark.parametrize("call", GUIDE_CALLS, ids=lambda call: call.operation_id)
def test_replay_guide_sample(call: samples.DocumentedCall, guide_examples: dict[str, Any]) -> None:
    endpoint = _endpoint(call.operation_id)
    base_url = call.url.split("/api/")[0]
    client: Client | AuthenticatedClient = (
        AuthenticatedClient(base_url=base_url, token=GUIDE_JWT)
        if call.secured
        else Client(base_url=base_url)
    )
    kwargs: dict[str, Any] = {}
    if call.request_example is not None:
        body_type = typing.get_type_hints(endpoint.sync)["body"]
        kwargs["body"] = body_type.from_dict(guide_examples[call.request_example])
    args = (call.order_id,) if call.order_id else ()
    path = CASSETTES / "guide" / f"{call.operation_id}.yaml"
    with recorder.use_cassette(path, "none") as cassette:
        assert cassette.get_metadata("response_example", None) == call.response_example
        result = endpoint.sync(*args, client=client, **kwargs)
        assert cassette.all_played
    documented = guide_examples[call.response_example]
    assert result.to_dict() == recorder.Scrubber().json(documented)
    # ...and differs from the guide's response only where a secret or a long number was masked.
    changed = {path.rpartition("/")[2] for path in _differences(result.to_dict(), documented)}
    assert changed <= {"access_token", "challenge_url", "acquirer_reference", "rrn"}


# --- the recorder's scrubbing, on a recording made here -----------------------------------

PLANTED = {
    "client_secret": "planted-client-secret-7Hq2",
    "callback_secret_key": b"planted-callback-key".hex(),
    "webhook_secret": "planted-webhook-secret-Zr4",
}
PLANTED_CVV = "9876"


def test_recorder_scrubs_planted_secrets(tmp_path: Path) -> None:
    options = recorder.FlowOptions(
        run="planted", card_number=CARD_SUCCESS_MASTERCARD, cvv=PLANTED_CVV
    )
    path, result, scrubber = recorder.record_sandbox_flow(
        "checkout_pre_auth_capture", tmp_path, options=options, **PLANTED
    )
    assert result.steps == recorder.EXPECTED_STEPS["checkout_pre_auth_capture"]
    text = path.read_text("utf-8")
    # The hooks saw the live secrets (the access token, the card, the secrets)...
    assert PLANTED["client_secret"] in scrubber.masked
    assert CARD_SUCCESS_MASTERCARD in scrubber.masked
    assert len(scrubber.masked) > len(PLANTED) + 1  # the access token too
    # ...and none of them reached the file, nor anything else the scan looks for.
    assert not [secret for secret in scrubber.masked if secret in text]
    literals = {value: f"planted {name}" for name, value in PLANTED.items()}
    literals[CARD_SUCCESS_MASTERCARD] = "the planted card"
    assert find_secrets(path, literals) == []
    assert "555555******4444" in text
    assert "127.0.0.1" not in text and str(tmp_path) not in text
    # The recording replays like the committed ones.
    with (
        recorder.use_cassette(path, "none") as cassette,
        Plural(
            "sandbox-client-id",
            "x",
            base_url=recorder.PLACEHOLDER_BASE_URL,
            clock=recorder.replay_clock(),
        ) as plural,
    ):
        flow = recorder.FLOWS["checkout_pre_auth_capture"](options)
        replayed = recorder.run_sync(flow, plural, recorder.replay_approver(cassette))
    assert replayed.steps == result.steps


def test_the_scan_catches_an_unscrubbed_recording(tmp_path: Path) -> None:
    """The same flow recorded by a plain vcrpy: every kind of secret the scan knows shows up."""
    config = SandboxConfig(**PLANTED)  # type: ignore[arg-type]
    path = tmp_path / "raw.yaml"
    options = recorder.FlowOptions(run="raw", cvv=PLANTED_CVV)
    with (
        Sandbox(config) as sandbox,
        serve(sandbox) as server,
        vcr.VCR(record_mode="all").use_cassette(str(path)),
        Plural(config.client_id, config.client_secret, base_url=server.base_url) as plural,
    ):
        flow = recorder.FLOWS["checkout_pre_auth_capture"](options)
        recorder.run_sync(flow, plural, recorder.HttpApprover())
    problems = "\n".join(find_secrets(path, {PLANTED["client_secret"]: "planted client_secret"}))
    for kind in (
        "planted client_secret",
        "client_secret is not masked",
        "access_token is not masked",
        "cvv is not masked",
        "card_number shows more than",
        "signature is not masked",
        "Bearer credential",
        "a card number",
    ):
        assert kind in problems, kind
