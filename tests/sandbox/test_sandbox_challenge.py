"""The challenge page over real HTTP: approve or decline, then back to the merchant, signed.

By default the customer's browser POSTs the signed fields to the callback URL (a page with
a form that submits itself, as Plural's plugins receive it); with ``callback_method="GET"``
it is sent there by a 303, the fields in the query. Every test of both runs in both modes.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from sandbox_helpers import Api, Clock, checked_client, data

from plural_ext import Plural
from plural_ext._checkout import Callback, read_callback
from plural_ext._exceptions import SignatureError
from plural_ext._signatures import verify_callback
from plural_ext.sandbox import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    SandboxConfig,
)
from plural_ext.sandbox.pytest_plugin import RunningSandbox


@pytest.fixture(params=["POST", "GET"])
def callback_method(request: pytest.FixtureRequest) -> str:
    method: str = request.param
    return method


@pytest.fixture
def plural_sandbox_config(clock: Clock, callback_method: str) -> SandboxConfig:
    return SandboxConfig(now=clock, webhook_backoff=0.01, callback_method=callback_method)  # type: ignore[arg-type]


@pytest.fixture
def http_api(plural_sandbox: RunningSandbox) -> Iterator[Api]:
    with checked_client(None, plural_sandbox.base_url) as client:
        yield Api(client, plural_sandbox.sandbox).login()


def _pending(api: Api, card: str = CARD_SUCCESS, **order: Any) -> dict[str, Any]:
    created = data(api.create_order(**order))
    return data(api.pay(created["order_id"], card, value=created["order_amount"]["value"]))


def _callback(api: Api, pending: dict[str, Any], action: str) -> Callback:
    return read_callback(api.answer(pending, action))


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def test_page_shows_the_order_and_two_buttons(
    http_api: Api, plural_sandbox: RunningSandbox
) -> None:
    pending = _pending(http_api, value=123456)
    assert pending["challenge_url"].startswith(plural_sandbox.base_url + "/sandbox/challenge/")
    page = http_api.client.get(pending["challenge_url"])
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert pending["order_id"] in page.text
    assert "INR 1,234.56" in page.text
    assert 'id="approve"' in page.text and 'id="decline"' in page.text
    assert 'method="post"' in page.text
    assert CARD_SUCCESS not in page.text and "1111" in page.text


@pytest.mark.parametrize(
    ("card", "action", "target", "status", "error_code"),
    [
        (CARD_SUCCESS, "approve", "https://merchant.test/return", "AUTHORIZED", None),
        (CARD_SUCCESS, "decline", "https://merchant.test/failed", "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_DECLINE, "approve", "https://merchant.test/failed", "ATTEMPTED", "PAYMENT_DECLINED"),
        (
            CARD_AUTHENTICATION_FAILURE,
            "approve",
            "https://merchant.test/failed",
            "FAILED",
            "USER_AUTHENTICATION_FAILED",
        ),
    ],
)
def test_answer_goes_back_with_signed_fields(
    http_api: Api,
    callback_method: str,
    card: str,
    action: str,
    target: str,
    status: str,
    error_code: str | None,
) -> None:
    pending = _pending(http_api, card)
    callback = _callback(http_api, pending, action)
    assert callback.method == callback_method
    assert _without_query(callback.url) == target
    result = verify_callback(callback.fields, http_api.sandbox.config.callback_secret_key)
    assert result.order_id == pending["order_id"]
    assert result.status == status
    assert result.error_code == error_code
    expected = {"order_id", "status"} | ({"error_code", "error_message"} if error_code else set())
    assert set(result.fields) == expected
    assert http_api.get(pending["order_id"])["status"] == status


@pytest.mark.parametrize("callback_method", ["POST"])
def test_default_is_a_self_submitting_post_form(http_api: Api) -> None:
    assert SandboxConfig().callback_method == "POST"
    pending = _pending(http_api)
    page = http_api.answer(pending, "approve")
    assert page.status_code == 200
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    # The page holds the signed fields: neither cached nor framed by another site.
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["X-Frame-Options"] == "DENY"
    assert "Location" not in page.headers
    form = _Form.read(page.text)
    assert form.attributes["method"] == "post"
    assert form.attributes["action"] == "https://merchant.test/return"
    assert [name for name, _ in form.hidden] == ["order_id", "status", "signature"]
    # A script submits it; where scripts do not run, a visible button does.
    assert 'document.getElementById("callback").submit()' in form.script
    assert form.attributes["id"] == "callback"
    assert form.buttons == [{"type": "submit", "id": "continue"}]


@pytest.mark.parametrize("callback_method", ["POST"])
def test_the_form_body_a_browser_posts_verifies_as_bytes_str_and_mapping(http_api: Api) -> None:
    key = http_api.sandbox.config.callback_secret_key
    callback = _callback(http_api, _pending(http_api, CARD_AUTHENTICATION_FAILURE), "approve")
    body = callback.request().content  # spaces as "+", as browsers encode a form
    assert b"+" in body
    as_bytes = verify_callback(body, key)
    assert as_bytes == verify_callback(body.decode("ascii"), key)
    assert as_bytes == verify_callback(dict(parse_qsl(body.decode("ascii"))), key)
    assert as_bytes.error_message and " " in as_bytes.error_message


@pytest.mark.parametrize("callback_method", ["GET"])
def test_get_option_is_a_303_with_the_fields_in_the_query(
    http_api: Api, plural_sandbox: RunningSandbox
) -> None:
    pending = _pending(http_api)
    response = http_api.answer(pending, "approve")
    assert response.status_code == 303
    location = urlsplit(response.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == "https://merchant.test/return"
    result = verify_callback(location.query, plural_sandbox.config.callback_secret_key)
    assert result.order_id == pending["order_id"]


def test_signature_does_not_verify_with_another_key_or_changed_fields(http_api: Api) -> None:
    fields = _callback(http_api, _pending(http_api), "approve").fields
    with pytest.raises(SignatureError):
        verify_callback(fields, "00" * 16)
    with pytest.raises(SignatureError):
        verify_callback(
            {**fields, "status": "PROCESSED"}, http_api.sandbox.config.callback_secret_key
        )


def test_failure_falls_back_to_callback_url(http_api: Api) -> None:
    pending = _pending(http_api, CARD_DECLINE, failure_callback_url="")
    assert _without_query(_callback(http_api, pending, "approve").url) == (
        "https://merchant.test/return"
    )


def test_callback_url_query_is_kept(http_api: Api, callback_method: str) -> None:
    pending = _pending(http_api, callback_url="https://merchant.test/return?cart=42")
    callback = _callback(http_api, pending, "approve")
    if callback_method == "POST":
        # The merchant's query stays on the URL; the signed fields are the body, alone.
        assert callback.url == "https://merchant.test/return?cart=42"
        assert set(callback.fields) == {"order_id", "status", "signature"}
    else:
        assert urlsplit(callback.url).query.startswith("cart=42&")


@pytest.mark.parametrize("callback_method", ["POST"])
def test_form_escapes_what_it_shows(http_api: Api) -> None:
    url = "https://merchant.test/return?next=\"><script>alert('x')</script>&a=1"
    page = http_api.answer(_pending(http_api, callback_url=url), "approve")
    assert "<script>alert" not in page.text
    assert "&quot;&gt;&lt;script&gt;" in page.text
    # A browser reads back exactly the URL the merchant gave.
    assert _Form.read(page.text).attributes["action"] == url


@pytest.mark.parametrize(
    "url", ["", "javascript:alert(document.domain)", "/relative/return", "http://[::1"]
)
def test_without_an_http_callback_url_a_result_page_is_shown(http_api: Api, url: str) -> None:
    pending = _pending(http_api, callback_url=url, failure_callback_url="")
    page = http_api.answer(pending, "approve")
    assert page.status_code == 200
    assert "Location" not in page.headers
    assert "<form" not in page.text and "<script" not in page.text
    assert "Payment successful" in page.text
    assert pending["order_id"] in page.text and "signature" in page.text


def test_second_answer_is_409(http_api: Api) -> None:
    pending = _pending(http_api)
    _callback(http_api, pending, "approve")
    again = http_api.answer(pending, "decline")
    assert again.status_code == 409
    assert again.headers["Content-Type"].startswith("text/html")
    assert http_api.client.get(pending["challenge_url"]).status_code == 409
    assert http_api.get(pending["order_id"])["status"] == "AUTHORIZED"


def test_bad_answers(http_api: Api, plural_sandbox: RunningSandbox) -> None:
    pending = _pending(http_api)
    assert http_api.answer(pending, "maybe").status_code == 400
    assert http_api.client.put(pending["challenge_url"]).status_code == 405
    unknown = plural_sandbox.base_url + "/sandbox/challenge/not-a-token"
    assert http_api.client.get(unknown).status_code == 404
    assert http_api.get(pending["order_id"])["status"] == "PENDING"


def test_browser_needs_no_token(http_api: Api, callback_method: str) -> None:
    pending = _pending(http_api)
    with httpx.Client(trust_env=False, follow_redirects=False) as browser:
        assert browser.get(pending["challenge_url"]).status_code == 200
        answer = browser.post(pending["challenge_url"], data={"action": "approve"})
        assert read_callback(answer).method == callback_method


def test_config_refuses_another_callback_method() -> None:
    with pytest.raises(ValueError, match="callback_method"):
        SandboxConfig(callback_method="PUT")  # type: ignore[arg-type]


# -- end to end: the merchant's own server receives the callback and verifies it -----------


@dataclass
class _Received:
    method: str
    path: str
    query: str
    content_type: str
    body: bytes


@dataclass
class _Merchant:
    url: str
    received: list[_Received] = field(default_factory=list)


@contextlib.contextmanager
def _merchant_server() -> Iterator[_Merchant]:
    """The merchant's return URL on 127.0.0.1: keeps each request whole, answers 200."""
    lock = threading.Lock()
    merchant = _Merchant("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._keep(b"")

        def do_POST(self) -> None:
            self._keep(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

        def _keep(self, body: bytes) -> None:
            path, _, query = self.path.partition("?")
            with lock:
                merchant.received.append(
                    _Received(self.command, path, query, self.headers.get("Content-Type", ""), body)
                )
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    merchant.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield merchant
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("card", [CARD_SUCCESS, CARD_AUTHENTICATION_FAILURE])
def test_merchant_server_receives_and_verifies_the_callback(
    http_api: Api, plural_sandbox: RunningSandbox, callback_method: str, card: str
) -> None:
    key = plural_sandbox.config.callback_secret_key
    with _merchant_server() as merchant:
        pending = _pending(
            http_api,
            card,
            callback_url=f"{merchant.url}/return?cart=42",
            failure_callback_url=f"{merchant.url}/failed",
        )
        with httpx.Client(trust_env=False) as browser:
            callback = read_callback(
                browser.post(pending["challenge_url"], data={"action": "approve"})
            )
            assert browser.send(callback.request()).status_code == 200
    [received] = merchant.received
    assert received.method == callback_method
    assert received.path == ("/return" if card == CARD_SUCCESS else "/failed")
    if callback_method == "POST":
        assert received.content_type == "application/x-www-form-urlencoded"
        assert received.query == ("cart=42" if card == CARD_SUCCESS else "")
        signed: bytes | str = received.body
    else:
        assert received.body == b""
        signed = received.query.removeprefix("cart=42&")
    result = verify_callback(signed, key)
    with Plural(
        DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, base_url=plural_sandbox.base_url
    ) as plural:
        assert plural.verify_callback(signed, key) == result
        text = signed.decode("ascii") if isinstance(signed, bytes) else signed
        assert plural.verify_callback(text, key) == result
        assert plural.verify_callback(dict(parse_qsl(text)), key) == result
        with pytest.raises(SignatureError):
            plural.verify_callback(text.replace("order_id=", "order_id=x"), key)
    assert result.order_id == pending["order_id"]
    assert result.status == ("AUTHORIZED" if card == CARD_SUCCESS else "FAILED")


# -- reading the page as a browser does ----------------------------------------------------


class _Form(HTMLParser):
    """The callback page's form: its attributes, hidden inputs, buttons and the script."""

    def __init__(self) -> None:
        super().__init__()
        self.attributes: dict[str, str] = {}
        self.hidden: list[tuple[str, str]] = []
        self.buttons: list[dict[str, str]] = []
        self.script = ""
        self._in_script = False

    @classmethod
    def read(cls, page: str) -> _Form:
        form = cls()
        form.feed(page)
        form.close()
        return form

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.attributes = attributes
        elif tag == "input" and attributes.get("type") == "hidden":
            self.hidden.append((attributes["name"], attributes["value"]))
        elif tag == "button":
            self.buttons.append(attributes)
        self._in_script = tag == "script"

    def handle_data(self, text: str) -> None:
        if self._in_script:
            self.script += text

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False
