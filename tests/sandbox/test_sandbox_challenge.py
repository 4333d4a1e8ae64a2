"""The challenge page over real HTTP: approve or decline, then back to the merchant, signed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from sandbox_helpers import Api, checked_client, data

from plural_ext._exceptions import SignatureError
from plural_ext._signatures import verify_callback
from plural_ext.sandbox import CARD_AUTHENTICATION_FAILURE, CARD_DECLINE, CARD_SUCCESS
from plural_ext.sandbox.pytest_plugin import RunningSandbox


@pytest.fixture
def http_api(plural_sandbox: RunningSandbox) -> Iterator[Api]:
    with checked_client(None, plural_sandbox.base_url) as client:
        yield Api(client, plural_sandbox.sandbox).login()


def _pending(api: Api, card: str = CARD_SUCCESS, **order: Any) -> dict[str, Any]:
    created = data(api.create_order(**order))
    return data(api.pay(created["order_id"], card, value=created["order_amount"]["value"]))


def _redirect(api: Api, pending: dict[str, Any], action: str) -> tuple[str, str]:
    response = api.answer(pending, action)
    assert response.status_code == 303
    location = urlsplit(response.headers["Location"])
    return f"{location.scheme}://{location.netloc}{location.path}", location.query


def test_page_shows_the_order_and_two_buttons(
    http_api: Api, plural_sandbox: RunningSandbox
) -> None:
    pending = _pending(http_api, value=123456)
    assert pending["challenge_url"].startswith(plural_sandbox.base_url + "/sandbox/challenge/")
    page = http_api.client.get(pending["challenge_url"])
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert pending["order_id"] in page.text
    assert "INR 1,234.56" in page.text
    assert 'id="approve"' in page.text and 'id="decline"' in page.text
    assert 'method="post"' in page.text
    assert CARD_SUCCESS not in page.text and "1111" in page.text


@pytest.mark.parametrize(
    ("card", "action", "target", "status", "error_code"),
    [
        (CARD_SUCCESS, "approve", "https://merchant.test/return", "AUTHORIZED", None),
        (CARD_SUCCESS, "decline", "https://merchant.test/failed", "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_DECLINE, "approve", "https://merchant.test/failed", "ATTEMPTED", "PAYMENT_DECLINED"),
        (
            CARD_AUTHENTICATION_FAILURE,
            "approve",
            "https://merchant.test/failed",
            "FAILED",
            "USER_AUTHENTICATION_FAILED",
        ),
    ],
)
def test_answer_redirects_with_signed_fields(
    http_api: Api, card: str, action: str, target: str, status: str, error_code: str | None
) -> None:
    pending = _pending(http_api, card)
    url, query = _redirect(http_api, pending, action)
    assert url == target
    result = verify_callback(query, http_api.sandbox.config.callback_secret_key)
    assert result.order_id == pending["order_id"]
    assert result.status == status
    assert result.error_code == error_code
    expected = {"order_id", "status"} | ({"error_code", "error_message"} if error_code else set())
    assert set(result.fields) == expected
    assert http_api.get(pending["order_id"])["status"] == status


def test_signature_does_not_verify_with_another_key_or_changed_fields(http_api: Api) -> None:
    _, query = _redirect(http_api, _pending(http_api), "approve")
    with pytest.raises(SignatureError):
        verify_callback(query, "00" * 16)
    with pytest.raises(SignatureError):
        verify_callback(
            query.replace("AUTHORIZED", "PROCESSED"), http_api.sandbox.config.callback_secret_key
        )


def test_failure_falls_back_to_callback_url(http_api: Api) -> None:
    pending = _pending(http_api, CARD_DECLINE, failure_callback_url="")
    url, _ = _redirect(http_api, pending, "approve")
    assert url == "https://merchant.test/return"


def test_callback_url_query_is_kept(http_api: Api) -> None:
    pending = _pending(http_api, callback_url="https://merchant.test/return?cart=42")
    _, query = _redirect(http_api, pending, "approve")
    assert query.startswith("cart=42&")


def test_without_callback_url_a_result_page_is_shown(http_api: Api) -> None:
    pending = _pending(http_api, callback_url="", failure_callback_url="")
    page = http_api.answer(pending, "approve")
    assert page.status_code == 200
    assert "Payment successful" in page.text
    assert pending["order_id"] in page.text and "signature" in page.text


def test_second_answer_is_409(http_api: Api) -> None:
    pending = _pending(http_api)
    _redirect(http_api, pending, "approve")
    again = http_api.answer(pending, "decline")
    assert again.status_code == 409
    assert again.headers["Content-Type"].startswith("text/html")
    assert http_api.client.get(pending["challenge_url"]).status_code == 409
    assert http_api.get(pending["order_id"])["status"] == "AUTHORIZED"


def test_bad_answers(http_api: Api, plural_sandbox: RunningSandbox) -> None:
    pending = _pending(http_api)
    assert http_api.answer(pending, "maybe").status_code == 400
    assert http_api.client.put(pending["challenge_url"]).status_code == 405
    unknown = plural_sandbox.base_url + "/sandbox/challenge/not-a-token"
    assert http_api.client.get(unknown).status_code == 404
    assert http_api.get(pending["order_id"])["status"] == "PENDING"


def test_browser_needs_no_token(http_api: Api) -> None:
    pending = _pending(http_api)
    with httpx.Client(trust_env=False, follow_redirects=False) as browser:
        assert browser.get(pending["challenge_url"]).status_code == 200
        assert browser.post(pending["challenge_url"], data={"action": "approve"}).status_code == 303
