"""Every operation the sandbox keeps state for, called through ``Plural`` as a merchant would.

One walk: a token, orders paid by card and captured, cancelled and refunded, a hosted
checkout, a payment link paid and one cancelled, a card payment completed by native OTP,
a customer with a saved card and its cryptogram, and the day's settlement. Each call
goes through the generated function with ``client=plural.client`` (validation, token,
headers, typed parse), and the test checks that the walk reached every stateful
operation: a family added to the sandbox without a call here fails it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from plural_client.api.checkout import generate_checkout_link
from plural_client.api.customers import (
    create_customer,
    find_customer,
    get_customer,
    update_customer,
)
from plural_client.api.orders import (
    cancel_order,
    capture_order,
    create_order,
    get_order,
    get_order_by_reference,
)
from plural_client.api.otp import generate_otp, resend_otp, submit_otp
from plural_client.api.payment_links import (
    cancel_payment_link,
    create_payment_link,
    get_payment_link,
    get_payment_link_by_reference,
    notify_payment_link,
)
from plural_client.api.payments import create_payment
from plural_client.api.refunds import create_refund
from plural_client.api.settlements import get_settlements_by_utr, list_settlements
from plural_client.api.tokenization import (
    delete_customer_token,
    delete_token,
    generate_card_token,
    generate_cryptogram,
    get_customer_token,
    get_service_provider_token,
    list_customer_tokens,
)
from plural_client.models import (
    CaptureRequest,
    CardToken,
    CheckoutLink,
    CreateCustomerRequest,
    CreateOrderRequest,
    CreatePaymentLinkRequest,
    CreatePaymentRequest,
    Cryptogram,
    CustomerProfile,
    CustomerToken,
    CustomerTokens,
    DeleteCustomerTokenRequest,
    DeletedToken,
    GenerateCardTokenRequest,
    GenerateCheckoutLinkRequest,
    GenerateCryptogramRequest,
    Order,
    OrderResponse,
    OtpRequest,
    OtpResponse,
    PaymentLink,
    RefundRequest,
    ServiceProviderTokenLookup,
    SettlementDetail,
    SettlementList,
    SubmitOtpRequest,
    UpdateCustomerRequest,
)
from plural_ext import Plural
from plural_ext._checkout import HttpApprover
from plural_ext._spec import find_operation
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxConfig,
    serve,
)

INR = "INR"
# The pages end with the callback form to the merchant; the walk reads it and goes no further.
RETURN = "https://shop.example.com/return"


NEW_YEAR = 1_767_225_600.0  # 2026-01-01 00:00 UTC


class Clock:
    def __init__(self) -> None:
        self.now = NEW_YEAR

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def walk(clock: Clock) -> Iterator[tuple[Plural, Sandbox, list[str]]]:
    """Plural on a served sandbox (the pages are real HTTP), and the operations it called."""
    called: list[str] = []

    def record(request: httpx.Request) -> None:
        found = find_operation(request.method, request.url.path)
        if found is not None:
            called.append(found[0].operation_id)

    with (
        Sandbox(SandboxConfig(now=clock)) as sandbox,
        serve(sandbox) as server,
        Plural(
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            base_url=server.base_url,
            entry_points=False,
            clock=clock,
        ) as plural,
    ):
        plural.http.event_hooks["request"].append(record)
        yield plural, sandbox, called


def _order(result: object) -> Order:
    assert isinstance(result, OrderResponse) and isinstance(result.data, Order), result
    return result.data


def _card_payment(reference: str, value: int) -> CreatePaymentRequest:
    return CreatePaymentRequest.from_dict(
        {
            "payments": [
                {
                    "merchant_payment_reference": reference,
                    "payment_method": "CARD",
                    "payment_amount": {"value": value, "currency": INR},
                    "payment_option": {"card_details": {"card_number": CARD_SUCCESS, "cvv": "123"}},
                }
            ]
        }
    )


def _paid(
    plural: Plural, reference: str, *, pre_auth: bool, value: int = 1100
) -> tuple[Order, Any]:
    """An order paid by card on its challenge page; the order and its card payment's answer."""
    body = CreateOrderRequest.from_dict(
        {
            "merchant_order_reference": reference,
            "order_amount": {"value": value, "currency": INR},
            "pre_auth": pre_auth,
            "callback_url": RETURN,
        }
    )
    order = _order(create_order.sync(client=plural.client, body=body))
    pending = _order(
        create_payment.sync(
            str(order.order_id), client=plural.client, body=_card_payment(f"{reference}-pay", value)
        )
    )
    return order, pending


def test_every_stateful_operation_through_plural(
    walk: tuple[Plural, Sandbox, list[str]], clock: Clock
) -> None:
    plural, sandbox, called = walk
    approver = HttpApprover()
    client = plural.client

    # Orders: paid, captured, refunded; another cancelled.
    order, pending = _paid(plural, "walk-capture", pre_auth=True)
    order_id = str(order.order_id)
    approver.sync(plural, str(pending.challenge_url))
    assert _order(get_order.sync(order_id, client=client)).status == "AUTHORIZED"
    capture = CaptureRequest.from_dict({"merchant_capture_reference": "walk-capture-1"})
    assert _order(capture_order.sync(order_id, client=client, body=capture)).status == "PROCESSED"
    refund = RefundRequest.from_dict({"merchant_order_reference": "walk-refund-1"})
    assert _order(create_refund.sync(order_id, client=client, body=refund)).type_ == "REFUND"
    found = _order(get_order_by_reference.sync("walk-capture", client=client))
    assert found.status == "FULLY_REFUNDED"

    cancelled, pending = _paid(plural, "walk-cancel", pre_auth=True)
    approver.sync(plural, str(pending.challenge_url))
    assert _order(cancel_order.sync(str(cancelled.order_id), client=client)).status == "CANCELLED"

    # Native OTP: the card payment completed with the sandbox's test OTP.
    otp_order, pending = _paid(plural, "walk-otp", pre_auth=False)
    payment_id = str(pending.payments[0].id)
    assert isinstance(
        generate_otp.sync(client=client, body=OtpRequest(payment_id=payment_id)), OtpResponse
    )
    clock.now += 31  # a resend waits 30 s
    assert isinstance(
        resend_otp.sync(client=client, body=OtpRequest(payment_id=payment_id)), OtpResponse
    )
    submitted = submit_otp.sync(
        client=client, body=SubmitOtpRequest(payment_id=payment_id, otp="123456")
    )
    assert isinstance(submitted, OtpResponse)
    assert _order(get_order.sync(str(otp_order.order_id), client=client)).status == "PROCESSED"

    # Hosted checkout, paid on its page.
    checkout = generate_checkout_link.sync(
        client=client,
        body=GenerateCheckoutLinkRequest.from_dict(
            {
                "merchant_order_reference": "walk-hosted",
                "order_amount": {"value": 1500, "currency": INR},
                "callback_url": RETURN,
            }
        ),
    )
    assert isinstance(checkout, CheckoutLink)
    approver.sync(plural, str(checkout.redirect_url))
    assert _order(get_order.sync(str(checkout.order_id), client=client)).status == "PROCESSED"

    # Payment links: one paid, one cancelled.
    def link(reference: str) -> PaymentLink:
        body = CreatePaymentLinkRequest.from_dict(
            {
                "merchant_payment_link_reference": reference,
                "amount": {"value": 2000, "currency": INR},
                "callback_url": RETURN,
            }
        )
        created = create_payment_link.sync(client=client, body=body)
        assert isinstance(created, PaymentLink)
        return created

    paid_link = link("walk-link")
    assert isinstance(
        notify_payment_link.sync(str(paid_link.payment_link_id), client=client), PaymentLink
    )
    approver.sync(plural, str(paid_link.payment_link))
    read = get_payment_link.sync(str(paid_link.payment_link_id), client=client)
    assert isinstance(read, PaymentLink) and read.status == "PROCESSED"
    by_reference = get_payment_link_by_reference.sync("walk-link", client=client)
    assert (
        isinstance(by_reference, PaymentLink)
        and by_reference.payment_link_id == paid_link.payment_link_id
    )
    closed = cancel_payment_link.sync(str(link("walk-link-2").payment_link_id), client=client)
    assert isinstance(closed, PaymentLink) and closed.status == "CANCELLED"

    # A customer and a saved card.
    customer = create_customer.sync(
        client=client,
        body=CreateCustomerRequest.from_dict(
            {
                "merchant_customer_reference": "walk-customer",
                "mobile_number": "9876543210",
                "country_code": "91",
            }
        ),
    )
    assert isinstance(customer, CustomerProfile)
    customer_id = str(customer.customer_id)
    assert isinstance(get_customer.sync(customer_id, client=client), CustomerProfile)
    assert isinstance(
        find_customer.sync(
            client=client,
            country_code="91",
            mobile_number="9876543210",
            merchant_customer_reference="walk-customer",
        ),
        CustomerProfile,
    )
    updated = update_customer.sync(
        customer_id,
        client=client,
        body=UpdateCustomerRequest.from_dict({"email_id": "kevin.bob@example.com"}),
    )
    assert isinstance(updated, CustomerProfile) and updated.email_id == "kevin.bob@example.com"

    def tokenize(reference: str) -> CardToken:
        token = generate_card_token.sync(
            client=client,
            body=GenerateCardTokenRequest.from_dict(
                {
                    "customer_id": customer_id,
                    "merchant_token_reference": reference,
                    "payment_method": "CARD",
                    "payment_option": {
                        "encrypted_card_details": "eyJhbGciOiJSU0EtT0FFUC0yNTYifQ.walk"
                    },
                }
            ),
        )
        assert isinstance(token, CardToken)
        return token

    token = tokenize("walk-token")
    token_id = str(token.token_id)
    tokens = list_customer_tokens.sync(customer_id, client=client)
    assert isinstance(tokens, CustomerTokens)
    assert isinstance(get_customer_token.sync(customer_id, token_id, client=client), CustomerToken)
    lookup = get_service_provider_token.sync(token_id, client=client)
    assert isinstance(lookup, ServiceProviderTokenLookup)
    cryptogram = generate_cryptogram.sync(
        token_id,
        client=client,
        body=GenerateCryptogramRequest.from_dict(
            {
                "merchant_unique_reference": "walk-crypto",
                "service_provider_token_id": str(lookup.service_provider_token_id),
            }
        ),
    )
    assert isinstance(cryptogram, Cryptogram)
    gone = delete_customer_token.sync(
        customer_id,
        token_id,
        client=client,
        body=DeleteCustomerTokenRequest.from_dict({"merchant_unique_reference": "walk-delete"}),
    )
    assert isinstance(gone, DeletedToken) and gone.status == "DEACTIVATED"
    assert isinstance(
        delete_token.sync(str(tokenize("walk-token-2").token_id), client=client), DeletedToken
    )

    # The day's settlement of what was processed.
    day = datetime.datetime.fromtimestamp(NEW_YEAR, datetime.UTC).date().isoformat()
    settlements = list_settlements.sync(client=client, start_date=day, end_date=day)
    assert isinstance(settlements, SettlementList) and settlements.data
    utr = str(settlements.data[0].utr_number)
    assert isinstance(get_settlements_by_utr.sync(utr, client=client), SettlementDetail)

    assert set(called) >= sandbox.stateful_operations - {"generate_token"}
    assert "generate_token" in called
