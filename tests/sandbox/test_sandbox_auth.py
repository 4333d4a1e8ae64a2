"""Tokens: issued for the test credentials only, required everywhere else, and really expiring."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sandbox_helpers import Api, Clock, assert_error, checked_client, data

from plural_ext.sandbox import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
    SandboxConfig,
    SandboxTransport,
)


def _token_request(
    client_id: str = DEFAULT_CLIENT_ID, secret: str = DEFAULT_CLIENT_SECRET
) -> dict[str, str]:
    return {"client_id": client_id, "client_secret": secret, "grant_type": "client_credentials"}


def test_token_carries_its_expiry_time_as_the_api_reference_does(api: Api, clock: Clock) -> None:
    assert api.sandbox.config.token_expiry == "expires_at"
    response = api.client.post("/api/auth/v1/token", json=_token_request())
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "expires_at"}
    # ISO-8601 UTC with milliseconds and Z, by the sandbox's clock.
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", body["expires_at"])
    expires_at = datetime.fromisoformat(body["expires_at"]).timestamp()
    assert clock.value + 3600 - 0.001 <= expires_at <= clock.value + 3600


def test_token_carries_its_lifetime_as_the_guide_does(clock: Clock) -> None:
    config = SandboxConfig(now=clock, token_expiry="expires_in", token_ttl=900)
    with (
        Sandbox(config) as sandbox,
        checked_client(SandboxTransport(sandbox), SandboxTransport.base_url) as client,
    ):
        response = client.post("/api/auth/v1/token", json=_token_request())
    assert response.status_code == 200
    assert response.json() == {"access_token": response.json()["access_token"], "expires_in": 900}


def test_config_refuses_another_token_expiry() -> None:
    with pytest.raises(ValueError, match="token_expiry"):
        SandboxConfig(token_expiry="expires")  # type: ignore[arg-type]


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
