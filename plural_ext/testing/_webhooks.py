"""A merchant's webhook endpoint for tests: verifies what it receives, keeps what is Plural's.

:class:`WebhookReceiver` serves one path on 127.0.0.1 from a thread and answers as a
merchant's endpoint should (the README's step 5): an authentic event 200, kept in
:attr:`~WebhookReceiver.events`; an authentic body of a shape the SDK does not read 200,
kept in :attr:`~WebhookReceiver.unread`; anything whose signature, headers or timestamp
do not hold up 400, kept in :attr:`~WebhookReceiver.refused` with the reason. A test
waits for what it expects with :meth:`~WebhookReceiver.wait_for`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TypeVar

from plural_ext._exceptions import SignatureError
from plural_ext._webhooks import (
    DEFAULT_TOLERANCE,
    WebhookEvent,
    WebhookPayloadError,
    verify_webhook,
)

__all__ = ["ReceivedWebhook", "WebhookReceiver"]

_T = TypeVar("_T")

WEBHOOK_PATH = "/plural/webhooks"
_MAX_BODY = 1024 * 1024  # a Plural event is a few KiB; more is no webhook of Plural's


@dataclass(frozen=True)
class ReceivedWebhook:
    """One POST as it came: its headers, raw body, the status answered, and why it was
    refused (None when it was verified; the reason never quotes a secret)."""

    headers: dict[str, str]
    body: bytes
    status: int
    reason: str | None = None


class WebhookReceiver:
    """A webhook endpoint on 127.0.0.1 that verifies each POST with ``secret``.

    ``clock`` is the receiver's time for the timestamp check (``tolerance`` seconds either
    way): the sandbox's clock in the kit's fixtures. Use it as a context manager, or call
    :meth:`start` and :meth:`close`; :attr:`url` is where to send webhooks
    (``SandboxConfig(webhook_url=receiver.url)``).
    """

    def __init__(
        self,
        secret: str,
        *,
        clock: Callable[[], float] = time.time,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        if not isinstance(secret, str) or not secret:
            raise ValueError("secret must be the webhook secret the sender signs with, not empty")
        self._secret = secret
        self._clock = clock
        self._tolerance = tolerance
        self._events: list[WebhookEvent] = []
        self._unread: list[WebhookPayloadError] = []
        self._received: list[ReceivedWebhook] = []
        self._changed = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # life cycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT/plural/webhooks``, once started."""
        if self._server is None:
            raise RuntimeError("the receiver is not started: use it in a with block")
        return f"http://127.0.0.1:{self._server.server_address[1]}{WEBHOOK_PATH}"

    def start(self) -> WebhookReceiver:
        if self._server is not None:
            raise RuntimeError("the receiver is already started")
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="plural-webhook-receiver",
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.shutdown()
        server.server_close()
        thread.join()
        self._server = self._thread = None

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # what came -----------------------------------------------------------------------

    @property
    def events(self) -> list[WebhookEvent]:
        """The verified events, in the order they came (a retried one twice)."""
        with self._changed:
            return list(self._events)

    @property
    def unread(self) -> list[WebhookPayloadError]:
        """Authentic webhooks whose body is no event the SDK reads (``.body``, ``.event_id``)."""
        with self._changed:
            return list(self._unread)

    @property
    def received(self) -> list[ReceivedWebhook]:
        """Every POST, verified or not, in the order they came."""
        with self._changed:
            return list(self._received)

    @property
    def refused(self) -> list[ReceivedWebhook]:
        """What came without a valid signature, headers or timestamp: answered 400."""
        return [received for received in self.received if received.reason is not None]

    def verify(self, headers: Mapping[str, str], body: bytes | str) -> WebhookEvent:
        """``verify_webhook`` with this receiver's secret, tolerance and clock, now: a
        webhook received earlier, checked again after the clock moved."""
        return verify_webhook(
            headers, body, self._secret, tolerance=self._tolerance, now=self._clock()
        )

    def wait_for(
        self, event_type: str | None = None, *, order_id: str | None = None, timeout: float = 10.0
    ) -> WebhookEvent:
        """The first verified event of ``event_type`` (any, if None) about ``order_id`` (any,
        if None), waiting up to ``timeout`` seconds for it; ``AssertionError`` if none comes,
        naming what did."""
        with self._changed:
            found = self._changed.wait_for(
                lambda: next(self._matching(event_type, order_id), None), timeout
            )
            if found is None:
                raise AssertionError(self._nothing_came(event_type, order_id, timeout))
            return found

    def _matching(self, event_type: str | None, order_id: str | None) -> Iterator[WebhookEvent]:
        for event in self._events:
            if event_type is not None and event.event_type != event_type:
                continue
            if order_id is not None and (event.order is None or event.order.order_id != order_id):
                continue
            yield event

    def _nothing_came(self, event_type: str | None, order_id: str | None, timeout: float) -> str:
        wanted = f"{event_type or 'any'} webhook" + (f" for {order_id}" if order_id else "")
        came = [
            f"{event.event_type} {event.order.order_id if event.order else '-'}"
            for event in self._events
        ]
        refused = [received.reason for received in self._received if received.reason]
        return f"no {wanted} within {timeout} s; verified: {came or 'none'}; refused: {refused or 'none'}"

    # the endpoint --------------------------------------------------------------------

    def _receive(self, headers: dict[str, str], body: bytes) -> int:
        """Verify one POST and keep it: the status to answer."""
        try:
            event = self.verify(headers, body)
        except WebhookPayloadError as unread:
            return self._keep(ReceivedWebhook(headers, body, 200), self._unread, unread)
        except SignatureError as error:
            return self._keep(ReceivedWebhook(headers, body, 400, str(error)))
        return self._keep(ReceivedWebhook(headers, body, 200), self._events, event)

    def _keep(
        self, received: ReceivedWebhook, kind: list[_T] | None = None, item: _T | None = None
    ) -> int:
        with self._changed:
            self._received.append(received)
            if kind is not None and item is not None:
                kind.append(item)
            self._changed.notify_all()
        return received.status


def _handler(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if self.path.split("?")[0] != WEBHOOK_PATH:
                return self._answer(404)
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return self._answer(400)
            if not 0 <= length <= _MAX_BODY:
                return self._answer(413)
            body = self.rfile.read(length)
            self._answer(receiver._receive(dict(self.headers.items()), body))

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass  # a test's output is the test's

    return Handler
