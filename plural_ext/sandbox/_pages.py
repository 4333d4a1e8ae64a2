"""The customer-facing HTML: the challenge page, its outcome, and error pages.

After the challenge the browser goes back to the order's ``callback_url`` on success
or ``failure_callback_url`` (else ``callback_url``) on failure, with the guide's §4.1
fields and their signature. By default it POSTs them, as Plural's plugins receive
them: a page holding a form of hidden inputs that submits itself (a button does it
where scripts do not run), so the merchant reads an
``application/x-www-form-urlencoded`` body and the callback URL's own query is left
alone. ``SandboxConfig.callback_method = "GET"`` sends a 303 See Other instead, the
fields in the query string. An order without an http(s) callback URL gets a result
page instead: the sandbox sends a browser nowhere else (a ``javascript:`` action
would run in the sandbox's own page).
"""

from __future__ import annotations

import functools
import html
from collections.abc import Mapping
from importlib import resources
from string import Template
from urllib.parse import parse_qs

import httpx

from plural_ext._signatures import callback_signature
from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._ledger import ChallengeOutcome
from plural_ext.sandbox._records import OrderRecord, PaymentRecord

__all__ = [
    "challenge_page",
    "get_or_post_only",
    "html_page",
    "message_page",
    "money",
    "outcome_response",
    "page_template",
    "read_form",
]


def challenge_page(order: OrderRecord, payment: PaymentRecord, action: str) -> httpx.Response:
    """The page with Approve and Decline, posting ``action=approve|decline`` to ``action``."""
    page = page_template("challenge.html").substitute(
        order_id=html.escape(order.order_id),
        amount=html.escape(money(payment.amount.value, payment.amount.currency)),
        instrument=html.escape(_instrument(payment)),
        action=html.escape(action),
    )
    return html_page(200, page)


def message_page(
    status: int, title: str, message: str, fields: Mapping[str, str] | None = None
) -> httpx.Response:
    """A plain page for results and refusals; the browser is a person, not an API client."""
    rows = "".join(
        f"<dt>{html.escape(name)}</dt><dd id='field-{html.escape(name)}'>{html.escape(value)}</dd>"
        for name, value in (fields or {}).items()
    )
    page = page_template("message.html").substitute(
        title=html.escape(title), message=html.escape(message), fields=rows
    )
    return html_page(status, page)


def get_or_post_only() -> httpx.Response:
    """The 405 of a customer page, which takes GET (the page) and POST (its form) only."""
    page = message_page(405, "Method not allowed", "Use GET or POST.")
    page.headers["Allow"] = "GET, POST"
    return page


def read_form(request: httpx.Request) -> dict[str, str]:
    """A page's posted form, the last value of each field (as a server reads a browser's)."""
    fields = parse_qs(request.content.decode("utf-8", "replace"))
    return {name: values[-1] for name, values in fields.items()}


def outcome_response(outcome: ChallengeOutcome, config: SandboxConfig) -> httpx.Response:
    """Send the browser back to the merchant with the result, signed with the config's key.

    Every page that ends a payment (the challenge, the hosted checkout, a payment link)
    ends with this, so that the callback reaches the merchant one way: a self-submitting
    POST form (200), or a 303 with the fields in the query (``callback_method="GET"``).
    """
    fields = dict(outcome.fields)
    fields["signature"] = callback_signature(fields, config.callback_secret_key)
    echoed = outcome.order.echoed
    url = echoed.get("callback_url")
    if not outcome.succeeded:
        url = echoed.get("failure_callback_url") or url
    title = "Payment successful" if outcome.succeeded else "Payment failed"
    target = _web_url(url)
    if target is None:
        reason = "has no callback_url" if not url else "has a callback_url that is not http(s)"
        return message_page(200, title, f"The order {reason} to return to.", fields)
    if config.callback_method == "GET":
        location = target.copy_merge_params(fields)
        return httpx.Response(303, headers={"Location": str(location)})
    # The URL as the merchant wrote it: the browser encodes it as it would any link.
    return _callback_form(title, str(url), fields)


def _callback_form(title: str, action: str, fields: Mapping[str, str]) -> httpx.Response:
    """The page that POSTs ``fields`` to ``action`` by itself, as Plural's does."""
    inputs = "\n".join(
        f'    <input type="hidden" name="{html.escape(name)}" value="{html.escape(value)}">'
        for name, value in fields.items()
    )
    page = page_template("callback.html").substitute(
        title=html.escape(title), action=html.escape(action), inputs=inputs
    )
    return html_page(200, page)


def _web_url(url: object) -> httpx.URL | None:
    """``url`` when it is an absolute http(s) URL, else None."""
    if not isinstance(url, str) or not url:
        return None
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):  # "http://[::1" and the like
        return None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return None
    return parsed


@functools.cache
def page_template(name: str) -> Template:
    text = resources.files("plural_ext.sandbox").joinpath(name).read_text("utf-8")
    return Template(text)


def html_page(status: int, page: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=page.encode("utf-8"),
        # The page holds a one-time form: neither cache it nor let it be framed elsewhere.
        headers={
            "Content-Type": "text/html; charset=utf-8",
            "Cache-Control": "no-store",
            "X-Frame-Options": "DENY",
        },
    )


def money(paise: int, currency: str) -> str:
    rupees, rest = divmod(paise, 100)
    return f"{currency} {rupees:,}.{rest:02d}"


def _instrument(payment: PaymentRecord) -> str:
    card = payment.option_data.get("card_data")
    if card is not None:
        return f"{card['network_name']} card ending {card['last4_digit']}"
    upi = payment.option_data.get("upi_details")
    if upi is not None:
        # A collect request goes to the payer's VPA; an intent link is paid from any.
        vpa = upi.get("payer", {}).get("vpa")
        return f"UPI, {vpa}" if vpa else "UPI"
    return payment.method.title()
