"""Native OTP: a pending card payment completed with the OTP on the merchant's own page."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, Clock, assert_error, data

from plural_client.api.otp import generate_otp, submit_otp
from plural_client.models import OtpMetaData, OtpRequest, OtpResponse, SubmitOtpRequest
from plural_ext import InvalidRequestError, Plural
from plural_ext.sandbox import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    SandboxTransport,
)
from plural_ext.sandbox._otp import OTP_ATTEMPTS, OTP_RESENDS, RESEND_AFTER, SANDBOX_OTP

WRONG_OTP = "987654"


def _pending(api: Api, card: str = CARD_SUCCESS, **order: Any) -> tuple[dict[str, Any], str]:
    created = data(api.create_order(**order))
    pending = data(api.pay(created["order_id"], card))
    return pending, pending["payments"][0]["id"]


def _otp(api: Api, step: str, payment_id: str, otp: str | None = None) -> httpx.Response:
    body = {"payment_id": payment_id} | ({"otp": otp} if otp is not None else {})
    return api.client.post(f"/api/pay/v1/otp/{step}", json=body)


def _payment(api: Api, order_id: str) -> dict[str, Any]:
    payment: dict[str, Any] = api.get(order_id)["payments"][0]
    return payment


@pytest.mark.parametrize(("pre_auth", "status"), [(True, "AUTHORIZED"), (False, "PROCESSED")])
def test_right_otp_completes_the_payment(api: Api, pre_auth: bool, status: str) -> None:
    pending, payment_id = _pending(api, pre_auth=pre_auth)

    sent = _otp(api, "generate", payment_id)
    assert sent.status_code == 200
    assert sent.json() == {
        "next": ["SUBMIT_OTP", "RESEND_OTP"],
        "meta_data": {"resend_after": "30"},
    }
    submitted = _otp(api, "submit", payment_id, SANDBOX_OTP)

    assert submitted.status_code == 200
    assert submitted.json() == {"status": "SUCCESS"}
    order = api.get(pending["order_id"])
    assert order["status"] == status
    assert order["payments"][0]["status"] == status
    assert set(order["payments"][0]["acquirer_data"]) == {
        "approval_code",
        "acquirer_reference",
        "rrn",
    }
    # The challenge is answered: its page takes no second answer.
    assert api.client.get(pending["challenge_url"]).status_code == 409


@pytest.mark.parametrize(
    ("card", "order_status", "error_code"),
    [
        (CARD_DECLINE, "ATTEMPTED", "PAYMENT_DECLINED"),
        (CARD_AUTHENTICATION_FAILURE, "FAILED", "USER_AUTHENTICATION_FAILED"),
    ],
)
def test_declining_card_still_declines_after_the_right_otp(
    api: Api, card: str, order_status: str, error_code: str
) -> None:
    pending, payment_id = _pending(api, card)
    assert _otp(api, "generate", payment_id).status_code == 200

    refused = assert_error(_otp(api, "submit", payment_id, SANDBOX_OTP), 422, error_code)

    assert refused["next"] == ["NONE"]
    order = api.get(pending["order_id"])
    assert order["status"] == order_status
    assert order["payments"][0]["status"] == "FAILED"
    assert order["payments"][0]["error_detail"]["code"] == error_code


def test_wrong_otp_is_refused_with_the_attempts_left(api: Api) -> None:
    pending, payment_id = _pending(api)
    _otp(api, "generate", payment_id)

    for left in range(OTP_ATTEMPTS - 1, 0, -1):
        refused = assert_error(_otp(api, "submit", payment_id, WRONG_OTP), 422, "INVALID_OTP")
        assert refused["additional_error_details"]["metadata"] == {"attempts_left": left}
        assert refused["next"] == ["SUBMIT_OTP", "RESEND_OTP"]
        assert _payment(api, pending["order_id"])["status"] == "PENDING"

    assert _otp(api, "submit", payment_id, SANDBOX_OTP).json() == {"status": "SUCCESS"}
    assert api.get(pending["order_id"])["status"] == "AUTHORIZED"


def test_last_wrong_otp_fails_the_payment_as_a_decline(api: Api) -> None:
    pending, payment_id = _pending(api)
    _otp(api, "generate", payment_id)
    for _ in range(OTP_ATTEMPTS - 1):
        _otp(api, "submit", payment_id, WRONG_OTP)

    last = assert_error(_otp(api, "submit", payment_id, WRONG_OTP), 422, "INVALID_OTP")

    assert last["additional_error_details"]["metadata"] == {"attempts_left": 0}
    assert last["next"] == ["NONE"]
    order = api.get(pending["order_id"])
    assert order["status"] == "ATTEMPTED"  # the customer may pay again, as after a decline
    assert order["payments"][0]["status"] == "FAILED"
    assert order["payments"][0]["error_detail"]["code"] == "PAYMENT_DECLINED"
    # Not even the right OTP brings it back.
    again = assert_error(_otp(api, "submit", payment_id, SANDBOX_OTP), 400, "INVALID_REQUEST")
    assert again["additional_error_details"]["reason"] == "status FAILED"


def test_resend_waits_its_time_and_stops_at_the_limit(api: Api, clock: Clock) -> None:
    _, payment_id = _pending(api)
    _otp(api, "generate", payment_id)

    early = assert_error(_otp(api, "resend", payment_id), 400, "INVALID_REQUEST")
    assert early["meta_data"] == {"resend_after": str(RESEND_AFTER)}
    clock.advance(10)
    early = assert_error(_otp(api, "resend", payment_id), 400, "INVALID_REQUEST")
    assert early["meta_data"] == {"resend_after": str(RESEND_AFTER - 10)}
    assert early["next"] == ["SUBMIT_OTP", "RESEND_OTP"]

    answers = []
    for _ in range(OTP_RESENDS):
        clock.advance(RESEND_AFTER)
        resent = _otp(api, "resend", payment_id)
        assert resent.status_code == 200
        answers.append(resent.json())
    assert answers[0] == {
        "status": "SUCCESS",
        "next": ["SUBMIT_OTP", "RESEND_OTP"],
        "meta_data": {"resend_after": str(RESEND_AFTER)},
    }
    assert answers[-1] == {"status": "SUCCESS", "next": ["SUBMIT_OTP"]}

    clock.advance(RESEND_AFTER)
    spent = assert_error(_otp(api, "resend", payment_id), 400, "INVALID_REQUEST")
    assert spent["next"] == ["SUBMIT_OTP"]
    assert spent["additional_error_details"]["reason"] == "resend limit reached"
    assert _otp(api, "submit", payment_id, SANDBOX_OTP).json() == {"status": "SUCCESS"}


def test_generate_again_resets_nothing(api: Api, clock: Clock) -> None:
    _, payment_id = _pending(api)
    _otp(api, "generate", payment_id)
    _otp(api, "submit", payment_id, WRONG_OTP)
    clock.advance(12)

    again = _otp(api, "generate", payment_id)

    assert again.json()["meta_data"] == {"resend_after": str(RESEND_AFTER - 12)}
    refused = assert_error(_otp(api, "submit", payment_id, WRONG_OTP), 422, "INVALID_OTP")
    assert refused["additional_error_details"]["metadata"] == {"attempts_left": OTP_ATTEMPTS - 2}


@pytest.mark.parametrize("step", ["generate", "submit", "resend"])
def test_unknown_payment_is_refused(api: Api, step: str) -> None:
    refused = assert_error(
        _otp(api, step, "v1-0000000000-aa-AAAAAA-cc-A", SANDBOX_OTP if step == "submit" else None),
        400,
        "INVALID_REQUEST",
    )
    assert refused["additional_error_details"]["reason"] == "unknown payment"


@pytest.mark.parametrize("step", ["submit", "resend"])
def test_otp_needs_generate_first(api: Api, step: str) -> None:
    pending, payment_id = _pending(api)
    otp = SANDBOX_OTP if step == "submit" else None
    refused = assert_error(_otp(api, step, payment_id, otp), 400, "INVALID_REQUEST")
    assert refused["additional_error_details"]["reason"] == "OTP not generated"
    assert api.get(pending["order_id"])["status"] == "PENDING"


def test_payment_answered_on_its_challenge_page_takes_no_otp(api: Api) -> None:
    pending, payment_id = _pending(api)
    _otp(api, "generate", payment_id)
    api.answer(pending, "approve")

    for step, otp in [("generate", None), ("submit", SANDBOX_OTP), ("resend", None)]:
        refused = assert_error(_otp(api, step, payment_id, otp), 400, "INVALID_REQUEST")
        assert refused["additional_error_details"]["reason"] == "status AUTHORIZED"


def test_otp_is_for_card_payments_only(api: Api) -> None:
    order = data(api.create_order())
    upi = {"upi_details": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin@okbank"}}}
    pending = data(api.pay(order["order_id"], option=upi, method="UPI"))
    refused = assert_error(
        _otp(api, "generate", pending["payments"][0]["id"]), 422, "INVALID_REQUEST"
    )
    assert refused["additional_error_details"]["reason"] == "not a card payment"


def test_the_otp_is_in_no_answer_or_log(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _, payment_id = _pending(api)
    answers = [_otp(api, "generate", payment_id), _otp(api, "submit", payment_id, WRONG_OTP)]
    answers += [_otp(api, "resend", payment_id), _otp(api, "submit", payment_id, SANDBOX_OTP)]
    for answer in answers:
        assert WRONG_OTP not in answer.text and SANDBOX_OTP not in answer.text
    assert WRONG_OTP not in caplog.text and SANDBOX_OTP not in caplog.text


def test_typed_client_reads_the_otp_answers(
    plural_sandbox_transport: SandboxTransport, api: Api
) -> None:
    _, payment_id = _pending(api)
    with Plural(
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        base_url=plural_sandbox_transport.base_url,
        transport=plural_sandbox_transport,
        entry_points=False,
    ) as plural:
        sent = generate_otp.sync(client=plural.client, body=OtpRequest(payment_id=payment_id))
        assert isinstance(sent, OtpResponse)
        assert isinstance(sent.meta_data, OtpMetaData) and sent.meta_data.resend_after == "30"
        with pytest.raises(InvalidRequestError) as refused:
            submit_otp.sync(
                client=plural.client, body=SubmitOtpRequest(payment_id=payment_id, otp=WRONG_OTP)
            )
        assert (refused.value.status_code, refused.value.code) == (422, "INVALID_OTP")
        done = submit_otp.sync(
            client=plural.client, body=SubmitOtpRequest(payment_id=payment_id, otp=SANDBOX_OTP)
        )
        assert isinstance(done, OtpResponse) and done.status == "SUCCESS"
