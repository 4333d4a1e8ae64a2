"""The sandbox over real HTTP/1.1: a threaded server on a daemon thread.

Each connection reads its requests strictly, turns each into an ``httpx.Request`` and
answers it with :meth:`Sandbox.handle`, so the in-process and the HTTP sandbox cannot drift
apart. Merchants run it in their test suites, so it answers every request (in Plural's
error shape) and never a 5xx for a client's mistake:

- a request line, header or chunk that breaks HTTP/1.1 (a version other than 1.0 and
  1.1, a Content-Length that is not one number, a Transfer-Encoding other than chunked,
  both of them, a Host that is not a host) gets 400 and the connection is closed; an
  Expect other than 100-continue gets 417;
- the request line and each header line hold at most 8 KiB (414, 431), a request at
  most 100 headers (431) and a body at most 1 MiB, by Content-Length or chunked (413);
- a connection is closed after ``idle_timeout`` seconds (15) without a byte from the
  client; one whose headers or body stop coming that long gets 408 first;
- at most ``max_connections`` connections (64) are served at once, each on a thread of
  its own; further ones wait to be accepted (the listen backlog holds 128) until one
  closes, so the thread count stays bounded however many clients connect;
- links the sandbox builds point at this server's address (``base_url``), never at the
  request's ``Host`` header;
- with ``tls=True`` it speaks HTTPS only, with a certificate signed by a CA made at start
  (:class:`SandboxTLS`; ``ca_file`` is the file to trust, removed on close). The handshake
  happens on the connection's own thread, bounded by ``idle_timeout``; a client that
  does not trust the CA, or speaks plain HTTP, is dropped without an answer.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import math
import re
import socket
import socketserver
import ssl
import threading
from types import TracebackType
from typing import Any

import httpx

from plural_ext.sandbox._app import Sandbox
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._tls import SandboxTLS

__all__ = ["DEFAULT_IDLE_TIMEOUT", "DEFAULT_MAX_CONNECTIONS", "SandboxServer", "serve"]

DEFAULT_IDLE_TIMEOUT = 15.0
"""Seconds a connection may wait for the client's next byte before it is closed."""
DEFAULT_MAX_CONNECTIONS = 64
"""Connections served at once; each holds one thread."""

_logger = logging.getLogger("plural_ext.sandbox")

_MAX_LINE = 8 * 1024
_MAX_HEADERS = 100
_MAX_BODY = 1 << 20  # a sandbox request is a small JSON body or form
_BACKLOG = 128
_LINGER = 0.5  # seconds to drain what a refused client still sends, so it reads the refusal

_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
_METHOD = re.compile(_TOKEN)
_TARGET = re.compile(rb"[\x21-\x7e]+")
_VERSION = re.compile(rb"HTTP/1\.[01]")
_HEADER_LINE = re.compile(rb"(" + _TOKEN + rb"):[ \t]*(.*?)[ \t]*")
_ABSOLUTE_FORM = re.compile(rb"https?://[^/?#]*", re.IGNORECASE)
_HOST = re.compile(rb"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(:[0-9]*)?")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,8})[ \t]*(;.*)?")
_PRINTABLE = re.compile(rb"[\t\x20-\x7e]*")
# Framing and connection headers: the server's business, not the sandbox's.
_HOP_BY_HOP = {b"host", b"content-length", b"transfer-encoding", b"connection", b"keep-alive"}
_HOP_BY_HOP |= {b"expect", b"te", b"trailer", b"upgrade"}


class SandboxServer:
    """A running server; a context manager that shuts it down on exit.

    ``idle_timeout`` closes a connection that sends nothing for that many seconds;
    ``max_connections`` bounds the connections (and threads) served at once; ``tls``
    serves HTTPS, its CA in ``tls.ca_file`` (``tls`` is None over plain HTTP).
    """

    def __init__(
        self,
        sandbox: Sandbox,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        tls: bool = False,
    ) -> None:
        if not 0 < idle_timeout < math.inf:
            raise ValueError("idle_timeout must be a positive number of seconds")
        if max_connections < 1:
            raise ValueError("max_connections must be at least 1")
        self.sandbox = sandbox
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        self.tls = SandboxTLS(host) if tls else None
        context = self.tls.server_context() if self.tls else None
        try:
            self._httpd = _Server((host, port), sandbox, idle_timeout, max_connections, context)
        except BaseException:
            self._remove_tls()
            raise
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="plural-sandbox-http",
            daemon=True,
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` (``https://`` with ``tls``)."""
        return self._httpd.base_url

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the client's base URL, as Plural's hosts."""
        return self.url

    @property
    def ca_file(self) -> str | None:
        """The CA certificate (PEM) a client trusts to reach this server over TLS; None
        without ``tls``: ``Plural(..., base_url=server.base_url, verify=server.ca_file)``."""
        return str(self.tls.ca_file) if self.tls else None

    def close(self) -> None:
        """Stop serving, close open connections and release the port; safe to call twice."""
        self._httpd.closing.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join()
        self._httpd.server_close()
        self._remove_tls()

    def _remove_tls(self) -> None:
        if self.tls is not None:
            self.tls.close()

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def serve(
    sandbox: Sandbox,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    tls: bool = False,
) -> SandboxServer:
    """Start serving ``sandbox`` at once; port 0 picks a free one (see ``.base_url``).
    ``tls``: HTTPS with a CA made now, its certificate in ``.ca_file``."""
    return SandboxServer(
        sandbox, host, port, idle_timeout=idle_timeout, max_connections=max_connections, tls=tls
    )


class _Server(socketserver.ThreadingTCPServer):
    """A thread per connection, at most ``max_connections`` of them at once."""

    allow_reuse_address = True
    daemon_threads = True
    block_on_close = False  # close() ends the open connections itself
    request_queue_size = _BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        sandbox: Sandbox,
        idle_timeout: float,
        max_connections: int,
        ssl_context: ssl.SSLContext | None,
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.sandbox = sandbox
        self.idle_timeout = idle_timeout
        self.ssl_context = ssl_context
        self.closing = threading.Event()
        self._slots = threading.BoundedSemaphore(max_connections)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Connection)
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        scheme = "https" if ssl_context else "http"
        self.base_url = (
            f"{scheme}://[{host}]:{port}" if ":" in host else f"{scheme}://{host}:{port}"
        )

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = super().get_request()
        if self.ssl_context is None:
            return connection, address
        # The handshake waits for the client: it is done on the connection's thread
        # (_Connection._handshake), never here, where it would hold up every other client.
        try:
            wrapped = self.ssl_context.wrap_socket(
                connection, server_side=True, do_handshake_on_connect=False
            )
        except OSError:
            connection.close()
            raise
        return wrapped, address

    def process_request(self, request: Any, client_address: Any) -> None:
        # Wait for a free thread; meanwhile the next connections wait in the listen backlog.
        while not self._slots.acquire(timeout=0.05):
            if self.closing.is_set():
                self.shutdown_request(request)
                return
        with self._open_lock:
            self._open.add(request)
        try:
            super().process_request(request, client_address)
        except Exception:  # no thread to serve it: the connection is dropped, the slot freed
            self._finished(request)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._finished(request)

    def _finished(self, request: socket.socket) -> None:
        with self._open_lock:
            self._open.discard(request)
        self._slots.release()

    def server_close(self) -> None:
        super().server_close()
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:  # their threads then read the end and stop
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Reached only by a bug in the connection handling itself: logged, the thread ends.
        _logger.exception("plural sandbox: a connection failed")


class _Refusal(Exception):
    """A request the server cannot read: answered with ``status`` and the connection closed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Connection(socketserver.StreamRequestHandler):
    """One client connection: its requests, one after another, until either side closes."""

    server: _Server
    # Answers go out in one write each; with Nagle on, a keep-alive client would wait
    # ~40 ms for the delayed ACK on every response.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)  # how long each read may wait

    def handle(self) -> None:
        if not self._handshake():
            return
        while self._serve_one():
            pass

    def _handshake(self) -> bool:
        """Over TLS, the handshake; whether it succeeded (plain HTTP needs none)."""
        if not isinstance(self.connection, ssl.SSLSocket):
            return True
        try:
            self.connection.do_handshake()
        except OSError as error:  # an untrusted CA, plain HTTP, a timeout: the client's to see
            _logger.info("plural sandbox: a TLS handshake failed: %s", error)
            return False
        return True

    def _serve_one(self) -> bool:
        """Read one request and answer it; whether the connection stays open."""
        try:
            line = self._request_line()
        except OSError:  # idle for too long (a timeout is an OSError), or reset
            return False
        if line is None:
            return False  # the client closed between requests
        try:
            request, keep_alive = self._read_request(line)
        except _Refusal as refusal:
            self._refuse(refusal.status, refusal.message)
            return False
        except TimeoutError:
            self._refuse(408, f"no byte of the request came for {self.server.idle_timeout} seconds")
            return False
        except OSError:
            return False
        response = self._answer(request)
        written = self._send(response, head=request.method == "HEAD", close=not keep_alive)
        return written and keep_alive

    def _request_line(self) -> bytes | None:
        # A client may send an empty line before a request (RFC 9112, 2.2): skip a few.
        line = b""
        for _ in range(3):
            line = self.rfile.readline(_MAX_LINE + 1)
            if line not in (b"\r\n", b"\n"):
                break
        return line or None

    def _read_request(self, raw_line: bytes) -> tuple[httpx.Request, bool]:
        """The request, and whether the connection is kept for another one after it."""
        method, target, version = _parse_request_line(raw_line)
        headers = self._headers()
        host = _values(headers, b"host")
        if len(host) > 1 or (version == b"HTTP/1.1" and not host):
            raise _Refusal(400, "an HTTP/1.1 request has exactly one Host header")
        if host and _HOST.fullmatch(host[0]) is None:
            raise _Refusal(400, "the Host header is not a host[:port]")
        body = self._body(headers, version)
        url = self._url(target)
        forwarded = [(name, value) for name, value in headers if name.lower() not in _HOP_BY_HOP]
        request = httpx.Request(method.decode("ascii"), url, headers=forwarded, content=body)
        return request, _keeps_alive(headers, version)

    def _url(self, target: bytes) -> httpx.URL:
        # The sandbox's links are built from this URL: the server's own address, and
        # only the path and query of what the client sent.
        if not target.startswith(b"/"):
            absolute = _ABSOLUTE_FORM.match(target)
            if absolute is None:
                raise _Refusal(400, "the request target is neither a path nor an http URL")
            target = b"/" + target[absolute.end() :].lstrip(b"/")
        try:
            return httpx.URL(self.server.base_url + target.decode("ascii"))
        except httpx.InvalidURL:
            raise _Refusal(400, "the request target is not a valid path") from None

    def _headers(self) -> list[tuple[bytes, bytes]]:
        headers: list[tuple[bytes, bytes]] = []
        while True:
            line = self._line("header")
            if not line:
                return headers
            if len(headers) == _MAX_HEADERS:
                raise _Refusal(431, f"more than {_MAX_HEADERS} headers")
            if line[:1] in (b" ", b"\t"):
                raise _Refusal(400, "a header is folded over two lines")
            parsed = _HEADER_LINE.fullmatch(line)
            if parsed is None:
                raise _Refusal(400, "a header line is not name: value")
            headers.append((parsed[1], parsed[2]))

    def _line(self, what: str) -> bytes:
        """The next line, without its CRLF (or LF)."""
        line = self.rfile.readline(_MAX_LINE + 1)
        if not line.endswith(b"\n"):
            if len(line) > _MAX_LINE:
                raise _Refusal(431, f"a {what} line is longer than {_MAX_LINE} bytes")
            raise _Refusal(400, f"the request ended inside a {what} line")
        return line.removesuffix(b"\n").removesuffix(b"\r")

    def _body(self, headers: list[tuple[bytes, bytes]], version: bytes) -> bytes:
        chunked = _values(headers, b"transfer-encoding")
        lengths = _values(headers, b"content-length")
        if chunked:
            if version != b"HTTP/1.1" or lengths:
                raise _Refusal(400, "Transfer-Encoding needs HTTP/1.1 and no Content-Length")
            codings = [coding.strip().lower() for value in chunked for coding in value.split(b",")]
            if codings != [b"chunked"]:
                raise _Refusal(400, "the only Transfer-Encoding taken is chunked")
            self._continue(headers)
            return self._chunked()
        length = _content_length(lengths)
        if length:
            self._continue(headers)
        return self._exactly(length, "Content-Length")

    def _continue(self, headers: list[tuple[bytes, bytes]]) -> None:
        expect = _values(headers, b"expect")
        if not expect:
            return
        if [value.lower() for value in expect] != [b"100-continue"]:
            raise _Refusal(417, "the only Expect taken is 100-continue")
        self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def _chunked(self) -> bytes:
        body = bytearray()
        while True:
            size_line = _CHUNK_SIZE.fullmatch(self._line("chunk size"))
            if size_line is None:
                raise _Refusal(400, "a chunk size is not hexadecimal")
            size = int(size_line[1], 16)
            if len(body) + size > _MAX_BODY:
                raise _Refusal(413, f"the body is larger than {_MAX_BODY} bytes")
            if size == 0:
                self._headers()  # the trailer, read and dropped
                return bytes(body)
            body += self._exactly(size, "a chunk size")
            if self._line("chunk end"):
                raise _Refusal(400, "a chunk is longer than its size")

    def _exactly(self, length: int, named_by: str) -> bytes:
        data = self.rfile.read(length) if length else b""
        if len(data) < length:
            raise _Refusal(400, f"the body ended before {named_by} said")
        return data

    def _answer(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self.server.sandbox.handle(request, base_url=self.server.base_url)
        except Exception:  # handle() answers its own errors: this is a bug, shown as one
            _logger.exception("plural sandbox: %s %s failed", request.method, request.url.path)
            return _error(500, "INTERNAL_ERROR", "sandbox error")
        if not all(_PRINTABLE.fullmatch(value) for _, value in response.headers.raw):
            _logger.error(
                "plural sandbox: %s %s: a header is not printable", request.method, request.url.path
            )
            return _error(500, "INTERNAL_ERROR", "sandbox error")
        return response

    def _refuse(self, status: int, message: str) -> None:
        code = "INVALID_REQUEST" if status != 408 else "REQUEST_TIMEOUT"
        if self._send(_error(status, code, message), head=False, close=True):
            self._linger()

    def _send(self, response: httpx.Response, *, head: bool, close: bool) -> bool:
        """Write the whole answer (``Connection: close`` if ``close``); whether it was sent."""
        content = response.content
        reason = response.reason_phrase or "Unknown"
        lines = [f"HTTP/1.1 {response.status_code} {reason}".encode("ascii")]
        for name, value in response.headers.raw:
            if name.lower() not in (b"content-length", b"transfer-encoding", b"connection"):
                lines.append(name + b": " + value)
        lines.append(b"Date: " + email.utils.formatdate(usegmt=True).encode("ascii"))
        lines.append(b"Content-Length: " + str(len(content)).encode("ascii"))
        if close:
            lines.append(b"Connection: close")
        try:
            self.wfile.write(b"\r\n".join(lines) + b"\r\n\r\n" + (b"" if head else content))
        except OSError:
            return False
        return True

    def _linger(self) -> None:
        """Read what the client still sends (bounded), so that closing does not reset the
        connection before the client has read the refusal."""
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(_LINGER)
            drained = 0
            while drained <= 4 * _MAX_BODY:
                chunk = self.connection.recv(65536)
                if not chunk:
                    return
                drained += len(chunk)


def _parse_request_line(raw_line: bytes) -> tuple[bytes, bytes, bytes]:
    if len(raw_line) > _MAX_LINE:
        raise _Refusal(414, f"the request line is longer than {_MAX_LINE} bytes")
    if not raw_line.endswith(b"\n"):
        raise _Refusal(400, "the request ended inside its request line")
    parts = raw_line.removesuffix(b"\n").removesuffix(b"\r").split(b" ")
    if len(parts) != 3:
        raise _Refusal(400, "the request line is not METHOD target HTTP/1.1")
    method, target, version = parts
    if _METHOD.fullmatch(method) is None:
        raise _Refusal(400, "the method is not a token")
    if _TARGET.fullmatch(target) is None:
        raise _Refusal(400, "the request target is not printable ASCII")
    if _VERSION.fullmatch(version) is None:
        raise _Refusal(400, "the sandbox speaks HTTP/1.1 and HTTP/1.0 only")
    return method, target, version


def _values(headers: list[tuple[bytes, bytes]], name: bytes) -> list[bytes]:
    return [value for key, value in headers if key.lower() == name]


def _content_length(values: list[bytes]) -> int:
    lengths = {length.strip() for value in values for length in value.split(b",")}
    if not lengths:
        return 0
    if len(lengths) != 1:
        raise _Refusal(400, "Content-Length is given twice, differently")
    (length,) = lengths
    if not length.isdigit():
        raise _Refusal(400, "Content-Length is not a number of bytes")
    if len(length) > 10 or int(length) > _MAX_BODY:
        raise _Refusal(413, f"the body is larger than {_MAX_BODY} bytes")
    return int(length)


def _keeps_alive(headers: list[tuple[bytes, bytes]], version: bytes) -> bool:
    options = {
        option.strip().lower()
        for value in _values(headers, b"connection")
        for option in value.split(b",")
    }
    if version == b"HTTP/1.0":
        return b"keep-alive" in options
    return b"close" not in options


def _error(status: int, code: str, message: str) -> httpx.Response:
    return httpx.Response(status, json=SandboxError(status, code, message).body())
