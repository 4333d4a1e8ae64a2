"""Type-checked by ``make lint`` (mypy --strict): what the resources return is what their
annotations say, so a merchant's code needs no cast. Also run by tests/test_resources.py."""

from __future__ import annotations

from typing import assert_type

from plural_client.models import CreateOrderRequest, Order, PaymentLink
from plural_client.types import File
from plural_ext import AsyncPlural, Plural


def orders(plural: Plural, body: CreateOrderRequest) -> str:
    order = plural.orders.create(body=body)
    assert_type(order, Order)
    assert_type(plural.orders.get("v1-abc"), Order)
    assert_type(plural.payment_links.get("pl-1"), PaymentLink)
    assert_type(plural.e_challans.get_challan_pdf("v1-abc"), File)
    assert_type(plural.plans.delete("plan-1"), None)
    return str(order.order_id)


async def orders_async(plural: AsyncPlural) -> Order:
    order = await plural.orders.get("v1-abc")
    assert_type(order, Order)
    return order
