"""A local, stateful Plural sandbox that serves ``openapi/plural.yaml``.

Use it in-process with ``httpx.MockTransport(sandbox.handle)``, over HTTP with
``with serve(Sandbox()) as server: server.base_url``, from the command line with
``plural sandbox --port 8080``, or in pytest through the ``plural_sandbox`` and
``plural_sandbox_transport`` fixtures. Nothing leaves the machine but the
webhooks sent to ``SandboxConfig.webhook_url``.

Credentials (``SandboxConfig`` defaults): client_id ``sandbox-client-id``,
client_secret ``sandbox-client-secret``; tokens last ``token_ttl`` seconds
(3600) by the injectable clock ``now``. Callback signatures use the hex
``callback_secret_key`` (:data:`DEFAULT_CALLBACK_SECRET_KEY`); webhooks are
signed with ``webhook_secret`` (``sandbox-webhook-secret``).

Life cycle: create_order -> CREATED; create_payment -> PENDING with a
``challenge_url`` (a page of this sandbox). On that page, Approve gives the
card's outcome, Decline a decline:

===================  =====================================================
card number          outcome when approved
===================  =====================================================
4111111111111111     success: AUTHORIZED (pre_auth) or PROCESSED
5555555555554444     success, as a MASTERCARD
4000000000000002     decline: payment FAILED, PAYMENT_DECLINED; order
                     ATTEMPTED, the customer may pay again
4000000000000101     3-D Secure fails: payment FAILED,
                     USER_AUTHENTICATION_FAILED; order FAILED
any other number     success
===================  =====================================================

Saved-card tokens, UPI and netbanking succeed when approved. Then
capture_order (AUTHORIZED -> PROCESSED, once, at most the authorized amount),
cancel_order (AUTHORIZED -> CANCELLED), create_refund (PROCESSED or
PARTIALLY_REFUNDED -> PARTIALLY_REFUNDED or FULLY_REFUNDED; the refund is an
order of type REFUND, status PROCESSED, with ``parent_order_id``). Only the
card's network and last four digits are kept; never its number or CVV.

Errors, in Plural's ``{"code", "message", "additional_error_details"}``:

====  ====================  ===================================================
400   INVALID_REQUEST       body not JSON, or breaks a rule of the spec (the
                            message and ``additional_error_details`` name the
                            field and the rule)
401   INVALID_CLIENT        generate_token with other credentials
401   UNAUTHORIZED          no, unknown or expired bearer token
404   ORDER_NOT_FOUND       no order with that id or merchant reference
404   NOT_FOUND             no such endpoint
405   METHOD_NOT_ALLOWED    the path exists with other methods (``Allow``)
400   INVALID_REQUEST       the order's status does not allow the step now
                            (capture of a CREATED order, a second capture,
                            cancel after capture, refund of an unpaid order):
                            ``additional_error_details.reason`` is the status
400   DUPLICATE_REQUEST     a payment, capture or refund reference that
                            already belongs to another order
422   INVALID_REQUEST       a well-formed request breaking a business rule
                            (amount above what is authorized or left to
                            refund, currency or amount not the order's,
                            capture or cancel of an order without pre_auth)
====  ====================  ===================================================

No 409: Plural's definitions list none. A state refusal is a 400 (the same
request may succeed in another state), a 422 is "never" (it would fail in
any state). A repeated merchant reference on
the same order returns the existing resource unchanged (idempotency).

Webhooks (when ``webhook_url`` is set): ORDER_AUTHORIZED, ORDER_PROCESSED,
ORDER_CANCELLED, ORDER_FAILED, PAYMENT_FAILED, REFUND_PROCESSED, as
``{"event_type", "data": order}`` with Standard Webhooks headers, from a
background thread, tried ``webhook_attempts`` (3) times in all; wait for them
with ``sandbox.webhooks.join(timeout)``, read them in ``sandbox.webhooks.deliveries()``.
"""

from plural_ext.sandbox._app import CHALLENGE_PREFIX, Sandbox
from plural_ext.sandbox._cards import (
    CARD_AUTHENTICATION_FAILURE,
    CARD_DECLINE,
    CARD_SUCCESS,
    CARD_SUCCESS_MASTERCARD,
)
from plural_ext.sandbox._config import (
    DEFAULT_CALLBACK_SECRET_KEY,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MERCHANT_ID,
    DEFAULT_WEBHOOK_SECRET,
    SandboxConfig,
)
from plural_ext.sandbox._delivery import Attempt, Delivery, WebhookSender
from plural_ext.sandbox._inprocess import IN_PROCESS_BASE_URL, SandboxTransport
from plural_ext.sandbox._server import SandboxServer, serve

__all__ = [
    "CARD_AUTHENTICATION_FAILURE",
    "CARD_DECLINE",
    "CARD_SUCCESS",
    "CARD_SUCCESS_MASTERCARD",
    "CHALLENGE_PREFIX",
    "DEFAULT_CALLBACK_SECRET_KEY",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_MERCHANT_ID",
    "DEFAULT_WEBHOOK_SECRET",
    "IN_PROCESS_BASE_URL",
    "Attempt",
    "Delivery",
    "Sandbox",
    "SandboxConfig",
    "SandboxServer",
    "SandboxTransport",
    "WebhookSender",
    "serve",
]
