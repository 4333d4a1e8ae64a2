"""A shop on an in-process sandbox: the merchant's API client and a customer's browser.

The browser has no API token and lands on the merchant's site (``https://merchant.test``,
answered here, never on the network) the way a browser does: posting the callback form,
or following the 303. The sandbox's webhooks go to the merchant's site too.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import httpx
from sandbox_helpers import Api, Clock, checked_client

from plural_ext._checkout import Callback, read_callback
from plural_ext.sandbox import (
    CARD_SUCCESS,
    IN_PROCESS_BASE_URL,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
)

MERCHANT_HOST = "merchant.test"
RETURN_URL = f"https://{MERCHANT_HOST}/return"
FAILED_URL = f"https://{MERCHANT_HOST}/failed"


@dataclass
class Browser:
    client: httpx.Client
    landings: list[httpx.Request] = field(default_factory=list)

    def pay(self, url: str, method: str = "CARD", action: str = "approve", **form: str) -> Callback:
        """Open the page, choose ``method``, press Pay or Decline, and land on the merchant.

        The form goes as a browser sends it: every text field as the page filled it in
        (a card number typed in when none is given), the ``form`` given over them.
        """
        page = self.client.get(url)
        assert page.status_code == 200, page.text
        assert f'value="{method}"' in page.text and 'id="approve"' in page.text
        fields = _text_fields(page.text)
        if method == "CARD":
            fields["card_number"] = CARD_SUCCESS
        fields |= form
        answer = self.client.post(url, data={**fields, "method": method, "action": action})
        callback = read_callback(answer)
        landing = self.client.send(callback.request())
        assert landing.status_code == 200
        return callback

    def submit(self, url: str, **form: str) -> httpx.Response:
        """Post the page's form as it is filled in."""
        return self.client.post(url, data=form)

    def received(self) -> str:
        """The fields the merchant last received, as its server reads them: body or query."""
        request = self.landings[-1]
        if request.method == "POST":
            return request.content.decode("ascii")
        return request.url.query.decode("ascii")


@dataclass
class Shop:
    api: Api
    browser: Browser

    @property
    def sandbox(self) -> Sandbox:
        return self.api.sandbox

    def webhooks(self) -> list[tuple[str, str, str]]:
        """``(event_type, order_id, status)`` of each webhook sent, once all are."""
        assert self.sandbox.webhooks.join(timeout=10)
        events = []
        for delivery in self.sandbox.webhooks.deliveries():
            order = json.loads(delivery.body)["data"]
            events.append((delivery.event_type, order["order_id"], order["status"]))
        return events


@contextlib.contextmanager
def open_shop(clock: Clock) -> Iterator[Shop]:
    """A sandbox on ``clock``, its API client (logged in) and a customer's browser."""
    config = SandboxConfig(
        now=clock, webhook_url=f"https://{MERCHANT_HOST}/webhooks", webhook_backoff=0.01
    )
    merchant = httpx.MockTransport(lambda request: httpx.Response(200))
    with (
        Sandbox(config, webhook_transport=merchant) as sandbox,
        checked_client(SandboxTransport(sandbox), IN_PROCESS_BASE_URL) as client,
        _browser_on(sandbox) as browser,
    ):
        yield Shop(Api(client, sandbox).login(), browser)


@contextlib.contextmanager
def _browser_on(sandbox: Sandbox) -> Iterator[Browser]:
    landings: list[httpx.Request] = []

    def route(request: httpx.Request) -> httpx.Response:
        if request.url.host == MERCHANT_HOST:
            request.read()
            landings.append(request)
            return httpx.Response(200, text="Thank you for your order.")
        return sandbox.handle(request)

    with httpx.Client(
        transport=httpx.MockTransport(route), base_url=IN_PROCESS_BASE_URL, trust_env=False
    ) as client:
        yield Browser(client, landings)


def _text_fields(page: str) -> dict[str, str]:
    """The text inputs of a page, by name, with the values it filled in."""
    fields: dict[str, str] = {}

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if tag == "input" and found.get("type") == "text" and found.get("name"):
                fields[str(found["name"])] = found.get("value") or ""

    reader = Reader()
    reader.feed(page)
    reader.close()
    return fields
