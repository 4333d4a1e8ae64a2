"""What the generated ``from_dict`` keeps while it reads an answer in one pass.

The models read a field with a dict lookup and one check of its type, and look at the keys
left over only when the dict holds more than the known ones found. This pins what such a
parser could easily lose, on an order with several payments: fields and enum values this
version does not know, at the top and nested, kept and given back; a wrong type or a missing
field named by its whole path, never by its value; the input left as it came.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import httpx
import pytest
from answers import order_answer, payment

from plural_client import AuthenticatedClient
from plural_client.api.orders import get_order
from plural_client.errors import InvalidResponseError, RequestValidationError
from plural_client.models import Order, OrderResponse, OrderStatus, PaymentMethod, PaymentStatus
from plural_client.types import UNSET, FieldTypeError, Unset

Change = Callable[[dict[str, Any]], object]


def three_payments() -> dict[str, Any]:
    """An order answer with three payments, the last one captured (a list in a list)."""
    captured = payment(
        id="v1-abc-cc-3",
        status="PROCESSED",
        capture_data=[
            {
                "merchant_capture_reference": "capture-1",
                "capture_amount": {"value": 1100, "currency": "INR"},
                "created_at": "2024-07-19T11:13:21.523Z",
            }
        ],
    )
    payments = [payment(id="v1-abc-cc-1"), payment(id="v1-abc-cc-2", status="FAILED"), captured]
    return order_answer(status="PROCESSED", payments=payments)


def read(answer: dict[str, Any]) -> Order:
    order = OrderResponse.from_dict(answer).data
    assert isinstance(order, Order)
    return order


def served(answer: dict[str, Any]) -> object:
    """What the generated get_order makes of ``answer`` served as Plural's 200."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    client = AuthenticatedClient(
        base_url="https://pluraluat.v2.pinepg.in",
        token="t0k3n",
        httpx_args={"transport": transport},
    )
    return get_order.sync(client=client, order_id="v1-abc")


def test_a_well_formed_order_reads_every_field_and_leaves_nothing_over() -> None:
    answer = three_payments()

    order = read(answer)

    assert order.status is OrderStatus.PROCESSED
    assert [p.status for p in order.payments or []] == [
        PaymentStatus.PENDING,
        PaymentStatus.FAILED,
        PaymentStatus.PROCESSED,
    ]
    assert order.allowed_payment_methods and order.allowed_payment_methods[0] is PaymentMethod.CARD
    assert order.additional_properties == {}
    assert all(p.additional_properties == {} for p in order.payments or [])
    assert OrderResponse.from_dict(answer).to_dict() == answer


def test_unknown_fields_at_the_top_and_in_one_payment_are_kept_where_they_were() -> None:
    answer = three_payments()
    answer["meta"] = {"page": 1}
    answer["data"]["risk_score"] = {"value": 7, "band": "LOW"}
    answer["data"]["payments"][1]["settlement"] = {"utr": "UTR123"}
    answer["data"]["payments"][2]["capture_data"][0]["fee"] = 12

    response = OrderResponse.from_dict(answer)
    order = response.data
    assert isinstance(order.payments, list)
    first, second, third = order.payments

    assert response.additional_properties == {"meta": {"page": 1}}
    assert order.additional_properties == {"risk_score": {"value": 7, "band": "LOW"}}
    assert second["settlement"] == {"utr": "UTR123"}
    assert first.additional_properties == {} and third.additional_properties == {}
    assert third.capture_data and third.capture_data[0]["fee"] == 12
    assert response.to_dict() == answer


def test_an_unknown_key_where_a_known_optional_one_is_missing_is_still_kept() -> None:
    # As many keys as a full read of the known ones would find: only the count of the known
    # keys actually found tells that one of them is not known.
    answer = three_payments()
    data = answer["data"]
    del data["notes"]
    data["note"] = "order1"

    order = read(answer)

    assert order.notes is UNSET
    assert order.additional_properties == {"note": "order1"}
    assert OrderResponse.from_dict(answer).to_dict() == answer


def test_unknown_enum_values_at_the_top_and_in_a_payment_are_kept() -> None:
    answer = three_payments()
    answer["data"]["status"] = "PARTIALLY_CAPTURED"
    answer["data"]["payments"][1]["status"] = "ON_HOLD"
    answer["data"]["payments"][2]["payment_method"] = "CRYPTO"
    answer["data"]["allowed_payment_methods"].append("BNPL_NEW")

    order = read(answer)
    assert isinstance(order.payments, list) and isinstance(order.allowed_payment_methods, list)

    kept: list[tuple[OrderStatus | PaymentStatus | PaymentMethod | Unset, str, type]] = [
        (order.status, "PARTIALLY_CAPTURED", OrderStatus),
        (order.payments[1].status, "ON_HOLD", PaymentStatus),
        (order.payments[2].payment_method, "CRYPTO", PaymentMethod),
        (order.allowed_payment_methods[-1], "BNPL_NEW", PaymentMethod),
    ]
    for member, value, kind in kept:
        assert isinstance(member, kind) and member == value and not member.is_known
    assert order.payments[0].status is PaymentStatus.PENDING  # the known ones are the members
    assert order.allowed_payment_methods[0] is PaymentMethod.CARD
    assert OrderResponse.from_dict(answer).to_dict() == answer


WRONG_TYPES = [
    pytest.param(
        lambda d: d["payments"][2]["payment_amount"].update(value="ten"),
        "data.payments[2].payment_amount.value must be an integer, not str",
        id="nested-integer",
    ),
    pytest.param(
        lambda d: d["payments"][2]["capture_data"][0]["capture_amount"].update(value=[1100]),
        "data.payments[2].capture_data[0].capture_amount.value must be an integer, not list",
        id="list-in-a-list",
    ),
    pytest.param(
        lambda d: d["payments"][1].update(status=7),
        "data.payments[1].status must be a string, not int",
        id="nested-enum",
    ),
    pytest.param(
        lambda d: d["payments"][1].update(created_at=1721387508),
        "data.payments[1].created_at must be an ISO-8601 date-time, not int",
        id="nested-datetime",
    ),
    pytest.param(
        lambda d: d["payments"][1].update(updated_at="yesterday"),
        "data.payments[1].updated_at must be an ISO-8601 date-time, not str",
        id="nested-datetime-text",
    ),
    pytest.param(
        lambda d: d["payments"].__setitem__(2, "v1-abc-cc-3"),
        "data.payments[2] must be a JSON object, not str",
        id="payment-not-an-object",
    ),
    pytest.param(
        lambda d: d["payments"][0].update(payment_amount=1100),
        "data.payments[0].payment_amount must be a JSON object, not int",
        id="amount-not-an-object",
    ),
    pytest.param(
        lambda d: d["payments"][2].update(capture_data={"merchant_capture_reference": "c"}),
        "data.payments[2].capture_data must be a JSON array, not dict",
        id="object-for-an-array",
    ),
    pytest.param(
        lambda d: d["allowed_payment_methods"].__setitem__(3, None),
        "data.allowed_payment_methods[3] must be a string, not NoneType",
        id="enum-item",
    ),
    pytest.param(
        lambda d: d.update(pre_auth="maybe"),
        "data.pre_auth must be a boolean, not str",
        id="top-level-boolean",
    ),
]


@pytest.mark.parametrize(("change", "message"), WRONG_TYPES)
def test_a_wrong_type_is_named_by_its_whole_path(change: Change, message: str) -> None:
    answer = three_payments()
    change(answer["data"])

    with pytest.raises(FieldTypeError) as caught:
        OrderResponse.from_dict(answer)

    assert str(caught.value) == message
    assert caught.value.field == message.split(" must ")[0]


@pytest.mark.parametrize(("change", "message"), WRONG_TYPES)
def test_the_endpoint_tells_the_path_and_never_the_value(change: Change, message: str) -> None:
    answer = three_payments()
    change(answer["data"])

    with pytest.raises(InvalidResponseError) as caught:
        served(answer)

    assert message in str(caught.value)
    for value in ("ten", "yesterday", "maybe", "v1-abc-cc-3"):
        assert value not in str(caught.value)


def test_a_missing_required_field_of_a_payment_is_named_by_its_path() -> None:
    answer = three_payments()
    del answer["data"]["payments"][1]["id"]

    with pytest.raises(RequestValidationError) as caught:
        OrderResponse.from_dict(answer)
    assert (caught.value.field, caught.value.rule) == ("data.payments[1].id", "is required")

    with pytest.raises(InvalidResponseError, match=r"data\.payments\[1\]\.id: is required"):
        served(answer)


def test_strings_plural_writes_for_scalars_are_still_read_in_a_payment() -> None:
    answer = three_payments()
    answer["data"]["payments"][2]["payment_amount"]["value"] = "1100"
    answer["data"]["payments"][2]["conversion_rate"] = "83.25"
    answer["data"]["pre_auth"] = None  # null for absent, as some of Plural's services send

    order = read(answer)

    assert order.payments and order.payments[2].payment_amount
    assert order.payments[2].payment_amount.value == 1100
    assert order.payments[2].conversion_rate == 83.25
    assert order.pre_auth is UNSET


def test_the_input_is_left_as_it_came_and_not_shared() -> None:
    answer = three_payments()
    answer["data"]["risk_score"] = 7
    before = copy.deepcopy(answer)

    order = read(answer)
    order["risk_score"] = 8
    order.additional_properties["added"] = True

    assert answer == before


def test_any_mapping_reads_as_a_dict_does() -> None:
    answer = three_payments()
    answer["data"]["risk_score"] = 7
    frozen = MappingProxyType({"data": MappingProxyType(answer["data"])})

    assert OrderResponse.from_dict(frozen) == OrderResponse.from_dict(answer)


def test_a_wrong_type_survives_pickling_with_its_path() -> None:
    answer = three_payments()
    answer["data"]["payments"][2]["payment_amount"]["value"] = "ten"
    with pytest.raises(FieldTypeError) as caught:
        OrderResponse.from_dict(answer)

    copied = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - pickled just above

    assert type(copied) is FieldTypeError and str(copied) == str(caught.value)
    assert (copied.field, copied.kind, copied.found) == (
        "data.payments[2].payment_amount.value",
        "an integer",
        "str",
    )
