"""Planted secrets never reach a log record, an exception or a repr.

The client secret, the access token, a card number, its CVV and a callback secret key
are planted; calls succeed, fail with error bodies that echo the request, are retried
and are refused by validation, with the ``plural`` logger at DEBUG. None of the secrets
may show up anywhere a developer or a log shipper would see it. The card number may
appear masked (``411111******1111``) and no more.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from answers import order_answer, payment, token_answer

from plural_client.api.orders import get_order
from plural_client.api.payments import create_payment
from plural_client.models import CreatePaymentRequest
from plural_ext import (
    AsyncPlural,
    ClientCredentialsAuth,
    Plural,
    PluralError,
    RequestValidationError,
    SignatureError,
    callback_signature,
)

CLIENT_SECRET = "cs-PLANTED-7f3a"
TOKEN = "tok-PLANTED-91bc"
CARD = "4111111111111111"
CVV = "737"
CALLBACK_KEY = "5EC12E7C0FFEE5EC12E7C0FFEE5EC12E"
MASKED_CARD = "411111******1111"
TOKEN_PATH = "/api/auth/v1/token"
ORDER = order_answer(status="PENDING", payments=[payment()])  # as create_payment answers

PLAIN_SECRETS = [CLIENT_SECRET, TOKEN, CARD, CALLBACK_KEY, CALLBACK_KEY.lower()]
# "737" alone could turn up inside any UUID or byte count; next to its name it is a leak.
CVV_NEAR_NAME = re.compile(r"cvv\W{0,12}" + CVV, re.IGNORECASE)
# Card digits however spaced or dashed.
CARD_SPACED = re.compile(r"4\D{0,2}1\D{0,2}1\D{0,2}1\D{0,2}" + r"\D{0,2}".join("111111111111"))


@pytest.fixture(autouse=True)
def _no_blocked_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_DISABLE_PLUGINS", raising=False)


def leaks(text: str) -> list[str]:
    found = [secret for secret in PLAIN_SECRETS if secret in text]
    if CVV_NEAR_NAME.search(text):
        found.append("cvv")
    if CARD_SPACED.search(text):
        found.append("card (spaced)")
    return found


def record_texts(records: list[logging.LogRecord]) -> Iterator[str]:
    for record in records:
        yield record.getMessage()
        yield str(record.msg)
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        for arg in args or ():
            yield str(arg)
            yield repr(arg)
        if record.exc_info and record.exc_info[1] is not None:
            yield from exception_texts(record.exc_info[1])
        if record.exc_text:
            yield record.exc_text


def exception_texts(error: BaseException) -> Iterator[str]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield from (str(arg) for arg in current.args)
        for name in ("message", "code", "field", "rule"):
            value = getattr(current, name, None)
            if value is not None:
                yield str(value)
        current = current.__cause__ or current.__context__


def assert_no_leaks(caplog: pytest.LogCaptureFixture, *errors: BaseException) -> None:
    texts = list(record_texts(caplog.records))
    texts.append(caplog.text)
    for error in errors:
        texts.extend(exception_texts(error))
    problems = [(secret, text) for text in texts for secret in leaks(text)]
    assert problems == [], problems[:3]


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="plural")
    return caplog


def echo_json(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """An error that quotes the request back, as some gateways' validators do."""

    def reply(request: httpx.Request) -> httpx.Response:
        body = request.content.decode()
        return httpx.Response(
            status,
            json={
                "code": "INVALID_REQUEST",
                "message": f"Request body is invalid: {body}",
                "additional_error_details": {"source": "gateway", "reason": body},
            },
        )

    return reply


def echo_text(status: int) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            content=b"<html><body>Bad request: " + request.content + b"</body></html>",
            headers={"Content-Type": "text/html"},
        )

    return reply


def echo_fields(status: int) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status,
            json={
                "code": "CARD_DECLINED",
                "message": f"card_number={CARD} cvv={CVV} was declined",
            },
        )

    return reply


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ORDER)


class Server:
    def __init__(
        self,
        *script: Callable[[httpx.Request], httpx.Response],
        token: Callable[[httpx.Request], httpx.Response] | None = None,
    ) -> None:
        self.script = list(script) or [ok]
        self.token = token
        self.api: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            if self.token is not None:
                return self.token(request)
            return httpx.Response(200, json=token_answer(TOKEN))
        self.api.append(request)
        return self.script[min(len(self.api), len(self.script)) - 1](request)


def payment_body(guide_examples: dict[str, Any], **card: str) -> CreatePaymentRequest:
    body = copy.deepcopy(guide_examples["CreatePaymentRequest"])
    details = body["payments"][0]["payment_option"]["card_details"]
    details.update({"card_number": CARD, "cvv": CVV, **card})
    return CreatePaymentRequest.from_dict(body)


def pay_sync(server: Server, body: CreatePaymentRequest, **kwargs: Any) -> Any:
    kwargs.setdefault("entry_points", False)
    kwargs.setdefault("backoff", 0.001)
    with Plural("client-id", CLIENT_SECRET, transport=httpx.MockTransport(server), **kwargs) as p:
        return create_payment.sync(client=p.client, order_id="v1-abc", body=body)


def pay_async(server: Server, body: CreatePaymentRequest, **kwargs: Any) -> Any:
    kwargs.setdefault("entry_points", False)
    kwargs.setdefault("backoff", 0.001)

    async def main() -> Any:
        async with AsyncPlural(
            "client-id", CLIENT_SECRET, transport=httpx.MockTransport(server), **kwargs
        ) as p:
            return await create_payment.asyncio(client=p.client, order_id="v1-abc", body=body)

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def pay(request: pytest.FixtureRequest) -> Callable[..., Any]:
    return pay_sync if request.param == "sync" else pay_async


# --- the test of the test: the checks do see a planted secret ----------------------------------


def test_leak_detector_sees_each_secret() -> None:
    for text in [
        f"secret {CLIENT_SECRET}",
        f"Bearer {TOKEN}",
        f"card {CARD}",
        "card 4111 1111 1111 1111",
        f'{{"cvv": "{CVV}"}}',
        f"key={CALLBACK_KEY}",
    ]:
        assert leaks(text), text
    assert leaks(f"card {MASKED_CARD}, Request-ID 1f737aa0-...") == []


# --- calls ------------------------------------------------------------------------------------


def test_successful_payment_logs_no_secret(
    pay: Callable[..., Any], logs: pytest.LogCaptureFixture, guide_examples: dict[str, Any]
) -> None:
    server = Server()

    pay(server, payment_body(guide_examples))

    sent = json.loads(server.api[0].content)
    assert sent["payments"][0]["payment_option"]["card_details"]["card_number"] == CARD
    assert server.api[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert any(r.levelno == logging.DEBUG for r in logs.records)  # bodies were logged
    assert MASKED_CARD in logs.text  # masked, and no more
    assert_no_leaks(logs)


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(echo_json(400), id="json-400"),
        pytest.param(echo_json(422), id="json-422"),
        pytest.param(echo_json(500), id="json-500"),
        pytest.param(echo_text(400), id="html-400"),
        pytest.param(echo_fields(402), id="fields-402"),
        pytest.param(echo_fields(400), id="fields-400"),
    ],
)
def test_error_echoing_the_request_leaks_nothing(
    pay: Callable[..., Any],
    logs: pytest.LogCaptureFixture,
    guide_examples: dict[str, Any],
    reply: Callable[[httpx.Request], httpx.Response],
) -> None:
    server = Server(reply)

    with pytest.raises(PluralError) as caught:
        pay(server, payment_body(guide_examples), max_attempts=2)

    assert server.api  # it was sent, and answered
    assert_no_leaks(logs, caught.value)


def test_retried_payment_leaks_nothing(
    pay: Callable[..., Any], logs: pytest.LogCaptureFixture, guide_examples: dict[str, Any]
) -> None:
    server = Server(echo_json(503), echo_json(503), ok)

    pay(server, payment_body(guide_examples))

    assert len(server.api) == 3
    assert any("attempt=3" in r.getMessage() for r in logs.records)
    assert_no_leaks(logs)


def test_dropped_connection_leaks_nothing(
    pay: Callable[..., Any], logs: pytest.LogCaptureFixture, guide_examples: dict[str, Any]
) -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(f"connection reset while sending {len(request.content)} bytes")

    server = Server(drop)

    with pytest.raises(PluralError) as caught:
        pay(server, payment_body(guide_examples), max_attempts=2)

    assert_no_leaks(logs, caught.value)


@pytest.mark.parametrize(
    "card",
    [
        pytest.param({"expiry_month": "13"}, id="bad-month"),
        pytest.param({"cvv": "73"}, id="bad-cvv"),
        pytest.param({"card_number": "4111 1111 1111 1111"}, id="spaced-card"),
        pytest.param({"card_number": CARD + "1234"}, id="20-digit-card"),
    ],
)
def test_validation_failure_leaks_nothing(
    pay: Callable[..., Any],
    logs: pytest.LogCaptureFixture,
    guide_examples: dict[str, Any],
    card: dict[str, str],
) -> None:
    server = Server()

    with pytest.raises(RequestValidationError) as caught:
        pay(server, payment_body(guide_examples, **card))

    assert server.api == []
    assert_no_leaks(logs, caught.value)
    assert "73" not in str(caught.value).replace("card_details", "")  # not even a bad cvv


@pytest.mark.parametrize("status", [400, 401, 500])
def test_token_error_echoing_the_secret_leaks_nothing(
    logs: pytest.LogCaptureFixture, status: int
) -> None:
    server = Server(token=echo_json(status))

    with (
        Plural(
            "client-id",
            CLIENT_SECRET,
            transport=httpx.MockTransport(server),
            max_attempts=1,
            entry_points=False,
        ) as p,
        pytest.raises(PluralError) as caught,
    ):
        get_order.sync(client=p.client, order_id="v1-abc")

    assert server.api == []
    assert_no_leaks(logs, caught.value)


def test_refreshed_tokens_are_not_logged(logs: pytest.LogCaptureFixture) -> None:
    issued = iter([TOKEN, TOKEN + "-2"])
    api_auth: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, json=token_answer(next(issued)))
        api_auth.append(request.headers["Authorization"])
        if request.headers["Authorization"] == f"Bearer {TOKEN}":
            return httpx.Response(
                401, json={"code": "UNAUTHORIZED", "message": "token revoked", "token": TOKEN}
            )
        return httpx.Response(200, json=ORDER)

    with Plural(
        "client-id", CLIENT_SECRET, transport=httpx.MockTransport(handler), entry_points=False
    ) as p:
        get_order.sync(client=p.client, order_id="v1-abc")

    assert api_auth == [f"Bearer {TOKEN}", f"Bearer {TOKEN}-2"]
    assert_no_leaks(logs)


# --- callbacks ---------------------------------------------------------------------------------


def test_callback_failures_leak_no_key(logs: pytest.LogCaptureFixture) -> None:
    plural = Plural("client-id", CLIENT_SECRET, entry_points=False)
    fields = {"order_id": "v1-abc", "status": "AUTHORIZED"}
    good = {**fields, "signature": callback_signature(fields, CALLBACK_KEY)}
    errors: list[BaseException] = []

    for params, key in [
        ({**good, "status": "FAILED"}, CALLBACK_KEY),
        ({**fields, "signature": "0" * 64}, CALLBACK_KEY),
        (fields, CALLBACK_KEY),
        (good, CALLBACK_KEY + "Z"),
        (good, CALLBACK_KEY[:-1]),
    ]:
        with pytest.raises(SignatureError) as caught:
            plural.verify_callback(params, key)
        errors.append(caught.value)

    assert plural.verify_callback(good, CALLBACK_KEY).status == "AUTHORIZED"
    assert_no_leaks(logs, *errors)


# --- reprs -------------------------------------------------------------------------------------


def test_reprs_hold_no_secret(guide_examples: dict[str, Any]) -> None:
    server = Server()
    with Plural(
        "client-id", CLIENT_SECRET, transport=httpx.MockTransport(server), entry_points=False
    ) as plural:
        create_payment.sync(
            client=plural.client, order_id="v1-abc", body=payment_body(guide_examples)
        )
        auth = plural.http.auth
        assert isinstance(auth, ClientCredentialsAuth)
        assert auth.token_cache.get() == TOKEN  # a token is held...
        texts = [
            repr(plural),
            str(plural),
            repr(plural.settings),
            str(plural.settings),
            repr(auth),
            repr(auth.token_cache),
            repr(plural.client),
        ]
    aplural = AsyncPlural("client-id", CLIENT_SECRET, entry_points=False)
    texts += [repr(aplural), repr(aplural.settings), repr(aplural.http.auth)]

    problems = [(secret, text) for text in texts for secret in leaks(text)]
    assert problems == []  # ...and shown nowhere
    assert "client-id" in repr(plural)


def test_the_new_families_card_data_and_encrypted_cards_stay_out_of_reprs() -> None:
    from plural_client.models import CardLookupItem, CardTokenPaymentOption

    lookup = CardLookupItem.from_dict(
        {"payment_identifier": "4111111111111111", "payment_reference_type": "CARD"}
    )
    encrypted = CardTokenPaymentOption.from_dict(
        {"encrypted_card_details": "eyJhbGciOiJSU0E.secret"}
    )

    assert "4111111111111111" not in repr(lookup) and "411111******1111" in repr(lookup)
    assert "eyJhbGciOiJSU0E" not in repr(encrypted)
