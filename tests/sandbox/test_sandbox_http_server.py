"""The HTTP server in front of the sandbox: malformed HTTP gets an answer (never a 5xx),
chunked bodies are read, idle connections are closed, the threads stay bounded, and a
failing handler never takes the server down. Requests httpx cannot send go as raw bytes.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from raw_http import address, answers, exchange, only_answer, read_to_end

from plural_ext.sandbox import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxServer,
    serve,
)
from plural_ext.sandbox._cli import add_parser
from plural_ext.sandbox._server import DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS

TOKEN_BODY = json.dumps(
    {
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "grant_type": "client_credentials",
    }
).encode()
# Generous: the machine may be loaded; each bound is far above what the server needs.
DEADLINE = 10.0


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with Sandbox() as sandbox, serve(sandbox, idle_timeout=2.0) as running:
        yield running


def token_request(*, head: bytes = b"", version: bytes = b"HTTP/1.1") -> bytes:
    return (
        b"POST /api/auth/v1/token " + version + b"\r\nHost: sandbox\r\n"
        b"Content-Type: application/json\r\nContent-Length: "
        + str(len(TOKEN_BODY)).encode()
        + b"\r\n"
        + head
        + b"\r\n"
        + TOKEN_BODY
    )


def chunked(body: bytes, size: int = 7) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


def refused(data: bytes, status: int, words: str) -> None:
    answer = only_answer(data)
    assert answer.status == status, answer
    assert answer.headers["connection"] == "close"
    assert words in json.loads(answer.body)["message"]


# --- Malformed requests get an answer ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "status", "words"),
    [
        (
            b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
            400,
            "Content-Length is not a number",
        ),
        (
            b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: -2\r\n\r\n{}",
            400,
            "Content-Length is not a number",
        ),
        (
            b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
            b"Content-Length: 3\r\n\r\n{}",
            400,
            "given twice",
        ),
        (b"GET /api/pay/v1/orders/x HTTP/1.1\r\nHost: [::1\r\n\r\n", 400, "Host"),
        (b"GET /api/pay/v1/orders/x HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "Host"),
        (b"GET /api/pay/v1/orders/x HTTP/1.1\r\n\r\n", 400, "exactly one Host"),
        (b"GET /api/pay/v1/orders/x HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "exactly one"),
        (b"GET /\r\n", 400, "METHOD target HTTP/1.1"),
        (b"GET / HTTP/2.0\r\nHost: x\r\n\r\n", 400, "HTTP/1.1 and HTTP/1.0 only"),
        (b"GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400, "METHOD target"),
        (b"G\x01T / HTTP/1.1\r\nHost: x\r\n\r\n", 400, "not a token"),
        (b"GET /caf\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n", 400, "not printable ASCII"),
        (b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 400, "neither a path nor an http URL"),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 400, "ended inside"),  # TLS hello
        (b"GET / HTTP/1.1", 400, "ended inside its request line"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nNo-Colon\r\n\r\n", 400, "not name: value"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n folded\r\n\r\n", 400, "folded"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\n", 400, "not name: value"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A: 1", 400, "ended inside a header line"),
        (
            b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{}",
            400,
            "the body ended before Content-Length",
        ),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
            b"0\r\n\r\n",
            400,
            "no Content-Length",
        ),
        (b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "HTTP/1.1"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400, "chunked"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 400, "chunked"),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            400,
            "not hexadecimal",
        ),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n",
            400,
            "longer than its size",
        ),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
            400,
            "the body ended",
        ),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", 413, "larger than"),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n",
            413,
            "larger than",
        ),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n",
            413,
            "larger than",
        ),
        (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n", 414, "longer than 8192"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A: " + b"a" * 9000 + b"\r\n\r\n", 431, "longer than"),
        (b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: 1\r\n" * 101 + b"\r\n", 431, "more than 100"),
        (
            b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n"
            b"Content-Length: 2\r\n\r\n{}",
            417,
            "100-continue",
        ),
    ],
)
def test_malformed_http_gets_an_answer_and_the_connection_is_closed(
    server: SandboxServer, raw: bytes, status: int, words: str
) -> None:
    refused(exchange(server, raw), status, words)


def test_a_header_that_is_not_ascii_is_a_400_naming_it(server: SandboxServer) -> None:
    data = exchange(server, token_request(head="X-Name: caf\u00e9\r\n".encode()))
    answer = only_answer(data)
    assert answer.status == 400
    assert json.loads(answer.body)["additional_error_details"]["source"] == "X-Name"


def test_empty_lines_before_a_request_are_skipped_and_none_alone_is_answered(
    server: SandboxServer,
) -> None:
    assert only_answer(exchange(server, b"\r\n\r\n" + token_request())).status == 200
    assert exchange(server, b"\r\n\r\n") == b""  # nothing was asked


# --- Chunked bodies -----------------------------------------------------------------------


def test_a_chunked_body_is_read_as_one_body(server: SandboxServer) -> None:
    raw = (
        b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/json\r\n\r\n" + chunked(TOKEN_BODY)
    )
    answer = only_answer(exchange(server, raw))
    assert answer.status == 200
    assert json.loads(answer.body)["access_token"]


def test_chunk_extensions_and_a_trailer_are_read_and_dropped(server: SandboxServer) -> None:
    body = b"%x;name=value\r\n%s\r\n0\r\nX-Trailer: 1\r\n\r\n" % (len(TOKEN_BODY), TOKEN_BODY)
    raw = (
        b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n" + body
    )
    assert only_answer(exchange(server, raw)).status == 200


def test_the_request_after_a_chunked_one_is_answered_as_the_next(server: SandboxServer) -> None:
    first = (
        b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunked(TOKEN_BODY)
    )
    second = b"GET /api/pay/v1/orders/reference/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    statuses = [answer.status for answer in answers(exchange(server, first + second))]
    assert statuses == [200, 401]


def test_httpx_streaming_a_body_sends_it_chunked_and_it_is_read(server: SandboxServer) -> None:
    def pieces() -> Iterator[bytes]:
        yield TOKEN_BODY[:10]
        yield TOKEN_BODY[10:]

    with httpx.Client(base_url=server.base_url, trust_env=False) as client:
        answer = client.post("/api/auth/v1/token", content=pieces())
    assert answer.request.headers["Transfer-Encoding"] == "chunked"
    assert answer.status_code == 200


# --- What a well-formed exchange gets --------------------------------------------------


def test_keep_alive_pipelining_http10_head_and_100_continue(server: SandboxServer) -> None:
    two = token_request() + token_request(head=b"Connection: close\r\n")
    first, second = answers(exchange(server, two))
    assert (first.status, second.status) == (200, 200)
    assert "connection" not in first.headers and second.headers["connection"] == "close"
    old = only_answer(exchange(server, token_request(version=b"HTTP/1.0")))
    assert old.status == 200 and old.headers["connection"] == "close"
    head = b"HEAD /api/pay/v1/orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    [answer] = answers(exchange(server, head), head=True)
    assert answer.status == 405 and int(answer.headers["content-length"]) > 0
    continued = answers(exchange(server, token_request(head=b"Expect: 100-continue\r\n")))
    assert [answer.status for answer in continued] == [100, 200]


def test_an_absolute_target_is_served_at_the_server_s_own_address(server: SandboxServer) -> None:
    raw = token_request().replace(b"POST /api", b"POST http://evil.example/api", 1)
    assert only_answer(exchange(server, raw)).status == 200


# --- Idle connections and the thread bound ------------------------------------------------


def _threads_of_the_server() -> int:
    """The threads serving connections (socketserver names them after their target)."""
    return sum("process_request_thread" in thread.name for thread in threading.enumerate())


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < deadline, f"not within {DEADLINE} s: {what}"
        time.sleep(0.02)


def test_an_idle_connection_is_closed_after_the_idle_timeout() -> None:
    with (
        Sandbox() as sandbox,
        serve(sandbox, idle_timeout=0.2) as server,
        socket.create_connection(address(server), timeout=DEADLINE) as idle,
    ):
        assert read_to_end(idle) == b""  # closed by the server, nothing said


def test_a_request_left_unfinished_gets_408() -> None:
    with (
        Sandbox() as sandbox,
        serve(sandbox, idle_timeout=0.2) as server,
        socket.create_connection(address(server), timeout=DEADLINE) as stalled,
    ):
        stalled.sendall(b"POST /api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n")
        refused(read_to_end(stalled), 408, "no byte of the request came")


def test_a_client_reconnects_when_its_kept_connection_was_closed() -> None:
    before = _threads_of_the_server()
    with (
        Sandbox() as sandbox,
        serve(sandbox, idle_timeout=0.1) as server,
        httpx.Client(base_url=server.base_url, trust_env=False) as client,
    ):
        assert client.post("/api/auth/v1/token", content=TOKEN_BODY).status_code == 200
        # The server closes the kept connection once idle: its thread ends.
        _wait_until(lambda: _threads_of_the_server() <= before, "the kept connection closed")
        assert client.post("/api/auth/v1/token", content=TOKEN_BODY).status_code == 200


def test_many_idle_connections_hold_at_most_max_connections_threads() -> None:
    before = _threads_of_the_server()
    with Sandbox() as sandbox, serve(sandbox, idle_timeout=0.3, max_connections=4) as server:
        idle = []
        for _ in range(40):
            sock = socket.socket()
            sock.setblocking(False)
            sock.connect_ex(address(server))  # no waiting: most wait in the listen backlog
            idle.append(sock)
        try:
            for _ in range(20):
                assert _threads_of_the_server() - before <= 4
                time.sleep(0.02)
            _wait_until(lambda: all(_closed_by_server(sock) for sock in idle), "all closed")
            _wait_until(lambda: _threads_of_the_server() <= before, "threads ended")
        finally:
            for sock in idle:
                sock.close()
        answer = only_answer(exchange(server, token_request()))
        assert answer.status == 200


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1) == b""
    except BlockingIOError:
        return False  # still open
    except OSError:
        return True  # reset: closed too


def test_a_connection_beyond_the_bound_waits_and_is_served_when_one_closes() -> None:
    with Sandbox() as sandbox, serve(sandbox, max_connections=1) as server:
        holder = socket.create_connection(address(server), timeout=DEADLINE)
        holder.sendall(token_request())  # served: the one thread now waits on this connection
        assert only_answer(holder.recv(65536)).status == 200
        waited: list[bytes] = []
        second = threading.Thread(target=lambda: waited.append(exchange(server, token_request())))
        second.start()
        second.join(timeout=0.3)
        assert second.is_alive() and not waited  # not served while the thread is taken
        holder.close()
        second.join(timeout=DEADLINE)
        assert only_answer(waited[0]).status == 200


def test_close_ends_open_connections_instead_of_waiting_for_them() -> None:
    with Sandbox() as sandbox:
        server = serve(sandbox)  # the default idle timeout: far longer than the bound below
        with socket.create_connection(address(server), timeout=DEADLINE) as idle:
            idle.sendall(token_request())
            idle.recv(65536)
            started = time.monotonic()
            server.close()
            assert time.monotonic() - started < DEFAULT_IDLE_TIMEOUT / 3
            assert read_to_end(idle) == b""
        server.close()  # twice is fine


@pytest.mark.parametrize(
    "limits",
    [
        {"idle_timeout": 0},
        {"idle_timeout": -1},
        {"idle_timeout": float("nan")},
        {"idle_timeout": float("inf")},
        {"max_connections": 0},
    ],
)
def test_serve_refuses_nonsense_limits(limits: dict[str, float]) -> None:
    with Sandbox() as sandbox, pytest.raises(ValueError):
        serve(sandbox, **limits)  # type: ignore[arg-type]


def test_the_cli_takes_the_limits() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="plural")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["sandbox", "--idle-timeout", "2.5", "--max-connections", "8"])
    assert (args.idle_timeout, args.max_connections) == (2.5, 8)
    defaults = parser.parse_args(["sandbox"])
    assert (defaults.idle_timeout, defaults.max_connections) == (
        DEFAULT_IDLE_TIMEOUT,
        DEFAULT_MAX_CONNECTIONS,
    )
    for bad in (["--idle-timeout", "0"], ["--idle-timeout", "inf"], ["--max-connections", "0"]):
        with pytest.raises(SystemExit):
            parser.parse_args(["sandbox", *bad])


# --- A failing handler --------------------------------------------------------------------


def test_a_bug_in_the_handler_is_a_500_answer_and_the_server_goes_on(
    server: SandboxServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(request: httpx.Request, **_: object) -> httpx.Response:
        raise RuntimeError("a bug")

    with monkeypatch.context() as patch:
        patch.setattr(server.sandbox, "handle", broken)
        answer = only_answer(exchange(server, token_request()))
    assert answer.status == 500  # a bug surfaces as one, but the client gets an answer
    assert json.loads(answer.body)["code"] == "INTERNAL_ERROR"
    assert "a bug" in caplog.text
    assert only_answer(exchange(server, token_request())).status == 200


def test_a_header_a_route_makes_unsendable_is_a_500_not_an_injection(
    server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = server.sandbox.handle

    def injecting(request: httpx.Request, **kwargs: str | None) -> httpx.Response:
        answer = handle(request, **kwargs)
        answer.headers["Location"] = "https://a.example/\r\nX-Injected: 1"
        return answer

    with monkeypatch.context() as patch:
        patch.setattr(server.sandbox, "handle", injecting)
        data = exchange(server, token_request())
    assert b"X-Injected" not in data
    assert only_answer(data).status == 500


# --- A bounded, seeded fuzz of malformed HTTP ----------------------------------------------

_VALID = [
    (b"POST", b"/api/auth/v1/token", TOKEN_BODY),
    (b"GET", b"/api/pay/v1/orders/reference/x", b""),
    (b"POST", b"/api/pay/v1/orders", b'{"merchant_order_reference":"f1"}'),
    (b"PUT", b"/api/pay/v1/orders/v1-1/capture", b"{}"),
    (b"OPTIONS", b"/api/pay/v1/orders", b""),
    (b"GET", b"/nowhere", b""),
    (b"GET", b"/sandbox/challenge/nope", b""),
    (b"POST", b"/payouts/v3/payments/banks/file", b"--x\r\n\r\n--x--\r\n"),
]
_METHODS = [b"TRACE", b"QUERY", b"G T", b"get", b"\xff", b"", b"X" * 9000]
_TARGETS = [
    b"/api/pay/v1/orders/%FF",
    b"/api/pay/v1/orders/reference/%ED%A0%80",
    b"/api/settlements/v1/list?start_date=2024-10-01&end_date=2024-10-09&x=%00",
    b"http://evil.example/api/pay/v1/orders",
    b"*",
    b"//",
    b"/\x7f",
    b"/" + b"a" * 9000,
    b"/caf\xc3\xa9",
    b"",
]
_VERSIONS = [b"HTTP/1.0", b"HTTP/2.0", b"HTTP/1.1x", b"http/1.1", b"", b"HTTP/9.9", b"HTTP/1.1 x"]
_HEADERS = [
    b"Host: [::1",
    b"Host: ",
    b"Host: a b",
    b"Host: second",
    b"Content-Type: multipart/form-data; boundary=x",
    b"Content-Length: abc",
    b"Content-Length: -1",
    b"Content-Length: 1, 2",
    b"Content-Length: 99999999999999999999",
    b"Content-Length: 2000000",
    b"Transfer-Encoding: gzip",
    b"Expect: 100-continue",
    b"Expect: nonsense",
    b"Connection: close",
    b"Authorization: Bearer nonsense",
    b"Request-ID: \xff\xfe",
    b"X-Nul: a\x00b",
    b"X-Cr: a\rb",
    b"No colon here",
    b" folded",
    b"X-Empty:",
    b"X-Long: " + b"x" * 9000,
]
_BODIES = [
    b"",
    b"{}",
    b'{"merchant_order_reference":"\\ud800"}',
    b'{"notes":' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"order_amount":{"value":NaN}}',
    b"\x00\x01\x02\xff",
    b"5\r\nhello\r\n0\r\n\r\n",
]


@dataclass
class _Request:
    """A request being fuzzed, in parts; ``framing`` says how the body is delimited."""

    method: bytes
    target: bytes
    body: bytes
    version: bytes = b"HTTP/1.1"
    headers: list[bytes] = field(default_factory=lambda: [b"Host: sandbox"])
    framing: str = "length"
    end: bytes = b"\r\n"

    def raw(self) -> bytes:
        headers, body = list(self.headers), self.body
        if self.framing == "length":
            headers.append(b"Content-Length: %d" % len(body))
        elif self.framing == "chunked":
            headers.append(b"Transfer-Encoding: chunked")
            body = chunked(body)
        line = b" ".join(part for part in (self.method, self.target, self.version) if part)
        return line + self.end + b"".join(h + self.end for h in headers) + self.end + body


_MUTATIONS: list[Callable[[_Request, random.Random], None]] = [
    lambda r, rng: setattr(r, "method", rng.choice(_METHODS)),
    lambda r, rng: setattr(r, "target", rng.choice(_TARGETS)),
    lambda r, rng: setattr(r, "version", rng.choice(_VERSIONS)),
    lambda r, rng: r.headers.append(rng.choice(_HEADERS)),
    lambda r, rng: r.headers.remove(b"Host: sandbox") if b"Host: sandbox" in r.headers else None,
    lambda r, rng: setattr(r, "framing", rng.choice(["chunked", "none", "wrong"])),
    lambda r, rng: setattr(r, "body", rng.choice(_BODIES)),
    lambda r, rng: setattr(r, "end", b"\n"),
]


def _fuzzed_request(rng: random.Random, authorization: bytes) -> bytes:
    if rng.random() < 0.05:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
    request = _Request(*rng.choice(_VALID))
    if rng.random() < 0.7:  # past the token check, to the body's
        request.headers.append(authorization)
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        rng.choice(_MUTATIONS)(request, rng)
    raw = request.raw()
    if request.framing == "wrong":  # a Content-Length that is not the body's
        raw = raw.replace(
            request.end * 2,
            b"%sContent-Length: %d%s"
            % (request.end, len(request.body) + rng.choice([-1, 3]), request.end * 2),
            1,
        )
    if rng.random() < 0.1:  # cut anywhere
        raw = raw[: rng.randrange(1, len(raw) + 1)]
    if rng.random() < 0.1:  # pipelined: a second request on the same connection
        raw += token_request()
    return raw


def test_fuzzed_http_always_gets_an_answer_and_never_a_5xx(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="plural_ext.sandbox")
    rng = random.Random(20261126)
    seen: set[int] = set()
    with Sandbox() as sandbox, serve(sandbox, idle_timeout=2.0) as server:
        token = json.loads(only_answer(exchange(server, token_request())).body)["access_token"]
        authorization = b"Authorization: Bearer " + token.encode()
        for case in range(400):
            raw = _fuzzed_request(rng, authorization)
            data = exchange(server, raw)  # a reset connection fails the test here
            statuses = [answer.status for answer in answers(data)]
            seen.update(statuses)
            assert all(100 <= status < 500 for status in statuses), (case, raw[:200], data)
            if raw.strip(b"\r\n"):
                assert statuses, (case, raw[:200])
        assert only_answer(exchange(server, token_request())).status == 200
    assert caplog.records == []  # no error logged: nothing failed inside
    assert {200, 400, 401, 404, 405, 431} <= seen, seen  # the fuzz reaches past the parser
