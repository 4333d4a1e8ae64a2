"""The customer-facing HTML: the challenge page, its outcome, and error pages.

After the challenge the browser is sent (303 See Other, so that it GETs) to the
order's ``callback_url`` on success or ``failure_callback_url`` (else
``callback_url``) on failure, with the guide's §4.1 fields and their signature
in the query string. An order without a callback URL gets a result page instead.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Mapping
from importlib import resources
from string import Template

import httpx

from plural_ext._signatures import callback_signature
from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._ledger import ChallengeOutcome
from plural_ext.sandbox._records import OrderRecord, PaymentRecord

__all__ = ["challenge_page", "message_page", "outcome_response"]


def challenge_page(order: OrderRecord, payment: PaymentRecord, action: str) -> httpx.Response:
    """The page with Approve and Decline, posting ``action=approve|decline`` to ``action``."""
    page = _template("challenge.html").substitute(
        order_id=html.escape(order.order_id),
        amount=html.escape(_money(payment.amount.value, payment.amount.currency)),
        instrument=html.escape(_instrument(payment)),
        action=html.escape(action),
    )
    return _html(200, page)


def message_page(
    status: int, title: str, message: str, fields: Mapping[str, str] | None = None
) -> httpx.Response:
    """A plain page for results and refusals; the browser is a person, not an API client."""
    rows = "".join(
        f"<dt>{html.escape(name)}</dt><dd id='field-{html.escape(name)}'>{html.escape(value)}</dd>"
        for name, value in (fields or {}).items()
    )
    page = _template("message.html").substitute(
        title=html.escape(title), message=html.escape(message), fields=rows
    )
    return _html(status, page)


def outcome_response(outcome: ChallengeOutcome, config: SandboxConfig) -> httpx.Response:
    """Send the browser back to the merchant with the result, signed with the config's key.

    Every page that ends a payment (the challenge, the hosted checkout, a payment link)
    ends with this, so that the callback reaches the merchant one way.
    """
    fields = dict(outcome.fields)
    fields["signature"] = callback_signature(fields, config.callback_secret_key)
    echoed = outcome.order.echoed
    url = echoed.get("callback_url")
    if not outcome.succeeded:
        url = echoed.get("failure_callback_url") or url
    if not url:
        title = "Payment successful" if outcome.succeeded else "Payment failed"
        return message_page(200, title, "The order has no callback_url to return to.", fields)
    location = httpx.URL(url).copy_merge_params(fields)
    return httpx.Response(303, headers={"Location": str(location)})


@functools.cache
def _template(name: str) -> Template:
    text = resources.files("plural_ext.sandbox").joinpath(name).read_text("utf-8")
    return Template(text)


def _html(status: int, page: str) -> httpx.Response:
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


def _money(paise: int, currency: str) -> str:
    rupees, rest = divmod(paise, 100)
    return f"{currency} {rupees:,}.{rest:02d}"


def _instrument(payment: PaymentRecord) -> str:
    card = payment.option_data.get("card_data")
    if card is not None:
        return f"{card['network_name']} card ending {card['last4_digit']}"
    return payment.method.title()
