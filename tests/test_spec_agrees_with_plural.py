"""Where the spec disagreed with Plural's samples and the official models: one test each.

Requests are checked by the SDK's own rules (the ones ``Plural`` and the sandbox apply) and
built by the generated models; responses are parsed by the generated models, and what
Plural sends must come out typed, not as an unknown extra.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from answers import order, payment

from plural_client.models import (
    CreateOrderRequest,
    CreatePaymentRequest,
    Error,
    Order,
    PaymentCardCategory,
    PaymentCardType,
    PaymentTokenTxnType,
    Refund,
    RefundRequest,
    TokenResponse,
)
from plural_client.models import IntegrationMode as OrderIntegrationMode
from plural_ext import RequestValidationError
from plural_ext._spec import operations, spec

ADDRESS = {
    "address1": "H.No 15",
    "pincode": "160017",
    "full_name": "Kevin Bob",
    "address_category": "billing",
}


def _validate(operation_id: str, body: Any) -> None:
    (operation,) = [op for op in operations() if op.operation_id == operation_id]
    operation.validate({"order_id": "v1-abc"}, body)


def _example(name: str) -> Any:
    return copy.deepcopy(spec()["components"]["examples"][name]["value"])


def _payment(**fields: Any) -> dict[str, Any]:
    return {
        "payments": [
            {
                "merchant_payment_reference": "pay-1",
                "payment_method": "CARD",
                "payment_amount": {"value": 1100, "currency": "INR"},
                **fields,
            }
        ]
    }


# --- requests ---------------------------------------------------------------------------


def test_capture_without_an_amount_is_a_valid_request() -> None:
    _validate("capture_order", {"merchant_capture_reference": "cap-1"})


def test_a_card_needs_only_its_number() -> None:
    body = _payment(payment_option={"card_details": {"card_number": "4111111111111111"}})
    _validate("create_payment", body)
    CreatePaymentRequest.from_dict(body)


def test_card_token_details_are_the_official_models() -> None:
    token = {"token": "0342ef1e0342ef1e", "token_txn_type": "ALT_TOKEN", "token_id": "token-v1-1"}
    _validate("create_payment", _payment(payment_option={"card_token_details": token}))
    without_type = {"token": "0342ef1e0342ef1e"}
    with pytest.raises(RequestValidationError) as caught:
        _validate("create_payment", _payment(payment_option={"card_token_details": without_type}))
    assert caught.value.field.endswith("card_token_details.token_txn_type")


def test_order_fields_plural_documents_are_accepted() -> None:
    body = {
        "merchant_order_reference": "order-1",
        "order_amount": {"value": 110000, "currency": "INR"},
        "base_amount": {"value": 110000, "currency": "INR"},
        "cart_coupon_discount_amount": {"value": 5000, "currency": "INR"},
        "is_mcc_transaction": "false",
        "split_info": {
            "split_type": "AMOUNT",
            "split_details": [
                {
                    "split_merchant_id": "123456",
                    "merchant_settlement_reference": "split-1",
                    "amount": {"value": 50000, "currency": "INR"},
                    "on_hold": True,
                }
            ],
        },
        "purchase_details": {
            "customer": {
                "email_id": "kevin.bob@example.com",
                "country_code": "91",
                "billing_address": ADDRESS,
                "shipping_address": ADDRESS,
            },
            "cart_details": {"cart_items": [{"item_id": "SKU-1001", "item_quantity": 2}]},
        },
        "allowed_payment_methods": [
            "CARD",
            "UPI",
            "NETBANKING",
            "POINTS",
            "WALLET",
            "CREDIT_EMI",
            "DEBIT_EMI",
            "CARDLESS_EMI",
            "BNPL",
        ],
    }
    _validate("create_order", body)
    CreateOrderRequest.from_dict(body)


@pytest.mark.parametrize(
    ("method", "fields"),
    [
        (
            "CARD",
            {
                "device_info": {"operating_system": "ANDROID", "source_ip_address": "203.0.113.10"},
                "payment_option": {"card_details": {"card_number": "4111111111111111"}},
            },
        ),
        (
            "UPI",
            {
                "mandate_info": {"request_type": "CREATE_MANDATE"},
                "payment_option": {"upi_details": {"txn_mode": "INTENT"}},
            },
        ),
        (
            "BNPL",
            {
                "payment_option": {
                    "bnpl_details": {"mobile": "9876543210", "bnpl_pay_code": "LAZYPAY"}
                }
            },
        ),
        (
            "CARDLESS_EMI",
            {
                "payment_option": {
                    "cardless_details": {
                        "pan_number": "ABCDE1234F",
                        "registered_mobile_number": "9876543210",
                    }
                }
            },
        ),
        (
            "POINTS",
            {
                "payment_option": {
                    "points_card_details": {
                        "card_last4": "1111",
                        "card_number": "4111111111111111",
                        "registered_mobile_number": "9876543210",
                    }
                }
            },
        ),
        ("WALLET", {}),
        (
            "CREDIT_EMI",
            {
                "payment_option": {"card_details": {"card_number": "4111111111111111"}},
                "offer_data": "validate_offer's",
            },
        ),
    ],
)
def test_payment_fields_and_methods_plural_documents_are_accepted(
    method: str, fields: dict[str, Any]
) -> None:
    if fields.get("offer_data") == "validate_offer's":  # the offer a discovery answered
        fields["offer_data"] = _example("ValidateOfferRequest")["offer_data"]
    body = _payment(**fields)
    body["payments"][0]["payment_method"] = method
    _validate("create_payment", body)
    CreatePaymentRequest.from_dict(body)


def test_refund_products_and_split_info_are_accepted() -> None:
    body = {
        "merchant_order_reference": "refund-1",
        "products": [{"product_code": "SM-S908EZKP", "imei_number": "356938035643809"}],
        "split_info": {
            "split_type": "AMOUNT",
            "split_details": [
                {"split_merchant_id": "123456", "amount": {"value": 500, "currency": "INR"}}
            ],
        },
    }
    _validate("create_refund", body)
    RefundRequest.from_dict(body)


# --- responses --------------------------------------------------------------------------


def _order(**fields: Any) -> Order:
    parsed = Order.from_dict(order(**fields))
    assert parsed.additional_properties == {}, "Plural's field came out untyped"
    return parsed


def test_refunds_hold_refunds_in_both_of_plurals_shapes() -> None:
    refund_order = {
        "order_id": "v1-refund",
        "parent_order_id": "v1-abc",
        "type": "REFUND",
        "status": "PROCESSED",
        "order_amount": {"value": 500, "currency": "INR"},
        "payments": [
            {"id": "v1-refund-pay", "parent_payment_id": "v1-abc-pay", "status": "PROCESSED"}
        ],
    }
    refund_guide = {
        "refund_id": "v1-refund-2",
        "merchant_refund_reference": "refund-2",
        "refund_amount": {"value": 300, "currency": "INR"},
        "status": "PROCESSED",
        "created_at": "2024-07-20T09:15:02.112Z",
    }
    order = _order(refunds=[refund_order, refund_guide])

    first, second = order.refunds  # type: ignore[misc]
    assert isinstance(first, Refund) and isinstance(second, Refund)
    assert first.payments[0].parent_payment_id == "v1-abc-pay"  # type: ignore[index]
    assert second.refund_amount.value == 300  # type: ignore[union-attr]
    assert first.additional_properties == {} and second.additional_properties == {}


def test_payment_fields_plural_sends_are_typed() -> None:
    sent = payment(
        base_amount={"value": 1100, "currency": "INR"},
        conversion_rate=83.25,
        additional_detail={"source_ip": "203.0.113.10"},
        payment_option={
            "card_data": {
                "card_type": "CREDIT",
                "card_category": "CONSUMER",
                "token_txn_type": "ALT_TOKEN",
                "save": True,
                "product_name": "Regalia",
                "is_native_otp_eligible": True,
            },
            "upi_details": {"txn_mode": "INTENT"},
            "upi_data": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin@upi"}},
            "netbanking_data": {"pay_code": "NB1493", "txn_mode": "REDIRECT"},
        },
    )
    order = _order(payments=[sent], is_mcc_transaction=False, integration_mode="SEAMLESS")

    (parsed,) = order.payments  # type: ignore[misc]
    assert parsed.additional_properties == {}
    card = parsed.payment_option.card_data  # type: ignore[union-attr]
    assert card.card_type is PaymentCardType.CREDIT  # type: ignore[union-attr]
    assert card.card_category is PaymentCardCategory.CONSUMER  # type: ignore[union-attr]
    assert card.token_txn_type is PaymentTokenTxnType.ALT_TOKEN  # type: ignore[union-attr]
    assert card.save is True and card.is_native_otp_eligible is True  # type: ignore[union-attr]
    assert parsed.payment_option.upi_details is not None  # type: ignore[union-attr]
    assert order.integration_mode is OrderIntegrationMode.SEAMLESS
    # There is no bank_name: an old one is kept as an unknown extra, not a field.
    old = _order(payments=[payment(payment_option={"netbanking_data": {"bank_name": "X"}})])
    assert old.payments[0].payment_option.netbanking_data["bank_name"] == "X"  # type: ignore[index,union-attr]


def test_token_lifetime_in_either_shape_and_error_metadata() -> None:
    assert TokenResponse.from_dict({"access_token": "t", "expires_in": 3600}).expires_in == 3600
    at = TokenResponse.from_dict({"access_token": "t", "expires_at": "2026-11-26T10:00:00.000Z"})
    assert at.expires_at is not None and at.additional_properties == {}
    error = Error.from_dict(
        {
            "code": "INVALID_REQUEST",
            "message": "m",
            "additional_error_details": {"metadata": {"attempts_left": "2"}},
        }
    )
    assert error.additional_error_details.metadata is not None  # type: ignore[union-attr]


def test_statuses_are_plurals_and_no_409() -> None:
    documented = {
        operation["operationId"]: set(operation["responses"])
        for item in spec()["paths"].values()
        for operation in item.values()
    }
    assert documented["capture_order"] == {"200", "400", "401", "404", "422", "500"}
    assert documented["generate_token"] >= {"405", "422", "500"}
    # Plural's definitions list a 409 for one operation only: a payout's duplicate reference.
    assert {op for op, statuses in documented.items() if "409" in statuses} == {"create_payout"}
