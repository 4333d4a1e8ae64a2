"""Native OTP of a card payment: generate_otp, submit_otp and resend_otp.

create_payment leaves a card payment PENDING on its challenge page; with native OTP
the merchant asks the customer for the OTP on its own page instead. generate_otp
"sends" the OTP, which in the sandbox is always :data:`SANDBOX_OTP`. submit_otp with
it answers the payment's challenge as Approve does: the card's outcome, so a declining
test card still declines. A wrong OTP is refused with the attempts left; the
:data:`OTP_ATTEMPTS`-th wrong one fails the payment as Decline does. resend_otp sends
the OTP again once :data:`RESEND_AFTER` seconds have passed since it was last sent (by
the sandbox's clock), at most :data:`OTP_RESENDS` times; a resend gives no new attempts.
Repeating generate_otp sends nothing: it answers where the OTP stands.

Plural documents no 404 for these calls (the payment id is in the body), so an
unknown ``payment_id`` is a 400 INVALID_REQUEST, as is a payment that is not PENDING,
an OTP asked for before generate_otp, and a resend too early or past the limit;
``next`` and ``meta_data.resend_after`` then say what may still be done. A payment
that is not a card's is a 422; so is a wrong OTP (code INVALID_OTP,
``additional_error_details.metadata.attempts_left``) and a right OTP the card then
declines (the payment's error code, ``next`` NONE).

The OTP is compared in constant time and appears in no answer, message or log.
"""

from __future__ import annotations

import dataclasses
import hmac
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from plural_ext.sandbox import _errors
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._family import Call, Page, Route, State, json_response
from plural_ext.sandbox._state import Kind, Record

__all__ = ["OTP_ATTEMPTS", "OTP_RESENDS", "RESEND_AFTER", "SANDBOX_OTP", "NativeOtp"]

SANDBOX_OTP = "123456"
"""The OTP of every payment: submit it to approve, anything else is a wrong OTP."""
OTP_ATTEMPTS = 3
"""Wrong OTPs a payment takes; the last of them fails the payment."""
OTP_RESENDS = 3
"""Times resend_otp sends the OTP again for one payment."""
RESEND_AFTER = 30
"""Seconds from one send of the OTP to the next allowed resend."""
_OTP = "otp"  # the kind of record in a state file: where a payment's OTP stands


@dataclass(slots=True)
class _SentOtp:
    """Where one payment's OTP stands."""

    sent_at: float
    resends_left: int = OTP_RESENDS
    attempts_left: int = OTP_ATTEMPTS


class _OtpRefusal(SandboxError):
    """A refusal in Plural's OtpError shape: its error, and what may still be done."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        step: str,
        reason: str,
        next_actions: list[str],
        resend_after: int | None = None,
        attempts_left: int | None = None,
    ) -> None:
        super().__init__(status, code, message, source="payment_id", step=step, reason=reason)
        self.next_actions = next_actions
        self.resend_after = resend_after
        self.attempts_left = attempts_left

    def body(self) -> dict[str, Any]:
        body = super().body()
        body["next"] = self.next_actions
        if self.resend_after is not None:
            body["meta_data"] = {"resend_after": str(self.resend_after)}
        if self.attempts_left is not None:
            body["additional_error_details"]["metadata"] = {"attempts_left": self.attempts_left}
        return body


class NativeOtp:
    """The OTP routes over the ledger's payments; where each payment's OTP stands is kept here."""

    def __init__(self, state: State) -> None:
        self._ledger = state.ledger
        self._now = state.config.now
        self._journal = state.journal
        self._sent: dict[str, _SentOtp] = {}
        self.kinds = (Kind(_OTP, self._dump, self._load),)
        self.routes: Mapping[str, Route] = {
            "generate_otp": self._generate,
            "submit_otp": self._submit,
            "resend_otp": self._resend,
        }
        self.pages: Mapping[str, Page] = {}

    def _generate(self, call: Call) -> httpx.Response:
        payment_id = call.body["payment_id"]
        self._pending_challenge(payment_id, "generate_otp")
        sent = self._sent.get(payment_id)
        if sent is None:
            sent = self._sent[payment_id] = _SentOtp(self._now())
            self._journal.changed(_OTP, payment_id)
        return json_response(200, {"next": self._next(sent), **self._meta_data(sent)})

    def _submit(self, call: Call) -> httpx.Response:
        step, payment_id = "submit_otp", call.body["payment_id"]
        token = self._pending_challenge(payment_id, step)
        sent = self._sent_otp(payment_id, step)
        # Whatever the OTP, where it stands changes: used up, or an attempt fewer.
        self._journal.changed(_OTP, payment_id)
        if hmac.compare_digest(call.body["otp"].encode(), SANDBOX_OTP.encode()):
            del self._sent[payment_id]
            outcome = self._ledger.complete_challenge(token, approve=True)
            if outcome.succeeded:
                return json_response(200, {"status": "SUCCESS"})
            raise _OtpRefusal(
                422,
                outcome.fields["error_code"],
                outcome.fields["error_message"],
                step=step,
                reason="status FAILED",  # the payment's, whatever became of the order
                next_actions=["NONE"],
            )
        sent.attempts_left -= 1
        if sent.attempts_left > 0:
            raise _OtpRefusal(
                422,
                "INVALID_OTP",
                f"The OTP entered is incorrect; {sent.attempts_left} attempts left",
                step=step,
                reason="wrong OTP",
                next_actions=self._next(sent),
                resend_after=self._resend_wait(sent),
                attempts_left=sent.attempts_left,
            )
        del self._sent[payment_id]
        self._ledger.complete_challenge(token, approve=False)
        raise _OtpRefusal(
            422,
            "INVALID_OTP",
            "The OTP entered is incorrect and no attempts are left: the payment failed",
            step=step,
            reason="wrong OTP",
            next_actions=["NONE"],
            attempts_left=0,
        )

    def _resend(self, call: Call) -> httpx.Response:
        step, payment_id = "resend_otp", call.body["payment_id"]
        self._pending_challenge(payment_id, step)
        sent = self._sent_otp(payment_id, step)
        if sent.resends_left == 0:
            raise _OtpRefusal(
                400,
                "INVALID_REQUEST",
                f"the OTP was resent {OTP_RESENDS} times, the most allowed; submit it",
                step=step,
                reason="resend limit reached",
                next_actions=self._next(sent),
            )
        wait = self._seconds_to_resend(sent)
        if wait > 0:
            raise _OtpRefusal(
                400,
                "INVALID_REQUEST",
                f"the OTP may be resent in {wait} seconds",
                step=step,
                reason="resent too early",
                next_actions=self._next(sent),
                resend_after=wait,
            )
        sent.resends_left -= 1
        sent.sent_at = self._now()
        self._journal.changed(_OTP, payment_id)
        return json_response(
            200, {"status": "SUCCESS", "next": self._next(sent), **self._meta_data(sent)}
        )

    def _dump(self, payment_id: str) -> Record | None:
        sent = self._sent.get(payment_id)
        return None if sent is None else dataclasses.asdict(sent)

    def _load(self, records: list[tuple[str, Any]]) -> None:
        self._sent.update((payment_id, _SentOtp(**data)) for payment_id, data in records)

    def _pending_challenge(self, payment_id: str, step: str) -> str:
        """The challenge token of this card payment, if it is PENDING; else the refusal."""
        found = self._ledger.payment_challenge(payment_id)
        if found is None:
            # The OTP operations document no 404: an unknown payment is a request they cannot take.
            raise _errors.invalid_request(step, "payment_id", "unknown payment")
        token, _, payment = found
        if "card_data" not in payment.option_data:
            # The payment's method never changes: no state would allow this (422).
            raise _errors.broken_rule(step, "payment_id", "not a card payment")
        if payment.status != "PENDING":
            raise _errors.wrong_status(
                step,
                f"payment {payment_id}",
                payment.status,
                "a PENDING payment",
                source="payment_id",
            )
        return token

    def _sent_otp(self, payment_id: str, step: str) -> _SentOtp:
        sent = self._sent.get(payment_id)
        if sent is None:
            raise _errors.invalid_request(step, "payment_id", "OTP not generated")
        return sent

    def _next(self, sent: _SentOtp) -> list[str]:
        return ["SUBMIT_OTP", "RESEND_OTP"] if sent.resends_left else ["SUBMIT_OTP"]

    def _meta_data(self, sent: _SentOtp) -> dict[str, Any]:
        wait = self._resend_wait(sent)
        return {} if wait is None else {"meta_data": {"resend_after": str(wait)}}

    def _resend_wait(self, sent: _SentOtp) -> int | None:
        """Seconds until resend_otp is allowed; None when no resend is left."""
        return self._seconds_to_resend(sent) if sent.resends_left else None

    def _seconds_to_resend(self, sent: _SentOtp) -> int:
        """Whole seconds until RESEND_AFTER has passed since the last send, 0 once it has."""
        return max(0, math.ceil(sent.sent_at + RESEND_AFTER - self._now()))
