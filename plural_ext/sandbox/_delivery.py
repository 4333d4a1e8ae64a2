"""Webhook delivery: signed POSTs from a background thread, retried, and logged for tests.

One worker thread sends the events in the order they happened, so a receiver
sees ORDER_AUTHORIZED before ORDER_PROCESSED; the API call that caused an event
never waits for its delivery.

With a state file (``_state``) each event is kept there from the call that caused it
(in that call's transaction) until it is delivered or given up: the worker then drops
it from the file. An event still there when the sandbox stops (the receiver down, its
retries not yet done) is sent again, with the same ``webhook-id`` and body and a fresh
set of attempts, by the next sandbox on the file that has a ``webhook_url``; a sandbox
without one leaves it in the file. Delivered events are not kept: ``deliveries()`` is the
history of this run, beginning with the events carried over.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from plural_ext._webhooks import sign_webhook
from plural_ext.sandbox._ids import opaque_token
from plural_ext.sandbox._state import Journal, Kind, Record

_deliveries = logging.getLogger("plural_ext.sandbox.webhooks")

__all__ = ["Attempt", "Delivery", "WebhookSender"]

_WEBHOOK = "webhook"  # the kind of record in a state file: an event not yet delivered


@dataclass(frozen=True, slots=True)
class Attempt:
    """One try: the receiver's status code, or the connection error's name."""

    status_code: int | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One event and what became of it; ``delivered`` once a try got a 2xx."""

    msg_id: str
    event_type: str
    body: bytes
    attempts: tuple[Attempt, ...] = ()
    delivered: bool = False


class WebhookSender:
    """Sends ``{"event_type", "data"}`` to one URL, signed by the Standard Webhooks scheme.

    Without a URL every event is dropped, so callers need not ask whether webhooks are on.
    """

    def __init__(
        self,
        url: str | None,
        secret: str,
        *,
        attempts: int,
        backoff: float,
        timeout: float,
        now: Callable[[], float],
        transport: httpx.BaseTransport | None = None,
        journal: Journal | None = None,
    ) -> None:
        self._url = url or ""
        self._secret = secret
        self._attempts = attempts
        self._backoff = backoff
        self._now = now
        # trust_env off: a proxy from the environment must not see, or swallow, local webhooks.
        self._client = httpx.Client(timeout=timeout, transport=transport, trust_env=False)
        self._journal = journal or Journal()
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._log: list[Delivery] = []
        self._index: dict[str, int] = {}
        """Each event's place in ``_log``, by its msg_id."""
        self._pending = 0
        self._changed = threading.Condition()
        self._stopping = threading.Event()
        self._worker: threading.Thread | None = None
        self.kinds = (Kind(_WEBHOOK, self._dump, self._load),)

    def send(self, event_type: str, data: dict[str, Any]) -> None:
        """Queue an event; the body is fixed now, as the state is at this moment."""
        if not self._url:
            return
        body = json.dumps({"event_type": event_type, "data": data}).encode("utf-8")
        delivery = Delivery(f"msg_{opaque_token(18)}", event_type, body)
        if self._enqueue(delivery):
            # Outside the condition: the journal's lock is never taken while holding it.
            self._journal.changed(_WEBHOOK, delivery.msg_id)

    def _enqueue(self, delivery: Delivery) -> bool:
        """Put the event in the log and the worker's queue; False once stopping."""
        with self._changed:
            if self._stopping.is_set():
                return False
            self._index[delivery.msg_id] = len(self._log)
            self._log.append(delivery)
            self._pending += 1
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._run, name="plural-sandbox-webhooks", daemon=True
                )
                self._worker.start()
            self._queue.put(len(self._log) - 1)
        return True

    def deliveries(self) -> list[Delivery]:
        """Every event queued so far, with its attempts."""
        with self._changed:
            return list(self._log)

    def join(self, timeout: float | None = None) -> bool:
        """Wait until every queued event is delivered or given up; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        """Stop: events not yet sent are dropped, a backoff wait is cut short."""
        with self._changed:
            self._stopping.set()
            worker = self._worker
        self._queue.put(None)
        if worker is not None:
            worker.join(timeout=5)
        self._client.close()

    def _run(self) -> None:
        while (index := self._queue.get()) is not None and not self._stopping.is_set():
            try:
                if self._deliver(index):
                    # Delivered or given up: out of the state file before join() returns.
                    self._journal.write_now(_WEBHOOK, self._log[index].msg_id)
            finally:
                with self._changed:
                    self._pending -= 1
                    self._changed.notify_all()
        with self._changed:
            self._pending = 0
            self._changed.notify_all()

    def _deliver(self, index: int) -> bool:
        """Try the event until delivered or given up (True), or until stopping (False)."""
        delivery = self.deliveries()[index]
        for number in range(self._attempts):
            if number and self._stopping.wait(self._backoff * 2 ** (number - 1)):
                return False
            attempt = self._attempt(delivery)
            delivered = attempt.status_code is not None and 200 <= attempt.status_code < 300
            with self._changed:
                delivery = dataclasses.replace(
                    delivery, attempts=(*delivery.attempts, attempt), delivered=delivered
                )
                self._log[index] = delivery
            retry = self._backoff * 2**number if number + 1 < self._attempts else None
            _log_attempt(self._url, delivery, attempt, delivered, retry)
            if delivered:
                break
        return True

    def _dump(self, msg_id: str) -> Record | None:
        with self._changed:
            delivery = self._log[self._index[msg_id]]
        if delivery.delivered or len(delivery.attempts) >= self._attempts:
            return None
        return {"event_type": delivery.event_type, "body": delivery.body.decode("utf-8")}

    def _load(self, records: list[tuple[str, Any]]) -> None:
        """Send again the events a sandbox before left undelivered, before any new one."""
        carried = [
            Delivery(msg_id, str(data["event_type"]), str(data["body"]).encode("utf-8"))
            for msg_id, data in records
        ]
        if not self._url:
            if carried:
                _deliveries.warning(
                    "%d webhooks not yet delivered are kept in the state file: they are sent "
                    "once the sandbox has a webhook_url",
                    len(carried),
                )
            return
        for delivery in carried:
            self._enqueue(delivery)

    def _attempt(self, delivery: Delivery) -> Attempt:
        # Each try is signed afresh: receivers refuse a timestamp older than their tolerance.
        timestamp = int(self._now())
        headers = {
            "content-type": "application/json",
            "webhook-id": delivery.msg_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign_webhook(
                self._secret, delivery.msg_id, timestamp, delivery.body
            ),
        }
        try:
            response = self._client.post(self._url, content=delivery.body, headers=headers)
        except httpx.HTTPError as error:
            return Attempt(status_code=None, error=type(error).__name__)
        return Attempt(status_code=response.status_code)


def _log_attempt(
    url: str | None, delivery: Delivery, attempt: Attempt, delivered: bool, retry: float | None
) -> None:
    """One line per try, for a merchant watching ``plural sandbox`` (at INFO)."""
    outcome = attempt.error if attempt.status_code is None else str(attempt.status_code)
    then = "delivered" if delivered else f"next try in {retry:g} s" if retry else "given up"
    _deliveries.info(
        "webhook %s %s to %s: %s, %s", delivery.event_type, delivery.msg_id, url, outcome, then
    )
