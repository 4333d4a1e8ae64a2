"""Planted secrets never reach a log record, an exception or a repr.

The client secret, the access token, a card number, its CVV and a callback secret key
are planted; calls succeed, fail with error bodies that echo the request, are retried
and are refused by validation, with the ``plural`` logger at DEBUG. None of the secrets
may show up anywhere a developer or a log shipper would see it. The card number may
appear masked (``411111******1111``) and no more.

An error is searched as a tracker (Sentry) or a queue would see it: its message, args and
attributes, its pickle, every error of its ``__cause__``/``__context__`` chain, and the
locals of the library's frames in their tracebacks (dicts and lists walked item by item,
anything else by its repr, as Sentry serializes them).
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import pickle
import re
import traceback
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from answers import order_answer, payment, token_answer

import plural_client
import plural_ext
from plural_client.api.auth import generate_token
from plural_client.api.orders import get_order
from plural_client.api.payments import create_payment
from plural_client.models import CreatePaymentRequest, OrderResponse, TokenRequest, TokenResponse
from plural_ext import (
    APIError,
    AsyncPlural,
    ClientCredentialsAuth,
    InvalidResponseError,
    Plural,
    PluralError,
    RequestValidationError,
    SignatureError,
    TransportError,
    callback_signature,
    hookimpl,
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


def shown(value: object, depth: int = 0) -> Iterator[str]:
    """What an error tracker shows of a value: mappings and sequences item by item, text as
    it is, anything else by its repr (Sentry's serializer, to its depth)."""
    if depth > 10:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key)
            yield from shown(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from shown(item, depth + 1)
    elif isinstance(value, bytes | bytearray):
        yield bytes(value).decode("latin-1")
    elif isinstance(value, str):
        yield value
    else:
        yield repr(value)


def chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and every error it was raised from or while handling, as attributes read."""
    seen: set[int] = set()
    waiting: list[BaseException | None] = [error]
    while waiting:
        current = waiting.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        waiting += [current.__cause__, current.__context__]


def exception_texts(error: BaseException) -> Iterator[str]:
    for current in chain(error):
        yield str(current)
        yield repr(current)
        yield from shown(current.args)
        yield from shown(vars(current))
        if isinstance(current, PluralError):
            yield pickle.dumps(current).decode("latin-1")


LIBRARY = tuple(str(Path(package.__file__).parent) for package in (plural_ext, plural_client))


def library_frame_texts(error: BaseException) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for the locals of each frame of plural_ext and plural_client in the
    tracebacks of ``error``'s chain: what a tracker capturing locals would send."""
    for current in chain(error):
        for frame, _ in traceback.walk_tb(current.__traceback__):
            if frame.f_code.co_filename.startswith(LIBRARY):
                where = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
                for name, value in frame.f_locals.items():
                    yield from ((f"{where} {name}", text) for text in shown(value))


def assert_no_leaks_in_frames(error: BaseException) -> None:
    problems = [
        (where, secret) for where, text in library_frame_texts(error) for secret in leaks(text)
    ]
    assert problems == [], problems[:5]


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


# --- errors, as a tracker or a queue sees them ----------------------------------------------------


def run_get(server: Server, mode: str, **kwargs: Any) -> Any:
    """One get_order (no body: what is planted is the secret, the token, and the answers)."""
    kwargs.setdefault("entry_points", False)
    kwargs.setdefault("backoff", 0.001)
    kwargs.setdefault("max_attempts", 2)
    transport = httpx.MockTransport(server)
    if mode == "sync":
        with Plural("client-id", CLIENT_SECRET, transport=transport, **kwargs) as plural:
            return get_order.sync(client=plural.client, order_id="v1-abc")

    async def main() -> Any:
        async with AsyncPlural("client-id", CLIENT_SECRET, transport=transport, **kwargs) as p:
            return await get_order.asyncio(client=p.client, order_id="v1-abc")

    return asyncio.run(main())


def answer(status: int, content: bytes) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=content)


def dropped(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError(f"reset while sending {request.headers['Authorization']}")


ECHOED = f"card {CARD} cvv {CVV} token {TOKEN} client_secret {CLIENT_SECRET}"

# Each a way for a call to fail with a secret at hand: in the answer, in the token, in the
# request's Authorization header.
FAILURES: dict[str, tuple[type[PluralError], Server]] = {
    "answer-echoing-secrets": (
        APIError,
        Server(answer(400, json.dumps({"code": "X", "message": ECHOED}).encode())),
    ),
    "token-refused-echoing-the-secret": (APIError, Server(token=echo_json(401))),
    "connection-dropped": (TransportError, Server(dropped)),
    "truncated-token-answer": (
        InvalidResponseError,
        Server(token=answer(200, f'{{"access_token": "{TOKEN}", "expi'.encode())),
    ),
    "truncated-answer-quoting-a-card": (
        InvalidResponseError,
        Server(answer(200, f'{{"data": {{"card_number": "{CARD}", "cvv": "{CVV}'.encode())),
    ),
    "html-answer-quoting-secrets": (APIError, Server(echo_text(500))),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_call_leaves_no_secret_in_the_error_its_chain_pickle_or_frames(
    mode: str, failure: str, logs: pytest.LogCaptureFixture
) -> None:
    kind, server = FAILURES[failure]

    with pytest.raises(kind) as caught:
        run_get(server, mode)

    assert_no_leaks(logs, caught.value)
    assert_no_leaks_in_frames(caught.value)


def test_the_leak_probes_see_a_planted_secret() -> None:
    # The test of the tests: a secret in an attribute, a context, a pickle or a frame shows.
    def planted() -> None:
        held = {"nested": [f"Bearer {TOKEN}"]}
        try:
            json.loads(f'{{"card_number": "{CARD}"')
        except ValueError as error:
            raise PluralError("no secret in the message") from error  # a chained context
        del held

    with pytest.raises(PluralError) as caught:
        planted()
    caught.value.held = CLIENT_SECRET  # type: ignore[attr-defined]

    texts = list(exception_texts(caught.value))
    assert any(CLIENT_SECRET in text for text in texts)  # its attributes, and its pickle
    assert any(CARD in text for text in texts)  # the JSONDecodeError's doc
    frames = list(library_frame_texts(caught.value))
    assert frames == []  # this test's frames are not the library's...
    probe = [text for frame, _ in traceback.walk_tb(caught.value.__traceback__)
             for text in shown(frame.f_locals)]  # fmt: skip
    assert any(TOKEN in text for text in probe)  # ...but the walk reads nested locals


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_suppressed_parse_error_is_out_of_reach(mode: str) -> None:
    # The generated parser and the token auth raise InvalidResponseError "from None": the
    # JSONDecodeError it replaces holds the whole body (doc), here the token.
    server = Server(token=answer(200, f'{{"access_token": "{TOKEN}", "expi'.encode()))

    with pytest.raises(InvalidResponseError) as caught:
        run_get(server, mode)

    assert caught.value.__context__ is None
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_an_unsuppressed_context_is_kept() -> None:
    # Only what ``raise ... from None`` set aside is hidden; a plain chain is left whole.
    try:
        try:
            raise KeyError("order_id")
        except KeyError:
            raise PluralError("while reading the order") from None
    except PluralError as hidden:
        assert hidden.__context__ is None
    try:
        try:
            raise KeyError("order_id")
        except KeyError:
            raise PluralError("while reading the order")  # noqa: B904
    except PluralError as kept:
        assert isinstance(kept.__context__, KeyError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_transport_error_keeps_which_call_but_not_the_request(
    mode: str, guide_examples: dict[str, Any], logs: pytest.LogCaptureFixture
) -> None:
    sent: list[httpx.Request] = []

    def drop(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return dropped(request)

    with pytest.raises(TransportError) as caught:
        (pay_sync if mode == "sync" else pay_async)(Server(drop), payment_body(guide_examples))

    error = caught.value
    assert vars(error) == {
        "request_id": sent[-1].headers["Request-ID"],
        "method": "POST",
        "path": "/api/pay/v1/orders/v1-abc/payments",
    }
    cause = error.__cause__
    assert isinstance(cause, httpx.ReadError)
    assert cause.__traceback__ is None  # its frames held the headers and the body
    assert cause.__cause__ is None and cause.__context__ is None
    with pytest.raises(RuntimeError):
        cause.request  # noqa: B018  (httpx: "The .request property has not been set.")
    assert "Bearer ***" in str(error)  # the message httpx gave, redacted
    assert_no_leaks(logs, error)


# --- a token that cannot be sent --------------------------------------------------------------------


class FileTokenCache:
    """A token cache as one that reads a file would be: the line end kept."""

    def __init__(self, token: str) -> None:
        self.token = token

    def get(self) -> str | None:
        return self.token

    def put(self, token: str, expires_at: float) -> None:
        self.token = token


UNSENDABLE_TOKENS = [
    pytest.param(TOKEN + "\n", id="newline"),
    pytest.param(TOKEN + "\r\n", id="crlf"),
    pytest.param(TOKEN + "\x00", id="nul"),
    pytest.param(" " + TOKEN, id="leading-space"),
    pytest.param(TOKEN.replace("-", " "), id="inner-space"),
    pytest.param(TOKEN + "é", id="non-ascii"),
]


def with_token_cache(cache: FileTokenCache, mode: str, server: Server) -> Any:
    transport = httpx.MockTransport(server)
    options: dict[str, Any] = {"entry_points": False, "backoff": 0.001}
    if mode == "sync":
        with Plural("client-id", CLIENT_SECRET, transport=transport, **options) as plural:
            assert isinstance(plural.http.auth, ClientCredentialsAuth)
            plural.http.auth.token_cache = cache
            return get_order.sync(client=plural.client, order_id="v1-abc")

    async def main() -> Any:
        async with AsyncPlural("client-id", CLIENT_SECRET, transport=transport, **options) as p:
            assert isinstance(p.http.auth, ClientCredentialsAuth)
            p.http.auth.token_cache = cache
            return await get_order.asyncio(client=p.client, order_id="v1-abc")

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("token", UNSENDABLE_TOKENS)
def test_a_cached_token_that_cannot_be_sent_is_refused_before_sending(
    mode: str, token: str, logs: pytest.LogCaptureFixture
) -> None:
    server = Server()

    with pytest.raises(RequestValidationError) as caught:
        with_token_cache(FileTokenCache(token), mode, server)

    assert caught.value.field == "Authorization"
    assert "newline" in caught.value.rule  # says what is wrong, never what the token is
    assert server.api == []
    assert_no_leaks(logs, caught.value)
    assert_no_leaks_in_frames(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_token_answer_that_cannot_be_sent_is_refused_and_not_kept(
    mode: str, logs: pytest.LogCaptureFixture
) -> None:
    server = Server(token=answer(200, json.dumps(token_answer(TOKEN + "\n")).encode()))
    cache = FileTokenCache("")
    cache.token = None  # type: ignore[assignment]

    with pytest.raises(InvalidResponseError) as caught:
        with_token_cache(cache, mode, server)

    assert "access_token" in str(caught.value)
    assert cache.token is None  # not kept, so the next call asks for a good one
    assert server.api == []
    assert_no_leaks(logs, caught.value)


class BadAuth(httpx.Auth):
    """A plural_token_auth plugin whose token (from a file) ends with its line end."""

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = f"Bearer {TOKEN}\n"
        yield request


class BadAuthPlugin:
    @hookimpl
    def plural_token_auth(self) -> httpx.Auth:
        return BadAuth()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_plugins_token_that_cannot_be_sent_is_refused_before_sending(
    mode: str, logs: pytest.LogCaptureFixture
) -> None:
    server = Server()

    with pytest.raises(RequestValidationError) as caught:
        run_get(server, mode, plugins=[BadAuthPlugin()])

    assert caught.value.field == "Authorization"
    assert server.api == []
    assert_no_leaks(logs, caught.value)
    assert_no_leaks_in_frames(caught.value)


def over_a_socket(base_url: str, mode: str, **options: Any) -> Any:
    options = {"entry_points": False, "backoff": 0.001, "plugins": [BadAuthPlugin()], **options}
    if mode == "sync":
        with Plural(
            "sandbox-client-id", "sandbox-client-secret", base_url=base_url, **options
        ) as p:
            return get_order.sync(client=p.client, order_id="v1-abc")

    async def main() -> Any:
        async with AsyncPlural(
            "sandbox-client-id", "sandbox-client-secret", base_url=base_url, **options
        ) as p:
            return await get_order.asyncio(client=p.client, order_id="v1-abc")

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_over_a_socket_the_token_reaches_no_warning(
    mode: str, plural_sandbox: Any, logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(RequestValidationError):
        over_a_socket(plural_sandbox.base_url, mode)

    assert not [r for r in logs.records if r.levelno >= logging.WARNING and TOKEN in r.getMessage()]
    assert_no_leaks(logs)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_without_the_headers_check_h11s_refusal_is_redacted(
    mode: str, plural_sandbox: Any, logs: pytest.LogCaptureFixture
) -> None:
    # The headers plugin blocked: h11 refuses the header and quotes it, on every attempt.
    with pytest.raises(TransportError) as caught:
        over_a_socket(plural_sandbox.base_url, mode, disable_plugins=["headers"])

    assert "LocalProtocolError" in str(caught.value)
    assert any("LocalProtocolError" in r.getMessage() for r in logs.records)
    assert_no_leaks(logs, caught.value)
    assert_no_leaks_in_frames(caught.value)


# --- what Plural writes in prose -------------------------------------------------------------------

PROSE = [
    f"card {CARD} with cvv {CVV} was refused",
    f"card {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]} was declined",
    f"token {TOKEN} has expired",
    "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0b2stUExBTlRFRC05MWJjIn0.c2lnbmF0dXJl has expired",
    f"Bearer {TOKEN}",
    f"client_secret {CLIENT_SECRET} is not valid",
    f"password={CLIENT_SECRET}",
    f"the CVV {CVV} does not match",
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("message", PROSE)
def test_a_message_in_prose_is_masked_in_the_error_and_the_logs(
    mode: str, message: str, logs: pytest.LogCaptureFixture
) -> None:
    body = json.dumps({"code": "INVALID_REQUEST", "message": message}).encode()

    with pytest.raises(APIError) as caught:
        run_get(Server(answer(400, body)), mode)

    assert "***" in caught.value.message
    assert caught.value.code == "INVALID_REQUEST"
    assert any(caught.value.message in r.getMessage() for r in logs.records)
    assert_no_leaks(logs, caught.value)


def test_an_ordinary_message_reaches_the_error_as_it_is() -> None:
    message = "order v1-4405071524-aa-qlAtAf of INR 1,100.00 on 2024-07-09 was already captured"
    body = json.dumps({"code": "INVALID_REQUEST", "message": message}).encode()

    with pytest.raises(APIError) as caught:
        run_get(Server(answer(400, body)), "sync")

    assert caught.value.message == message


# --- reprs at any depth ------------------------------------------------------------------------------


def test_model_reprs_mask_secrets_at_any_depth() -> None:
    token = TokenResponse.from_dict(
        {
            "access_token": TOKEN,
            "expires_in": 3600,
            "id_token": TOKEN + "-id",
            "session": {
                "refresh_token": TOKEN + "-refresh",
                "devices": [
                    {"card": {"number": CARD, "cvv": CVV}},
                    {"Client_Secret": CLIENT_SECRET},
                ],
            },
        }
    )
    order = OrderResponse.from_dict(
        {"data": {**ORDER["data"], "risk": {"checks": [{"detail": {"card_number": CARD}}]}}}
    )

    texts = [repr(token), str(token), repr(order)]

    assert [secret for text in texts for secret in leaks(text)] == []
    assert token.additional_properties["session"]["refresh_token"] == TOKEN + "-refresh"
    assert "id_token': '***'" in repr(token)
    assert MASKED_CARD in repr(order) and MASKED_CARD in repr(token)


def token_server() -> httpx.MockTransport:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=token_answer(TOKEN), headers={"Set-Cookie": f"session={TOKEN}"}
        )

    return httpx.MockTransport(reply)


def test_a_detailed_token_response_shows_no_token() -> None:
    body = TokenRequest.from_dict(
        {
            "client_id": "client-id",
            "client_secret": CLIENT_SECRET,
            "grant_type": "client_credentials",
        }
    )
    with Plural("client-id", CLIENT_SECRET, transport=token_server(), entry_points=False) as p:
        response = generate_token.sync_detailed(client=p.client, body=body)
        raw = p.with_raw_response.auth.generate_token(
            client_id="client-id", client_secret=CLIENT_SECRET, grant_type="client_credentials"
        )

    async def main() -> Any:
        async with AsyncPlural(
            "client-id", CLIENT_SECRET, transport=token_server(), entry_points=False
        ) as p:
            return await generate_token.asyncio_detailed(client=p.client, body=body)

    async_response = asyncio.run(main())

    assert isinstance(response.parsed, TokenResponse)
    assert response.parsed.access_token == TOKEN  # held, as it must be...
    assert TOKEN.encode() in response.content
    for shown_text in (repr(response), str(response), repr(raw), repr(async_response)):
        assert leaks(shown_text) == [], shown_text  # ...and shown nowhere
        assert "bytes>" in shown_text  # the body's size, for whoever debugs


# The request's own body (a card, its CVV) is a local of no library frame: the generated
# functions pass _get_kwargs(...) straight on, and a refused request is raised afresh from
# _Guard.check_request, above the frames that parsed the body. httpx's own
# Client.request(json=...) frame is not the library's, and is not searched.
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("card", [{}, {"cvv": "73"}], ids=["refused-by-plural", "refused-here"])
def test_no_library_frame_holds_the_request_body(
    mode: str, card: dict[str, str], guide_examples: dict[str, Any]
) -> None:
    pay = pay_sync if mode == "sync" else pay_async

    with pytest.raises(PluralError) as caught:
        pay(Server(echo_fields(400)), payment_body(guide_examples, **card))

    assert_no_leaks_in_frames(caught.value)
