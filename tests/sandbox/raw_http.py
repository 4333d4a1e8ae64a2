"""Bytes to a served sandbox and its answers back, for requests httpx cannot send."""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass

from plural_ext.sandbox import SandboxServer

_STATUS_LINE = re.compile(rb"HTTP/1\.1 (\d{3}) [ -~]*")


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    """Lower-case names; the last of each."""
    body: bytes


def address(server: SandboxServer) -> tuple[str, int]:
    host, _, port = server.base_url.removeprefix("http://").rpartition(":")
    return host, int(port)


def exchange(server: SandboxServer, raw: bytes, *, timeout: float = 10.0) -> bytes:
    """Send ``raw``, end the sending side, and read all the server writes until it closes."""
    with socket.create_connection(address(server), timeout=timeout) as sock:
        sock.sendall(raw)
        sock.shutdown(socket.SHUT_WR)
        return read_to_end(sock)


def read_to_end(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def answers(data: bytes, *, head: bool = False) -> list[Answer]:
    """Every answer in ``data``, which must hold whole, well-formed HTTP/1.1 answers only.

    A 1xx answer has no body; with ``head``, no answer has one (answers to HEAD).
    """
    found = []
    while data:
        top, separator, rest = data.partition(b"\r\n\r\n")
        assert separator, f"an answer without the end of its head: {data[:300]!r}"
        status_line, *lines = top.split(b"\r\n")
        status = _STATUS_LINE.fullmatch(status_line)
        assert status is not None, f"not a status line: {status_line!r}"
        headers = {}
        for line in lines:
            name, colon, value = line.decode("ascii").partition(": ")
            assert colon, f"not a header line: {line!r}"
            headers[name.lower()] = value
        code = int(status[1])
        length = 0 if code < 200 or head else int(headers.get("content-length", "0"))
        assert len(rest) >= length, f"a body shorter than its Content-Length: {rest!r}"
        found.append(Answer(code, headers, rest[:length]))
        data = rest[length:]
    return found


def only_answer(data: bytes) -> Answer:
    """The one final answer in ``data`` (after any 100 Continue)."""
    final = [answer for answer in answers(data) if answer.status >= 200]
    assert len(final) == 1, final
    return final[0]
