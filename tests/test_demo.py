"""The main job: `plural demo` walks the whole seamless card checkout on the sandbox."""

from __future__ import annotations

import functools
import io
import re
from typing import Literal

import pytest

from plural_ext import _demo
from plural_ext._checkout import EXPECTED_STEPS, FlowOptions
from plural_ext._cli import main
from plural_ext._demo import run
from plural_ext.sandbox import (
    CARD_DECLINE,
    CARD_SUCCESS,
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_WEBHOOK_SECRET,
)


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
        "approve",
        "get_order",
        "capture_order",
        "get_order",
    ]
    # Every step of the demo's flows of plural_ext._checkout, in order, each with its status.
    walked = [tuple(line.split()[:2]) for line in lines[2:-2]]
    assert walked == [step for name in _demo.DEMO_FLOWS for step in EXPECTED_STEPS[name]]
    assert "cancel_order" in steps and "create_refund" in steps
    # A hosted checkout and a payment link, each paid on its page by the customer.
    assert re.search(r"generate_checkout_link\s+redirect_url", out.getvalue())
    assert re.search(r"get_payment_link\s+PROCESSED", out.getvalue())
    assert re.search(r"get_order\s+PROCESSED", out.getvalue())
    assert re.search(r"cancel_order\s+CANCELLED", out.getvalue())
    # A refund is an order of its own: its row names the order it refunds.
    refunded = re.search(
        r"create_refund\s+PROCESSED\s+refund order_id=(\S+) of (\S+)", out.getvalue()
    )
    assert refunded and refunded[1] != refunded[2]
    assert re.search(rf"get_order\s+PARTIALLY_REFUNDED\s+order_id={refunded[2]}", out.getvalue())
    assert re.search(r"get_order\s+PARTIALLY_REFUNDED", out.getvalue())
    assert re.search(r"get_order\s+FULLY_REFUNDED", out.getvalue())
    assert out.getvalue().count("signature ok") == len(_demo.DEMO_FLOWS)
    assert re.search(r"webhooks\s+\d+ received, all signatures verified", out.getvalue())
    assert re.match(r"checkout complete: 5 flows in \d+ ms$", lines[-1])
    # One readable line per step, each with its elapsed time.
    assert all(re.search(r"\d+\.\d ms$", line) for line in lines[1:-2])
    # Nothing secret is printed: not the card, the CVV, the secrets nor a signature.
    for secret in (
        CARD_SUCCESS,
        "cvv",
        DEFAULT_CLIENT_SECRET,
        DEFAULT_CALLBACK_SECRET_KEY,
        DEFAULT_WEBHOOK_SECRET,
        "signature=",
    ):
        assert secret not in out.getvalue()


@pytest.mark.parametrize("callback_method", ["POST", "GET"])
def test_the_merchant_server_receives_the_callbacks_as_the_sandbox_sends_them(
    monkeypatch: pytest.MonkeyPatch, callback_method: Literal["POST", "GET"]
) -> None:
    """By default the browser POSTs the callback form (Plural's way); GET follows a 303."""
    merchants: list[_demo.Merchant] = []

    class SeenMerchant(_demo.Merchant):
        def __init__(self, secret_key: str, webhook_secret: str) -> None:
            super().__init__(secret_key, webhook_secret)
            merchants.append(self)

    monkeypatch.setattr(_demo, "Merchant", SeenMerchant)
    out = io.StringIO()

    assert run(out, callback_method=callback_method) == 0, out.getvalue()

    [merchant] = merchants
    assert merchant.callback_methods == [callback_method] * 5
    assert [(c.status, c.error_code) for c in merchant.callbacks] == [
        ("AUTHORIZED", None),
        ("AUTHORIZED", None),
        ("PROCESSED", None),
        ("PROCESSED", None),
        ("PROCESSED", None),
    ]
    assert out.getvalue().count(f"{callback_method} signature ok") == 5
    assert merchant.refused == []


def test_the_token_line_shows_the_expiry_time_the_sandbox_sent() -> None:
    out = io.StringIO()

    assert run(out) == 0

    token_line = out.getvalue().splitlines()[1]
    assert re.match(
        r"generate_token\s+ok\s+expires_at=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\s", token_line
    ), token_line


def _failed_at_approve() -> tuple[str, str]:
    """Run the demo expecting it to stop at the first approve: (its output, the FAILED line)."""
    out = io.StringIO()

    assert run(out) == 1

    lines = out.getvalue().splitlines()
    printed = [line.split()[0] for line in lines[1:-1]]
    assert printed == ["generate_token", "create_order", "create_payment"]
    assert lines[-1].startswith("FAILED approve: ")
    return out.getvalue(), lines[-1]


def test_demo_fails_when_the_merchant_refuses_the_callback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The merchant server holds another key: the browser's redirect is refused, exit 1."""

    class WrongKeyMerchant(_demo.Merchant):
        def __init__(self, secret_key: str, webhook_secret: str) -> None:
            super().__init__(b"another-key".hex(), webhook_secret)

    monkeypatch.setattr(_demo, "Merchant", WrongKeyMerchant)

    _, failed = _failed_at_approve()

    assert failed.startswith("FAILED approve: the callback_url answered 400 (refused: callback:")
    assert "signature" in failed and "signature=" not in failed


def test_demo_fails_at_the_first_step_that_ends_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A declined card: the approve step does not end AUTHORIZED, and nothing runs after it."""
    declined = functools.partial(FlowOptions, card_number=CARD_DECLINE)
    monkeypatch.setattr(_demo, "FlowOptions", declined)

    output, failed = _failed_at_approve()

    assert re.fullmatch(r"FAILED approve: \w+, expected AUTHORIZED", failed), failed
    assert CARD_DECLINE not in output


def test_demo_is_a_plural_subcommand(capsys: object) -> None:
    assert main(["demo"]) == 0
