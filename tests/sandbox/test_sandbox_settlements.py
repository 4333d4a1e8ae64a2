"""Settlements: each day's processed orders, less their refunds, under one UTR."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, Clock, assert_error, data, ok

from plural_ext.sandbox import CARD_DECLINE

DAY_ONE = datetime(2024, 10, 6, 9, 30, tzinfo=UTC).timestamp()
DAY = 24 * 3600


@pytest.fixture
def day_one(api: Api, clock: Clock) -> Api:
    """The sandbox's clock at 2024-10-06 09:30 UTC, with a token for it."""
    clock.value = DAY_ONE
    return api.login()


def _next_day(api: Api, clock: Clock) -> None:
    clock.advance(DAY)
    api.login()  # the token of the day before has expired


def _processed(api: Api, value: int) -> dict[str, Any]:
    return api.paid_order(value=value, pre_auth=False)


def _list(api: Api, start: str, end: str, **paging: str) -> httpx.Response:
    return api.client.get(
        "/api/settlements/v1/list", params={"start_date": start, "end_date": end, **paging}
    )


def _detail(api: Api, utr: str, **paging: str) -> dict[str, Any]:
    return ok(api.client.get(f"/api/settlements/v1/detail/{utr}", params=paging))


def test_a_day_settles_what_was_paid_less_refunds(day_one: Api) -> None:
    api = day_one
    plain = _processed(api, 2500)
    captured = api.paid_order(value=1100)
    data(api.capture(captured["order_id"], 1000))  # the rest of the authorization is released
    data(api.refund(plain["order_id"], 500))
    api.paid_order(value=4000)  # authorized, never captured: nothing to settle
    api.paid_order(card=CARD_DECLINE, pre_auth=False)  # declined
    data(api.create_order(value=7000))  # never paid

    listed = ok(_list(api, "2024-10-01", "2024-10-09"))

    (settlement,) = listed["data"]
    assert settlement["settled_date"] == settlement["last_processed_date"] == "2024-10-06"
    assert settlement["actual_transaction_amount"] == 35.0
    assert settlement["total_deduction_amount"] == 5.0
    assert settlement["total_amount"] == 30.0
    assert settlement["total_transactions_count"] == 2
    assert settlement["programs"] == ["CARD"]
    assert listed["total_settlement_count"] == 1
    assert listed["total_transactions_count"] == 2
    assert listed["total_settlement_amount"] == 30.0

    detail = _detail(api, settlement["utr_number"])
    assert detail["total_transaction_count"] == 2
    assert detail["total_refund"] == 5.0 and detail["total_settled_amount"] == 30.0
    by_order = {t["transaction_id"]: t for t in detail["transactions"]}
    assert set(by_order) == {plain["order_id"], captured["order_id"]}
    assert by_order[plain["order_id"]]["settled_amount"] == 20.0
    assert by_order[plain["order_id"]]["total_deduction_amount"] == 5.0
    assert by_order[captured["order_id"]]["transaction_amount"] == 10.0
    assert {t["utr_number"] for t in detail["transactions"]} == {settlement["utr_number"]}


def test_each_day_has_its_own_settlement_and_utr(day_one: Api, clock: Clock) -> None:
    api = day_one
    first = _processed(api, 1000)
    _next_day(api, clock)
    second = _processed(api, 2000)
    third = _processed(api, 3000)
    refunded = data(api.refund(first["order_id"]))  # in full, the next day

    listed = ok(_list(api, "2024-10-06", "2024-10-07"))

    assert [s["settled_date"] for s in listed["data"]] == ["2024-10-06", "2024-10-07"]
    assert [s["total_amount"] for s in listed["data"]] == [0.0, 50.0]
    utrs = [s["utr_number"] for s in listed["data"]]
    assert len(set(utrs)) == 2
    assert [t["transaction_id"] for t in _detail(api, utrs[1])["transactions"]] == [
        second["order_id"],
        third["order_id"],
    ]
    # The refund order itself is no transaction: it is deducted from the order it refunds.
    assert refunded["order_id"] not in str(_detail(api, utrs[0]))
    assert [s["settled_date"] for s in ok(_list(api, "2024-10-07", "2024-10-30"))["data"]] == [
        "2024-10-07"
    ]
    assert ok(_list(api, "2024-09-01", "2024-10-05"))["data"] == []


def test_pages_of_settlements_and_of_transactions(day_one: Api, clock: Clock) -> None:
    api = day_one
    for _ in range(3):
        _processed(api, 1000)
        _next_day(api, clock)

    pages = [ok(_list(api, "2024-10-01", "2024-10-31", per_page="2", page=p)) for p in "123"]

    assert [[s["settled_date"] for s in page["data"]] for page in pages] == [
        ["2024-10-06", "2024-10-07"],
        ["2024-10-08"],
        [],
    ]
    assert {page["total_settlement_count"] for page in pages} == {3}
    assert {page["total_settlement_amount"] for page in pages} == {30.0}

    for _ in range(3):
        _processed(api, 1000)
    today = ok(_list(api, "2024-10-09", "2024-10-09"))["data"][0]["utr_number"]
    second = _detail(api, today, per_page="2", page="2")
    assert len(second["transactions"]) == 1
    assert second["pagination"] == {"total_pages": 2, "current_page": "2"}
    assert second["total_transaction_count"] == 3


def test_unknown_utr_is_404(day_one: Api) -> None:
    _processed(day_one, 1000)
    answer = day_one.client.get("/api/settlements/v1/detail/HDFCN24281000001")
    assert_error(answer, 404, "SETTLEMENT_NOT_FOUND")


@pytest.mark.parametrize(
    ("params", "source"),
    [
        ({"end_date": "2024-10-09"}, "start_date"),
        ({"start_date": "2024-10-09"}, "end_date"),
        ({"start_date": "2024/10/01", "end_date": "2024-10-09"}, "start_date"),
        ({"start_date": "2024-02-30", "end_date": "2024-03-09"}, "start_date"),
        ({"start_date": "2024-10-09", "end_date": "2024-10-01"}, "end_date"),
        ({"start_date": "2024-01-01", "end_date": "2024-03-02"}, "end_date"),
        ({"start_date": "2024-10-01", "end_date": "2024-10-09", "per_page": "11"}, "per_page"),
        ({"start_date": "2024-10-01", "end_date": "2024-10-09", "page": "0"}, "page"),
    ],
)
def test_bad_query_is_refused(api: Api, params: dict[str, str], source: str) -> None:
    answer = api.client.get("/api/settlements/v1/list", params=params)
    assert assert_error(answer, 400, "INVALID_REQUEST")["additional_error_details"]["source"] == (
        source
    )


def test_sixty_days_is_the_longest_range(api: Api) -> None:
    assert ok(_list(api, "2024-01-01", "2024-03-01"))["data"] == []
