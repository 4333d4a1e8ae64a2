"""Customer profiles and their saved cards (network tokens), end to end."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api, Clock, assert_error, ok, reference

from plural_ext.sandbox import CARD_SUCCESS_MASTERCARD

CUSTOMER_ID = re.compile(r"cust-v1-\d{10}-aa-[A-Za-z0-9]{6}")
TOKEN_ID = re.compile(r"token-v1-\d{10}-aa-[A-Za-z0-9]{6}")
ENCRYPTED_CARD = "eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.c2VjcmV0LWNhcmQ"


def _create(api: Api, **fields: Any) -> httpx.Response:
    body = {
        "merchant_customer_reference": reference("cust"),
        "first_name": "Kevin",
        "country_code": "91",
        "mobile_number": "9876543210",
        "billing_address": {"address1": "H.No 15, Sector 17", "city": "Chandigarh"},
    } | fields
    return api.client.post(
        "/api/v1/customer", json={k: v for k, v in body.items() if v is not None}
    )


def _customer(api: Api, **fields: Any) -> dict[str, Any]:
    created = _create(api, **fields)
    assert created.status_code == 201, created.text
    customer: dict[str, Any] = created.json()
    return customer


def _tokenize(api: Api, customer_id: str, **fields: Any) -> httpx.Response:
    body = {
        "customer_id": customer_id,
        "merchant_token_reference": reference("token"),
        "payment_method": "CARD",
        "payment_option": {"encrypted_card_details": ENCRYPTED_CARD},
    } | fields
    return api.client.post("/api/v1/tokens", json=body)


def _token(api: Api, customer_id: str, **fields: Any) -> dict[str, Any]:
    return ok(_tokenize(api, customer_id, **fields), 201)


def _tokens(api: Api, customer_id: str) -> dict[str, Any]:
    return ok(api.client.get(f"/api/v1/customer/{customer_id}/tokens"))


def test_create_customer_gives_an_inactive_profile(api: Api) -> None:
    customer = _customer(api, merchant_metadata={"segment": "retail"})
    assert CUSTOMER_ID.fullmatch(customer["customer_id"])
    assert customer["status"] == "INACTIVE"
    assert customer["first_name"] == "Kevin" and customer["mobile_number"] == "9876543210"
    assert customer["merchant_metadata"] == {"segment": "retail"}
    assert ok(api.client.get(f"/api/v1/customer/{customer['customer_id']}")) == customer


def test_create_customer_is_idempotent_by_reference(api: Api) -> None:
    first = _customer(api, merchant_customer_reference="cust-same")
    again = ok(_create(api, merchant_customer_reference="cust-same", first_name="Other"))
    assert again == first  # 200, the existing profile, unchanged


def test_create_customer_needs_a_reference_or_a_mobile_number(api: Api) -> None:
    refused = assert_error(
        _create(api, merchant_customer_reference=None, mobile_number=None), 400, "INVALID_REQUEST"
    )
    assert refused["additional_error_details"]["source"] == "merchant_customer_reference"
    by_mobile = _customer(api, merchant_customer_reference=None, country_code=None)
    assert by_mobile["country_code"] == "91" and "merchant_customer_reference" not in by_mobile


def test_find_customer_needs_all_three_to_match(api: Api) -> None:
    customer = _customer(api, merchant_customer_reference="cust-find", country_code="+91")
    query = {
        "country_code": "91",
        "mobile_number": "9876543210",
        "merchant_customer_reference": "cust-find",
    }
    assert ok(api.client.get("/api/v1/customer", params=query)) == customer
    for name, other in [("mobile_number", "9876543211"), ("merchant_customer_reference", "x")]:
        miss = api.client.get("/api/v1/customer", params=query | {name: other})
        assert_error(miss, 404, "CUSTOMER_NOT_FOUND")
    missing = assert_error(
        api.client.get(
            "/api/v1/customer", params={"country_code": "91", "mobile_number": "9876543210"}
        ),
        400,
        "INVALID_REQUEST",
    )
    assert missing["additional_error_details"]["source"] == "merchant_customer_reference"
    bad = api.client.get("/api/v1/customer", params=query | {"mobile_number": "98-76"})
    assert assert_error(bad, 400, "INVALID_REQUEST")["additional_error_details"]["source"] == (
        "mobile_number"
    )


def test_update_replaces_the_fields_sent_and_keeps_the_others(api: Api, clock: Clock) -> None:
    customer = _customer(api)
    clock.advance(60)
    shipping = {"address1": "Flat 402", "city": "Bengaluru"}
    updated = ok(
        api.client.patch(
            f"/api/v1/customer/{customer['customer_id']}",
            json={
                "email_id": "kevin@example.com",
                "billing_address": {"pincode": "160017"},
                "shipping_address": shipping,
                "status": "ACTIVE",
            },
        )
    )
    assert updated["email_id"] == "kevin@example.com"
    assert updated["billing_address"] == {"pincode": "160017"}  # replaced whole, not merged
    assert updated["shipping_address"] == shipping
    assert updated["status"] == "ACTIVE"
    assert updated["first_name"] == customer["first_name"]
    assert updated["created_at"] == customer["created_at"]
    assert updated["updated_at"] > customer["updated_at"]
    assert ok(api.client.get(f"/api/v1/customer/{customer['customer_id']}")) == updated


def test_update_moves_the_reference(api: Api) -> None:
    customer = _customer(api, merchant_customer_reference="cust-old")
    other = _customer(api)
    path = f"/api/v1/customer/{customer['customer_id']}"
    taken = {"merchant_customer_reference": other["merchant_customer_reference"]}
    assert_error(api.client.patch(path, json=taken), 400, "DUPLICATE_REQUEST")
    ok(api.client.patch(path, json={"merchant_customer_reference": "cust-new"}))
    assert (
        ok(_create(api, merchant_customer_reference="cust-new"))["customer_id"]
        == (customer["customer_id"])
    )
    assert (
        _customer(api, merchant_customer_reference="cust-old")["customer_id"]
        != (customer["customer_id"])
    )


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/customer/cust-v1-0000000000-aa-AAAAAA"),
        ("PATCH", "/api/v1/customer/cust-v1-0000000000-aa-AAAAAA"),
        ("GET", "/api/v1/customer/cust-v1-0000000000-aa-AAAAAA/tokens"),
        ("GET", "/api/v1/customer/cust-v1-0000000000-aa-AAAAAA/tokens/token-1"),
    ],
)
def test_unknown_customer_is_404(api: Api, method: str, path: str) -> None:
    json = {"first_name": "Kevin"} if method == "PATCH" else None
    assert_error(api.client.request(method, path, json=json), 404, "CUSTOMER_NOT_FOUND")


def test_token_of_an_unknown_customer_is_refused(api: Api) -> None:
    refused = assert_error(_tokenize(api, "cust-nobody"), 400, "INVALID_REQUEST")
    assert refused["additional_error_details"]["source"] == "customer_id"


def test_saved_card_takes_its_card_from_the_payment_that_authenticated_it(api: Api) -> None:
    paid = api.paid_order(card=CARD_SUCCESS_MASTERCARD)
    customer = _customer(api)
    acquirer_data = paid["payments"][0]["acquirer_data"]

    token = _token(
        api,
        customer["customer_id"],
        payment={"acquirer_data": acquirer_data},
        merchant_metadata={"source": "checkout"},
    )

    assert TOKEN_ID.fullmatch(token["token_id"])
    assert token["status"] == "INITIATED" and token["customer_id"] == customer["customer_id"]
    (saved,) = _tokens(api, customer["customer_id"])["tokens"]
    assert saved["status"] == "ACTIVE"
    assert saved["card_data"]["network_name"] == "MASTERCARD"
    assert saved["card_data"]["last4_digit"] == "4444"
    assert saved["merchant_metadata"] == {"source": "checkout"}
    one = ok(
        api.client.get(f"/api/v1/customer/{customer['customer_id']}/tokens/{token['token_id']}")
    )
    assert one == saved


def test_token_of_an_unknown_payment_has_no_card_data(api: Api) -> None:
    customer = _customer(api)
    stranger = {"approval_code": "000000", "rrn": "999999999999"}
    token = _token(api, customer["customer_id"], payment={"acquirer_data": stranger})
    (saved,) = _tokens(api, customer["customer_id"])["tokens"]
    assert saved["token_id"] == token["token_id"] and "card_data" not in saved


def test_generate_card_token_is_idempotent_by_reference(api: Api) -> None:
    customer = _customer(api)
    first = _token(api, customer["customer_id"], merchant_token_reference="token-same")
    again = ok(_tokenize(api, customer["customer_id"], merchant_token_reference="token-same"))
    assert again["token_id"] == first["token_id"] and again["status"] == "ACTIVE"
    assert _tokens(api, customer["customer_id"])["total_tokens"] == 1
    other = _customer(api)
    assert_error(
        _tokenize(api, other["customer_id"], merchant_token_reference="token-same"),
        400,
        "DUPLICATE_REQUEST",
    )


def test_customer_lists_each_token_with_its_status(api: Api) -> None:
    customer, other = _customer(api), _customer(api)
    kept = _token(api, customer["customer_id"])
    deleted = _token(api, customer["customer_id"])
    _token(api, other["customer_id"])
    path = f"/api/v1/customer/{customer['customer_id']}/tokens/{deleted['token_id']}/delete"

    gone = ok(api.client.post(path, json={"merchant_unique_reference": "del-1"}))

    assert gone == {
        "token_id": deleted["token_id"],
        "customer_id": customer["customer_id"],
        "status": "DEACTIVATED",
        "merchant_unique_reference": "del-1",
    }
    listed = _tokens(api, customer["customer_id"])
    assert listed["total_tokens"] == 2
    statuses = {token["token_id"]: token["status"] for token in listed["tokens"]}
    assert statuses == {kept["token_id"]: "ACTIVE", deleted["token_id"]: "DEACTIVATED"}
    # A repeat of the same deletion answers the same; another is refused.
    assert ok(api.client.post(path, json={"merchant_unique_reference": "del-1"})) == gone
    again = api.client.post(path, json={"merchant_unique_reference": "del-2"})
    assert assert_error(again, 400, "INVALID_REQUEST")["additional_error_details"]["reason"] == (
        "status DEACTIVATED"
    )


def test_token_of_another_customer_is_404(api: Api) -> None:
    customer, other = _customer(api), _customer(api)
    token = _token(api, other["customer_id"])
    path = f"/api/v1/customer/{customer['customer_id']}/tokens/{token['token_id']}"
    assert_error(api.client.get(path), 404, "TOKEN_NOT_FOUND")
    assert_error(
        api.client.post(path + "/delete", json={"merchant_unique_reference": "del-x"}),
        404,
        "TOKEN_NOT_FOUND",
    )
    assert _tokens(api, other["customer_id"])["tokens"][0]["status"] == "ACTIVE"


def test_service_provider_token_by_token_or_by_customer(api: Api) -> None:
    customer = _customer(api)
    token = _token(api, customer["customer_id"])

    one = ok(api.client.get(f"/api/v1/tokens/{token['token_id']}"))
    mine = ok(api.client.get(f"/api/v1/tokens/{customer['customer_id']}"))

    assert one["token_id"] == token["token_id"] and one["status"] == "ACTIVE"
    assert one["service_provider_token_id"].startswith("sp-token-")
    assert mine == {"customer_id": customer["customer_id"], "tokens": [one]}
    assert_error(api.client.get("/api/v1/tokens/neither-1"), 404, "TOKEN_NOT_FOUND")


def test_cryptogram_for_an_active_token_only(api: Api) -> None:
    customer = _customer(api)
    token = _token(api, customer["customer_id"])
    provider_id = ok(api.client.get(f"/api/v1/tokens/{token['token_id']}"))[
        "service_provider_token_id"
    ]
    path = f"/api/v1/tokens/{token['token_id']}/token-transactional-data"

    def ask(ref: str, provider: str = provider_id) -> httpx.Response:
        body = {"merchant_unique_reference": ref, "service_provider_token_id": provider}
        return api.client.post(path, json=body)

    first = ok(ask("crypto-1"), 201)
    assert first["token_id"] == token["token_id"]
    assert first["token_data"]["cryptogram"]
    assert first["token_data"]["token_expiry_year"].isdigit()
    assert ok(ask("crypto-1")) == first  # the same reference, the same answer
    second = ok(ask("crypto-2"), 201)
    assert second["token_data"]["cryptogram"] != first["token_data"]["cryptogram"]
    assert_error(ask("crypto-3", "sp-token-other"), 400, "INVALID_REQUEST")

    deleted = ok(api.client.post(f"/api/v1/tokens/{token['token_id']}/delete"))
    assert deleted == {"token_id": token["token_id"], "status": "DEACTIVATED"}
    refused = assert_error(ask("crypto-4"), 400, "INVALID_REQUEST")
    assert refused["additional_error_details"]["reason"] == "status DEACTIVATED"
    assert_error(
        api.client.post(f"/api/v1/tokens/{token['token_id']}/delete"), 400, "INVALID_REQUEST"
    )
    assert_error(
        api.client.post(
            "/api/v1/tokens/token-unknown/token-transactional-data",
            json={
                "merchant_unique_reference": "crypto-5",
                "service_provider_token_id": provider_id,
            },
        ),
        404,
        "TOKEN_NOT_FOUND",
    )


def test_no_token_for_a_deleted_customer(api: Api) -> None:
    customer = _customer(api)
    ok(api.client.patch(f"/api/v1/customer/{customer['customer_id']}", json={"status": "DELETED"}))
    refused = assert_error(_tokenize(api, customer["customer_id"]), 400, "INVALID_REQUEST")
    assert refused["additional_error_details"]["reason"] == "status DELETED"


def test_encrypted_card_details_stay_out_of_answers_and_logs(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    customer = _customer(api)
    answers = [_tokenize(api, customer["customer_id"], merchant_token_reference="token-enc")]
    token_id = answers[0].json()["token_id"]
    answers += [
        _tokenize(api, customer["customer_id"], merchant_token_reference="token-enc"),
        _tokenize(api, "cust-nobody"),
        api.client.get(f"/api/v1/customer/{customer['customer_id']}/tokens"),
        api.client.get(f"/api/v1/tokens/{token_id}"),
        api.client.get(f"/api/v1/tokens/{customer['customer_id']}"),
    ]
    for answer in answers:
        assert ENCRYPTED_CARD not in answer.text
    assert ENCRYPTED_CARD not in caplog.text
