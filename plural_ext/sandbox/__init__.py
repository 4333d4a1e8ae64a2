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
``challenge_url`` (a page of this sandbox; for UPI intent a ``upi://pay`` link,
below). On that page, Approve gives the card's outcome, Decline a decline:

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

UPI: a COLLECT payment (``payer.vpa``) gets the challenge page, standing in
for the payer's UPI app (Plural's documents say nothing of a collect
challenge_url: the merchant polls or waits for the webhook). An INTENT payment
gets, as from Plural, the link itself:
``upi://pay?pa=<vpa>&pn=<merchant_name>&tr=<token>&am=11.00&cu=INR``, the VPA
``plural.<merchant_id>@sandbox`` (no real UPI app can pay it). In a test,
``upi_app_url(challenge_url, base_url)`` gives the sandbox page standing in for
the customer's UPI app: the same challenge page, Approve and Decline as for a
card (webhooks and callback too); a ``tr`` of no intent payment gets the 404 of
an unknown challenge. ``upi_qr`` is taken, but no QR ``image_url`` is made.

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

Hosted checkout: generate_checkout_link creates an order as create_order does
(``merchant_order_reference`` its idempotency key) and answers, not in
``data``, its ``token`` and ``redirect_url``, ``/sandbox/checkout/<token>`` on
this sandbox: a page where the customer picks card (a card number: the test
cards above decide), UPI or netbanking among the order's
``allowed_payment_methods``, then Pay or Decline. The payment goes through the
order's life cycle (its webhooks too) and the customer back to the callback URL,
signed, as from the challenge page. A declined (ATTEMPTED) order may be paid
again there; any other order's page takes no payment (409).

Payment links: create_payment_link makes a link and its order
(``merchant_payment_link_reference`` the idempotency key); ``payment_link`` is
``/sandbox/link/<payment_link_id>``, the same page. Its status, worked out when
read: PROCESSED once paid (``amount_due`` 0), CANCELLED after
cancel_payment_link, EXPIRED once ``expire_by`` (in the next 180 days) is past
by the sandbox's clock, else CREATED. Only a CREATED link is paid on its page,
cancelled or notified (notify sends nothing anywhere); the others get 400
INVALID_REQUEST, an unknown id or reference 404 NOT_FOUND.

Native OTP: generate_otp for a PENDING card payment's ``payment_id`` sends its
OTP, always ``123456`` here (``_otp.SANDBOX_OTP``); submit_otp with it ends the
payment as Approve on its challenge page does (a declining test card still
declines: 422 with the payment's error code). A wrong OTP is a 422 INVALID_OTP
with ``additional_error_details.metadata.attempts_left``; the third fails the
payment as Decline does. resend_otp waits ``meta_data.resend_after`` (30 s by the
sandbox's clock) and sends at most 3 times. An unknown payment id, a payment
that is not PENDING, an OTP not yet generated: 400 INVALID_REQUEST (no 404: the
id is in the body).

Customers and saved cards: create_customer gives ``cust-v1-...``, INACTIVE
(201; a repeated ``merchant_customer_reference`` 200 with the profile as it
is); find_customer needs country code, mobile number and reference to match;
update_customer replaces each field sent, whole. generate_card_token links
``token-v1-...`` to a customer (answered INITIATED, ACTIVE from then on): the
card comes from the sandbox payment its ``payment.acquirer_data`` names, and
``encrypted_card_details`` is dropped unread. delete_token and
delete_customer_token make it DEACTIVATED (still listed, with that status);
generate_cryptogram needs an ACTIVE token and its ``service_provider_token_id``.
Unknown customer or token: 404 CUSTOMER_NOT_FOUND or TOKEN_NOT_FOUND (400 in
generate_card_token's body).

Settlements: one a day (UTC, by the sandbox's clock), of that day's PROCESSED
charge orders in rupees, each for what was paid less what has been refunded of
it, with no fees; UTR ``HDFCN<yy><day of year>000001``. list_settlements takes
``start_date`` to ``end_date`` (at most 60 days), oldest first, ``page`` and
``per_page``; get_settlements_by_utr lists the transactions, 404
SETTLEMENT_NOT_FOUND for another UTR.

Robustness: every request is read and checked before any state changes, so a refusal
never follows a half-done change. A lone surrogate, ``NaN`` or ``1e400`` in a JSON body,
a body nested deeper than 32 levels, a path or query that is not UTF-8, a header value
that is not printable ASCII, a query parameter the operation lacks: 400 INVALID_REQUEST
naming the field. A path is routed to its most concrete template (``/subscriptions/
execute`` is never a subscription id). Over HTTP, malformed HTTP/1.1 is a 400 (413, 414,
431, 417 for the limits), chunked bodies are read, idle connections close after
``idle_timeout`` (15 s) and at most ``max_connections`` (64) are served at once (see
``_server``). Links point at the server's address or the transport's ``base_url``, never
at the ``Host`` header.

HTTPS, as Plural's hosts speak it: ``serve(sandbox, tls=True)`` (``plural sandbox
--tls``, or a ``plural_sandbox_tls`` fixture returning True) makes a CA and a server
certificate for 127.0.0.1, ::1 and localhost at start (:class:`SandboxTLS`, with
``cryptography``) and serves HTTPS only; ``server.ca_file`` is the CA to trust, with
verification on: ``Plural(..., base_url=server.base_url, verify=server.ca_file)``. The
file and its directory are removed when the server closes; the CA's key is never
written, so it signs nothing else. Links (challenge pages, checkout) are ``https://``.

Webhooks (when ``webhook_url`` is set): ORDER_AUTHORIZED, ORDER_PROCESSED,
ORDER_CANCELLED, ORDER_FAILED, PAYMENT_FAILED, REFUND_PROCESSED, as
``{"event_type", "data": order}`` with Standard Webhooks headers, from a
background thread, tried ``webhook_attempts`` (3) times in all; wait for them
with ``sandbox.webhooks.join(timeout)``, read them in ``sandbox.webhooks.deliveries()``.

Persistence: the state is in memory, gone when the sandbox stops, unless
``SandboxConfig(state_file=path)`` (``plural sandbox --state FILE``) keeps it in an SQLite
file too, for a merchant's long-running dev setup: a sandbox started again on the file
has the same orders (payments, captures, refunds, merchant references: a repeat is still
idempotent), open challenges, access tokens (valid until their expiry by the sandbox's
clock), hosted checkouts, payment links, OTPs, customers and saved cards, and sends the
webhooks not yet delivered nor given up (same ``webhook-id``, fresh attempts; delivered ones
are not kept, so ``deliveries()`` starts with those). Settlements follow from the orders.
Links keep the address they were made at: restart on the same ``--port``. The records are
JSON (never pickle), written at the end of each call that changed something, in one
transaction inside the sandbox's lock: a crash leaves the previous call's state, and reads
write nothing. The file is created 0600, holds digests of access tokens, not the tokens,
and no card number or CVV (the records never had them); one sandbox at a time has it
open. A file of another version, not a state file, or damaged: :class:`StateFileError` at
start, naming the file and the problem (the command prints it and exits 2). A write that
fails later (disk full, the file removed) is logged as an error on ``plural_ext.sandbox``
and the sandbox serves on from memory, writing what it missed once it can.
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
    DEFAULT_MERCHANT_NAME,
    DEFAULT_WEBHOOK_SECRET,
    SandboxConfig,
)
from plural_ext.sandbox._delivery import Attempt, Delivery, WebhookSender
from plural_ext.sandbox._inprocess import IN_PROCESS_BASE_URL, SandboxTransport
from plural_ext.sandbox._server import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    SandboxServer,
    serve,
)
from plural_ext.sandbox._state import StateFileError
from plural_ext.sandbox._tls import SandboxTLS
from plural_ext.sandbox._upi import upi_app_url

__all__ = [
    "CARD_AUTHENTICATION_FAILURE",
    "CARD_DECLINE",
    "CARD_SUCCESS",
    "CARD_SUCCESS_MASTERCARD",
    "CHALLENGE_PREFIX",
    "DEFAULT_CALLBACK_SECRET_KEY",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_IDLE_TIMEOUT",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MERCHANT_ID",
    "DEFAULT_MERCHANT_NAME",
    "DEFAULT_WEBHOOK_SECRET",
    "IN_PROCESS_BASE_URL",
    "Attempt",
    "Delivery",
    "Sandbox",
    "SandboxConfig",
    "SandboxServer",
    "SandboxTLS",
    "SandboxTransport",
    "StateFileError",
    "WebhookSender",
    "serve",
    "upi_app_url",
]
