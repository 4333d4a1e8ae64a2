"""Tokens: issued for the test credentials only, required everywhere else, and really expiring."""

from __future__ import annotations

import pytest
from sandbox_helpers import Api, Clock, assert_error, data

from plural_ext.sandbox import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET


def _token_request(
    client_id: str = DEFAULT_CLIENT_ID, secret: str = DEFAULT_CLIENT_SECRET
) -> dict[str, str]:
    return {"client_id": client_id, "client_secret": secret, "grant_type": "client_credentials"}


def test_token_carries_its_lifetime(api: Api) -> None:
    response = api.client.post("/api/auth/v1/token", json=_token_request())
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "expires_in"}
    assert body["expires_in"] == api.sandbox.config.token_ttl == 3600


@pytest.mark.parametrize(
    ("client_id", "secret"),
    [("someone-else", DEFAULT_CLIENT_SECRET), (DEFAULT_CLIENT_ID, "wrong-secret")],
    ids=["client id", "client secret"],
)
def test_bad_credentials_are_401_in_plurals_shape(api: Api, client_id: str, secret: str) -> None:
    body = assert_error(
        api.client.post("/api/auth/v1/token", json=_token_request(client_id, secret)),
        401,
        "INVALID_CLIENT",
    )
    assert secret not in body["message"]


def test_token_request_is_validated_against_the_spec(api: Api) -> None:
    request = {**_token_request(), "grant_type": "password"}
    body = assert_error(api.client.post("/api/auth/v1/token", json=request), 400, "INVALID_REQUEST")
    assert body["additional_error_details"]["source"] == "grant_type"


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer ", "Basic c2FuZGJveA==", "Bearer not-a-token-of-this-sandbox"],
    ids=["missing", "empty", "other scheme", "unknown token"],
)
def test_calls_without_a_live_token_are_401(api: Api, authorization: str | None) -> None:
    del api.client.headers["Authorization"]
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = api.client.post("/api/pay/v1/orders", json={}, headers=headers)
    assert_error(response, 401, "UNAUTHORIZED")
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_token_expires_by_the_sandbox_clock(api: Api, clock: Clock) -> None:
    order = data(api.create_order())
    clock.advance(3599)
    assert api.get(order["order_id"])["order_id"] == order["order_id"]
    clock.advance(1)
    body = assert_error(
        api.client.get(f"/api/pay/v1/orders/{order['order_id']}"), 401, "UNAUTHORIZED"
    )
    assert "expired" in body["message"]
    api.login()
    assert api.get(order["order_id"])["order_id"] == order["order_id"]


def test_request_id_is_echoed(api: Api) -> None:
    request_id = "c17ce30f-f88e-4f81-ada1-c3b4909ed235"
    response = api.client.get(
        "/api/pay/v1/orders/reference/none-such", headers={"Request-ID": request_id}
    )
    assert_error(response, 404, "ORDER_NOT_FOUND")
    assert response.headers["Request-ID"] == request_id
