"""The customer's side of a checkout: a sandbox page answered as a person's browser would.

Every page where the sandbox asks the customer something ends the same way: a card's 3-D
Secure challenge (Approve / Decline), the hosted checkout and a payment link's page (pick a
method, Pay / Decline), the stand-in for a UPI app. :func:`approve` and :func:`decline`
GET the page, fill in its form as a customer would, POST it where the form says, and read
what the sandbox answers: a self-submitting form to the merchant's ``callback_url`` (POST),
or a 303 to it (``callback_method="GET"``). That is the :class:`Callback`, what the
merchant's server receives next.

The pure pieces (:func:`customer_form`, :func:`read_callback`) serve the synchronous
functions here and the asyncio approver of ``plural_ext._checkout`` alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from plural_client.types import Unset
from plural_ext._redact import redact_text, redact_value

__all__ = [
    "Callback",
    "CustomerStepError",
    "UnexpectedStep",
    "approve",
    "customer_form",
    "decline",
    "read_callback",
]

Action = Literal["approve", "decline"]
PAGE_TIMEOUT = 10.0
"""Seconds a page may take: the sandbox answers at once, so only a stuck server waits."""


class UnexpectedStep(AssertionError):
    """A step did not end as the flow needs: another response, a refused callback.

    An ``AssertionError``: in a test, a checkout that goes another way is a failure.
    """


class CustomerStepError(UnexpectedStep):
    """A page did not let the customer do what a customer does there.

    No payment page at the URL (404), an order that takes no more payments (409), a form
    the page refused, a page that sends the customer nowhere (an order without a
    ``callback_url``). The message quotes the page's own words, never a card number.
    """


@dataclass(frozen=True)
class Callback:
    """Where the page sends the customer's browser, and the fields it carries.

    ``method`` is "POST" for Plural's self-submitting form (the fields are the form's
    body: :attr:`body`) and "GET" for a 303 redirect (the fields are in ``url``'s query).
    ``fields`` holds them all, ``signature`` included: ``plural.verify_callback(callback.fields)``
    checks them either way.
    """

    method: str
    url: str
    fields: dict[str, str]

    @property
    def body(self) -> bytes:
        """The exact body a browser POSTs: the form, ``application/x-www-form-urlencoded``
        in the page's order (``b""`` for a GET callback, whose fields are in the URL)."""
        if self.method != "POST":
            return b""
        return urlencode(list(self.fields.items())).encode("ascii")

    def request(self) -> httpx.Request:
        """What a browser sends the merchant: the form as a browser encodes it, or the GET."""
        if self.method == "POST":
            return httpx.Request(
                "POST",
                self.url,
                content=self.body,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
        return httpx.Request("GET", self.url)

    def __repr__(self) -> str:
        # The signature is a credential of sorts: a repr lands in logs and test reports.
        shown = {name: redact_value(name, value) for name, value in self.fields.items()}
        return f"Callback(method={self.method!r}, url={redact_text(self.url)!r}, fields={shown!r})"


def approve(
    url: str | Unset,
    *,
    method: str | None = None,
    card_number: str | None = None,
    base_url: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Callback:
    """The customer approves (or pays) on the sandbox page at ``url``: the callback they
    are sent on with.

    ``url`` is an order's ``challenge_url`` (a card's 3-D Secure page, a collect or
    netbanking page), a hosted checkout's ``redirect_url``, a payment link's
    ``payment_link``, or a UPI intent ``upi://pay`` link, paid on the sandbox page
    standing in for the customer's UPI app at ``base_url`` (``plural.settings.base_url``;
    the transport's own with a ``SandboxTransport``).

    On the hosted checkout and payment link pages the customer picks ``method`` ("CARD"
    when offered, else the first) and types ``card_number``
    (``plural_ext.sandbox.CARD_SUCCESS`` unless given: the test card decides the outcome).
    On a challenge page the card was given with the payment: ``method`` and
    ``card_number`` are refused there.

    ``transport``: a ``SandboxTransport`` for an in-process sandbox; over HTTP otherwise.
    Raises :class:`CustomerStepError` when the page does not take the answer, and
    ``ValueError`` for a ``url`` that is no page.
    """
    return _answer(url, "approve", method, card_number, base_url, transport)


def decline(
    url: str | Unset,
    *,
    method: str | None = None,
    card_number: str | None = None,
    base_url: str | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Callback:
    """The customer declines on the sandbox page at ``url`` (a bank or customer saying no):
    the callback to the ``failure_callback_url`` (else the ``callback_url``). The same
    arguments as :func:`approve`; on a checkout or link page the form is filled in first,
    as the page asks, then Decline is pressed."""
    return _answer(url, "decline", method, card_number, base_url, transport)


def _answer(
    url: str | Unset,
    action: Action,
    method: str | None,
    card_number: str | None,
    base_url: str | None,
    transport: httpx.BaseTransport | None,
) -> Callback:
    page_url = page_address(url, base_url, transport)
    # trust_env off: a proxy from the environment must not see, or swallow, a local page.
    with httpx.Client(timeout=PAGE_TIMEOUT, transport=transport, trust_env=False) as browser:
        target, form = customer_form(
            browser.get(page_url), action, method=method, card_number=card_number
        )
        return read_callback(browser.post(target, data=form))


def page_address(
    url: str | Unset, base_url: str | None, transport: httpx.BaseTransport | None
) -> str:
    """The http(s) address of the page ``url`` opens: itself, or for a ``upi://pay`` link
    the sandbox's stand-in for a UPI app."""
    if not isinstance(url, str) or not url:
        raise ValueError(
            "url: no page to open (the order has no challenge_url?): give a challenge_url,"
            " redirect_url, payment_link or upi://pay link"
        )
    scheme = urlsplit(url).scheme
    if scheme in ("http", "https"):
        return url
    if scheme != "upi":
        raise ValueError(f"url must be an http(s) page or a upi://pay link, not a {scheme!r} URL")
    base = base_url or getattr(transport, "base_url", None)
    if not isinstance(base, str) or not base:
        raise ValueError(
            "base_url is needed for a upi://pay link: the sandbox's base URL"
            " (plural.settings.base_url), where its stand-in for the UPI app is"
        )
    # Imported here: the sandbox is only needed for a UPI link.
    from plural_ext.sandbox import upi_app_url

    return upi_app_url(url, base)


def customer_form(
    page: httpx.Response,
    action: Action = "approve",
    *,
    method: str | None = None,
    card_number: str | None = None,
) -> tuple[str, dict[str, str]]:
    """Where the page's form goes and what a customer posts: the form as filled in, the
    test card typed in and a method chosen where the page offers them, then the button."""
    if page.status_code != 200 or 'id="approve"' not in page.text:
        raise CustomerStepError(f"{action}: {_page_says(page)}")
    reader = _FormReader()
    reader.feed(page.text)
    reader.close()
    if reader.form is None:
        raise CustomerStepError(f"{action}: the page at {_where(page)} has no form")
    fields = dict(reader.fields)
    methods = reader.choices.get("method", [])
    if methods:
        fields["method"] = _chosen(method, methods)
    elif method is not None:
        raise ValueError(f"method: this page offers no choice of method ({method!r} given)")
    if "card_number" in fields and fields.get("method", "CARD") == "CARD":
        fields["card_number"] = card_number or _test_card()
    elif card_number is not None:
        raise ValueError(
            "card_number: this page takes no card number (a challenge's card is the payment's)"
        )
    target = str(page.url.join(reader.form.get("action") or page.url))
    return target, {**fields, "action": action}


def read_callback(answer: httpx.Response) -> Callback:
    """The callback in a page's answer: its self-submitting form, or its 303."""
    if answer.status_code == 303:
        location = answer.headers["Location"]
        return Callback("GET", location, dict(parse_qsl(urlsplit(location).query)))
    if answer.status_code != 200 or not answer.headers.get("Content-Type", "").startswith(
        "text/html"
    ):
        raise CustomerStepError(f"approve: {_page_says(answer)}")
    reader = _FormReader()
    reader.feed(answer.text)
    reader.close()
    form = reader.form
    if form is None or form.get("method", "").lower() != "post" or not form.get("action"):
        raise CustomerStepError(
            f"approve: the page sends the customer nowhere, no callback form: {_page_says(answer)}"
        )
    return Callback("POST", str(answer.url.join(form["action"])), reader.fields)


class _FormReader(HTMLParser):
    """The first form of a page: its method, action, the values of its hidden and text
    inputs (unescaped), and the choices of its radio buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.form: dict[str, str] | None = None
        self.fields: dict[str, str] = {}
        self.choices: dict[str, list[str]] = {}
        self._in_form = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form" and self.form is None:
            self.form, self._in_form = attributes, True
        if tag != "input" or not self._in_form:
            return
        name, value = attributes.get("name", ""), attributes.get("value", "")
        if attributes.get("type") in ("hidden", "text"):
            self.fields[name] = value
        elif attributes.get("type") == "radio":
            self.choices.setdefault(name, []).append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False


def _chosen(method: str | None, offered: list[str]) -> str:
    if method is None:
        return "CARD" if "CARD" in offered else offered[0]
    if method not in offered:
        raise ValueError(
            f"method must be one this page offers ({', '.join(offered)}), not {method!r}"
        )
    return method


def _test_card() -> str:
    from plural_ext.sandbox import CARD_SUCCESS

    return CARD_SUCCESS


_PAGE_TEXT = re.compile(r'<p[^>]*\bid="(?:message|error)"[^>]*>(.*?)</p>', re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def _page_says(page: httpx.Response) -> str:
    """The status and what the page tells a person (its message, else its title)."""
    text = page.text if page.headers.get("Content-Type", "").startswith("text/html") else ""
    found = _PAGE_TEXT.search(text) or _TITLE.search(text)
    said = _plain(found.group(1)) if found else ""
    where = f"the page at {_where(page)} answered {page.status_code}"
    # Redacted as a log line is: a page may quote what it was sent.
    return f"{where}: {redact_text(said)}" if said else where


def _plain(fragment: str) -> str:
    reader = _TextReader()
    reader.feed(fragment)
    reader.close()
    return " ".join("".join(reader.parts).split())


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _where(page: httpx.Response) -> str:
    # The path only: a page's query (a UPI link's) names no secret, but stays out of errors.
    return page.url.path
