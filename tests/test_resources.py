"""Resources on the client: ``plural.orders.create(...)`` returns what the operation answers.

Generated from the spec with the rest of ``plural_client`` (``api/<tag>/__init__.py`` and
``api/__init__.py``): one attribute per family, one method per operation; Plural's
``{"data": ...}`` envelope is opened (an ``Order``, not an ``OrderResponse``); an answer the
operation does not document as a success is an ``InvalidResponseError``, never ``None``.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from plural_client.api import AsyncResources, Resources
from plural_client.errors import InvalidResponseError
from plural_client.models import Amount, Order, PaymentLink, PaymentMethod
from plural_client.types import UNSET, File
from plural_ext import AsyncPlural, NotFoundError, Plural, RequestValidationError
from plural_ext._spec import operations
from plural_ext.sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Sandbox, SandboxTransport


@pytest.fixture
def plural() -> Iterator[Plural]:
    with Sandbox() as sandbox:
        transport = SandboxTransport(sandbox)
        with Plural(
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            base_url=transport.base_url,
            transport=transport,
            entry_points=False,
        ) as client:
            yield client


def test_orders_are_created_and_read_as_orders(plural: Plural) -> None:
    order = plural.orders.create(
        merchant_order_reference="res-1", order_amount={"value": 1100, "currency": "INR"}
    )

    assert isinstance(order, Order) and order.status == "CREATED"
    read = plural.orders.get(str(order.order_id))
    assert isinstance(read, Order) and read.order_id == order.order_id
    assert plural.orders.get_by_reference("res-1").order_id == order.order_id


def test_errors_are_raised_not_returned(plural: Plural) -> None:
    with pytest.raises(NotFoundError):
        plural.orders.get("v1-0000000000-aa-nOtFnd")


def test_other_answers_than_models(plural: Plural) -> None:
    pdf = plural.e_challans.get_challan_pdf("v1-4405071524-aa-qlAtAf")
    assert isinstance(pdf, File) and pdf.payload.read().startswith(b"%PDF-")
    assert plural.plans.delete("plan-1") is None
    link = plural.payment_links.create(
        merchant_payment_link_reference="res-link", amount={"value": 2000, "currency": "INR"}
    )
    assert isinstance(link, PaymentLink)


def test_async_resources_answer_the_same() -> None:
    async def run() -> Order:
        with Sandbox() as sandbox:
            transport = SandboxTransport(sandbox)
            async with AsyncPlural(
                DEFAULT_CLIENT_ID,
                DEFAULT_CLIENT_SECRET,
                base_url=transport.base_url,
                transport=transport,
                entry_points=False,
            ) as plural:
                created = await plural.orders.create(
                    merchant_order_reference="res-1",
                    order_amount=Amount(value=1100, currency="INR"),
                )
                return await plural.orders.get(str(created.order_id))

    assert isinstance(asyncio.run(run()), Order)


def test_a_body_is_its_fields_as_keywords_nested_as_dicts_or_models(plural: Plural) -> None:
    expire_by = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(
        days=30
    )
    link = plural.payment_links.create(
        merchant_payment_link_reference="res-link-2",
        amount=Amount(value=2000, currency="INR"),
        expire_by=expire_by,  # a datetime, sent as ISO-8601
        allowed_payment_methods=["CARD", PaymentMethod.UPI],
    )

    assert link.amount is not UNSET and link.amount.value == 2000
    assert link.expire_by == expire_by


def test_a_misspelt_nested_key_is_refused_before_anything_is_sent() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"access_token": "t0k", "expires_in": 600})

    with Plural(
        "id", "secret", transport=httpx.MockTransport(handler), entry_points=False
    ) as plural:
        with pytest.raises(RequestValidationError) as caught:
            plural.orders.create(
                merchant_order_reference="res-1",
                order_amount={"value": 1100, "currency": "INR"},
                purchase_details={"customer": {"emial_id": "kiran@example.com"}},
            )
        with pytest.raises(RequestValidationError) as missing:
            plural.orders.create(merchant_order_reference="res-1", order_amount={"value": 1100})

    assert "purchase_details.customer.emial_id" in str(caught.value)
    assert "email_id" in str(caught.value)  # the closest known name
    assert "currency" in str(missing.value)
    assert not [request for request in sent if "/orders" in request.url.path]


def test_a_field_named_like_a_path_parameter_takes_its_value(plural: Plural) -> None:
    # create_presentation's body repeats the path's subscription_id: one argument fills both.
    signature = inspect.signature(plural.presentations.create)
    assert list(signature.parameters).count("subscription_id") == 1


def test_the_raw_response_is_one_attribute_away(plural: Plural) -> None:
    created = plural.orders.create(
        merchant_order_reference="res-raw", order_amount={"value": 1100, "currency": "INR"}
    )
    raw = plural.with_raw_response.orders.get(
        created.order_id, request_id="4a7e0c84-5f6d-4d8e-9a43-58c2e0f0b1aa"
    )

    assert raw.status_code == 200
    assert raw.request_id == raw.headers["Request-ID"]
    assert isinstance(raw.parsed, Order) and raw.parsed.order_id == created.order_id
    assert b'"order_id"' in raw.content


def test_the_raw_response_of_an_async_call() -> None:
    async def run() -> int:
        with Sandbox() as sandbox:
            transport = SandboxTransport(sandbox)
            async with AsyncPlural(
                DEFAULT_CLIENT_ID,
                DEFAULT_CLIENT_SECRET,
                base_url=transport.base_url,
                transport=transport,
                entry_points=False,
            ) as plural:
                raw = await plural.with_raw_response.orders.create(
                    merchant_order_reference="res-raw",
                    order_amount={"value": 1100, "currency": "INR"},
                )
                assert raw.parsed.status == "CREATED"
                return int(raw.status_code)

    assert asyncio.run(run()) == 200


def _answering(status: int, body: Any) -> Plural:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/v1/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 600})
        return httpx.Response(status, json=body, headers={"Request-ID": "req-1"})

    return Plural("id", "secret", transport=httpx.MockTransport(handler), entry_points=False)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (201, {"data": {"order_id": "v1-abc"}}),  # a success the spec does not list
        (204, None),
        (200, {}),  # no data in the envelope
    ],
)
def test_an_undocumented_answer_is_an_invalid_response(status: int, body: Any) -> None:
    with _answering(status, body) as plural, pytest.raises(InvalidResponseError) as caught:
        plural.orders.get("v1-abc")

    assert caught.value.status_code == status
    assert caught.value.request_id == "req-1"


def test_one_method_per_operation() -> None:
    def methods(resources: type[Any]) -> set[str]:
        sandbox_less = resources.__new__(resources)
        resources.__init__(sandbox_less, None)
        return {
            f"{family}.{name}"
            for family, resource in vars(sandbox_less).items()
            for name, _ in inspect.getmembers(type(resource), inspect.isfunction)
            if not name.startswith("_")
        }

    sync, asynchronous = methods(Resources), methods(AsyncResources)
    assert sync == asynchronous
    assert len(sync) == len(operations()) == 74
