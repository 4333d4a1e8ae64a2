"""Type-checked by ``make lint`` (mypy --strict): what the resources take and return is what
their annotations say, so a merchant's code needs no cast. Also run by tests/test_resources.py."""

from __future__ import annotations

from typing import assert_type

from plural_client.models import Amount, Order, PaymentLink
from plural_client.models.amount import AmountParams
from plural_client.types import File, RawResponse
from plural_ext import AsyncPlural, Plural


def orders(plural: Plural) -> str:
    order = plural.orders.create(
        merchant_order_reference="ref-1",
        order_amount={"value": 1100, "currency": "INR"},
        allowed_payment_methods=["CARD", "UPI"],
        purchase_details={"customer": {"email_id": "kiran@example.com"}},
    )
    assert_type(order, Order)
    assert_type(order.order_id, str)
    assert_type(plural.orders.get("v1-abc"), Order)
    assert_type(plural.payment_links.get("pl-1"), PaymentLink)
    assert_type(plural.e_challans.get_challan_pdf("v1-abc"), File)
    assert_type(plural.plans.delete("plan-1"), None)
    return order.order_id


def nested_models_or_dicts(plural: Plural, amount: AmountParams) -> Order:
    plural.orders.create(merchant_order_reference="ref-2", order_amount=amount)
    return plural.orders.create(
        merchant_order_reference="ref-3", order_amount=Amount(value=1100, currency="INR")
    )


def raw_responses(plural: Plural) -> str | None:
    raw = plural.with_raw_response.orders.get("v1-abc")
    assert_type(raw, RawResponse[Order])
    assert_type(raw.parsed, Order)
    return raw.request_id


async def orders_async(plural: AsyncPlural) -> Order:
    order = await plural.orders.get("v1-abc")
    assert_type(order, Order)
    raw = await plural.with_raw_response.orders.get("v1-abc")
    assert_type(raw.parsed, Order)
    return order
