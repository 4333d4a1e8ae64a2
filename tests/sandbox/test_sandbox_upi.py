"""UPI: an intent payment is answered with its ``upi://pay`` link and paid on the sandbox's
stand-in for the customer's UPI app (``upi_app_url``); a collect payment on the challenge page."""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urljoin, urlsplit

import httpx
import pytest
from sandbox_helpers import Api, Receiver, called_back, checked_client, data, webhook_bodies

from plural_ext.sandbox import (
    CHALLENGE_PREFIX,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
    upi_app_url,
)
from plural_ext.sandbox.pytest_plugin import RunningSandbox

INTENT = {"upi_details": {"txn_mode": "INTENT"}}
COLLECT = {"upi_details": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin.bob@okhdfcbank"}}}
# UpiPayer.vpa's pattern in the spec.
_VPA = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+")
_FORM_ACTION = re.compile(r'<form method="post" action="([^"]*)"')


@contextlib.contextmanager
def _sandbox_api(config: SandboxConfig) -> Iterator[Api]:
    """A logged-in client of a fresh in-process sandbox with ``config``."""
    with (
        Sandbox(config) as sandbox,
        checked_client(SandboxTransport(sandbox), SandboxTransport.base_url) as client,
    ):
        yield Api(client, sandbox).login()


def _pending(
    api: Api, option: dict[str, Any] = INTENT, value: int = 1100, **order: Any
) -> dict[str, Any]:
    """A new order with a PENDING UPI payment of ``option``."""
    created = data(api.create_order(value=value, **order))
    return data(api.pay(created["order_id"], value=value, option=option, method="UPI"))


def _link_fields(link: str) -> dict[str, str]:
    """The fields of a ``upi://pay`` link, each there once."""
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path, parts.fragment) == ("upi", "pay", "", "")
    fields = parse_qs(parts.query, strict_parsing=True)
    assert all(len(values) == 1 for values in fields.values()), link
    return {name: values[0] for name, values in fields.items()}


def _upi_app(api: Api, link: str) -> str:
    return upi_app_url(link, str(api.client.base_url))


def _with_fields(link: str, **fields: str | None) -> str:
    """The link with ``fields`` changed (None: left out)."""
    changed = {**_link_fields(link), **fields}
    kept = {name: value for name, value in changed.items() if value is not None}
    return "upi://pay?" + urlencode(kept, quote_via=quote, safe="@")


@pytest.mark.parametrize(
    ("value", "rupees"),
    [(1100, "11.00"), (100, "1.00"), (123456, "1234.56"), (100000000, "1000000.00")],
)
def test_an_intent_payment_is_answered_with_its_upi_pay_link(
    api: Api, value: int, rupees: str
) -> None:
    pending = _pending(api, value=value)
    assert pending["status"] == "PENDING"
    fields = _link_fields(pending["challenge_url"])
    assert fields.keys() == {"pa", "pn", "tr", "am", "cu"}
    assert _VPA.fullmatch(fields["pa"])
    assert fields["pn"] == api.sandbox.config.merchant_name
    assert fields["am"] == rupees
    assert fields["cu"] == "INR"
    assert re.fullmatch(r"[A-Za-z0-9_-]{16,35}", fields["tr"])  # UPI takes up to 35
    (payment,) = pending["payments"]
    assert payment["status"] == "PENDING"
    assert payment["payment_option"] == INTENT


def test_each_intent_payment_has_its_own_reference(api: Api) -> None:
    first, second = _pending(api), _pending(api)
    assert _link_fields(first["challenge_url"])["tr"] != _link_fields(second["challenge_url"])["tr"]


def test_the_link_is_url_encoded() -> None:
    name = "Chai & Sons Pvt. Ltd."
    with _sandbox_api(SandboxConfig(merchant_name=name)) as api:
        link = _pending(api)["challenge_url"]
    assert "pn=Chai%20%26%20Sons%20Pvt.%20Ltd.&" in link
    assert "%40" not in link  # the VPA's "@" as in Plural's sample link
    assert _link_fields(link)["pn"] == name


@pytest.mark.parametrize(("pre_auth", "status"), [(False, "PROCESSED"), (True, "AUTHORIZED")])
def test_approving_in_the_upi_app_pays_the_order(api: Api, pre_auth: bool, status: str) -> None:
    pending = _pending(api, pre_auth=pre_auth, value=123456)
    app = _upi_app(api, pending["challenge_url"])
    page = api.client.get(app)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert pending["order_id"] in page.text and "INR 1,234.56" in page.text
    assert 'id="approve"' in page.text and 'id="decline"' in page.text
    # Approve as a browser does: the page's own form, to its own action.
    action = html.unescape(_FORM_ACTION.search(page.text).group(1))  # type: ignore[union-attr]
    answer = api.client.post(urljoin(app, action), data={"action": "approve"})
    fields = called_back(answer)
    assert fields["order_id"] == pending["order_id"] and fields["status"] == status

    order = api.get(pending["order_id"])
    assert order["status"] == status
    (payment,) = order["payments"]
    assert payment["status"] == status
    assert payment["payment_option"] == INTENT
    assert payment["acquirer_data"]["rrn"]


def test_declining_in_the_upi_app_fails_the_payment(api: Api) -> None:
    pending = _pending(api, pre_auth=False)
    answer = api.client.post(_upi_app(api, pending["challenge_url"]), data={"action": "decline"})
    fields = called_back(answer)
    assert fields["status"] == "ATTEMPTED" and fields["error_code"] == "PAYMENT_DECLINED"
    order = api.get(pending["order_id"])
    assert order["status"] == "ATTEMPTED"
    (payment,) = order["payments"]
    assert payment["status"] == "FAILED"
    assert payment["error_detail"]["code"] == "PAYMENT_DECLINED"
    assert payment["payment_option"] == INTENT

    # The customer may pay again, with a new link.
    retry = data(api.pay(order["order_id"], option=INTENT, method="UPI"))
    assert retry["challenge_url"] != pending["challenge_url"]
    api.client.post(_upi_app(api, retry["challenge_url"]), data={"action": "approve"})
    assert api.get(order["order_id"])["status"] == "PROCESSED"


def test_the_upi_app_answer_is_sent_as_webhooks(receiver: Receiver) -> None:
    config = SandboxConfig(webhook_url=receiver.url, webhook_backoff=0.01)
    with _sandbox_api(config) as api:
        declined = _pending(api, pre_auth=False)
        api.client.post(_upi_app(api, declined["challenge_url"]), data={"action": "decline"})
        paid = _pending(api, pre_auth=False)
        api.client.post(_upi_app(api, paid["challenge_url"]), data={"action": "approve"})
        assert api.sandbox.webhooks.join(timeout=10)

    failed, processed = webhook_bodies(receiver)
    assert failed["event_type"] == "PAYMENT_FAILED"
    assert failed["data"]["order_id"] == declined["order_id"]
    assert processed["event_type"] == "ORDER_PROCESSED"
    assert processed["data"]["order_id"] == paid["order_id"]
    for event in (failed, processed):
        assert event["data"]["payments"][0]["payment_option"] == {
            "upi_data": {"txn_mode": "INTENT"}
        }


def _unknown_challenge(api: Api) -> httpx.Response:
    return api.client.get(f"{api.client.base_url}{CHALLENGE_PREFIX}/not-a-token")


@pytest.mark.parametrize(
    "tr",
    ["not-a-token", "", None, "card", "collect"],
    ids=["unknown", "empty", "missing", "a-card-payment", "a-collect-payment"],
)
def test_a_tr_of_no_intent_payment_is_an_unknown_challenge(api: Api, tr: str | None) -> None:
    pending = _pending(api)
    others = {
        "card": data(api.pay(data(api.create_order())["order_id"])),
        "collect": _pending(api, COLLECT),
    }
    if tr in others:
        # Another payment's challenge token, in a link no one was given.
        tr = others[tr]["challenge_url"].rsplit("/", 1)[-1]
    app = _upi_app(api, _with_fields(pending["challenge_url"], tr=tr))
    unknown = _unknown_challenge(api)
    assert unknown.status_code == 404
    for answer in (api.client.get(app), api.client.post(app, data={"action": "approve"})):
        assert (answer.status_code, answer.text) == (unknown.status_code, unknown.text)
    assert all(api.get(o["order_id"])["status"] == "PENDING" for o in [pending, *others.values()])


def test_an_answered_link_is_answered_as_an_answered_challenge(api: Api) -> None:
    pending = _pending(api)
    app = _upi_app(api, pending["challenge_url"])
    api.client.post(app, data={"action": "approve"})
    tr = _link_fields(pending["challenge_url"])["tr"]
    challenge = api.client.get(f"{api.client.base_url}{CHALLENGE_PREFIX}/{tr}")
    again = api.client.post(app, data={"action": "decline"})
    assert challenge.status_code == again.status_code == 409
    assert api.client.get(app).text == challenge.text
    assert api.get(pending["order_id"])["status"] == "AUTHORIZED"


def test_the_upi_app_is_no_other_page(api: Api) -> None:
    app = _upi_app(api, _pending(api)["challenge_url"])
    assert api.client.put(app).status_code == 405
    longer = app.replace("/sandbox/upi/pay?", "/sandbox/upi/payments?")
    assert api.client.get(longer).status_code == 404


def test_a_collect_payment_is_answered_on_the_challenge_page(api: Api) -> None:
    pending = _pending(api, COLLECT, pre_auth=False)
    assert pending["challenge_url"].startswith(f"{api.client.base_url}{CHALLENGE_PREFIX}/")
    page = api.client.get(pending["challenge_url"])
    assert "kevin.bob@okhdfcbank" in page.text
    assert called_back(api.answer(pending, "approve"))["status"] == "PROCESSED"
    (payment,) = api.get(pending["order_id"])["payments"]
    assert payment["status"] == "PROCESSED"
    assert payment["payment_option"] == COLLECT
    with pytest.raises(ValueError, match="not a upi://pay link"):
        _upi_app(api, pending["challenge_url"])


@pytest.mark.parametrize(
    "link", ["https://pay.example/?tr=abc", "upi://mandate?tr=abc", "upi:pay?tr=abc"]
)
def test_upi_app_url_takes_only_a_upi_pay_link(link: str) -> None:
    with pytest.raises(ValueError, match="not a upi://pay link"):
        upi_app_url(link, "http://127.0.0.1:8080")


def test_upi_app_url_keeps_the_link_query() -> None:
    link = "upi://pay?pa=plural.1@sandbox&pn=A%20B&tr=abc&am=1.00&cu=INR"
    assert upi_app_url(link, "http://127.0.0.1:8080/") == (
        "http://127.0.0.1:8080/sandbox/upi/pay?pa=plural.1@sandbox&pn=A%20B&tr=abc&am=1.00&cu=INR"
    )


def test_a_browser_pays_in_the_upi_app_over_http(plural_sandbox: RunningSandbox) -> None:
    with checked_client(None, plural_sandbox.base_url) as client:
        api = Api(client, plural_sandbox.sandbox).login()
        pending = _pending(api)
    app = upi_app_url(pending["challenge_url"], plural_sandbox.base_url)
    with httpx.Client(trust_env=False) as browser:
        assert browser.get(app).status_code == 200
        fields = called_back(browser.post(app, data={"action": "approve"}))
    assert fields["order_id"] == pending["order_id"] and fields["status"] == "AUTHORIZED"
