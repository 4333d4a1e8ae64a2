"""Free-text redaction: what a server writes in prose is masked, and nothing else is changed.

Plural's error messages (and a proxy's pages, and httpx's errors) are prose that may quote
the request: a card number, a CVV, a token, the client secret. ``redact_text`` masks those
and must leave an ordinary message as it is: order ids, amounts, dates, UUIDs.
"""

from __future__ import annotations

import re
import string
import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from plural_client.types import luhn_valid, mask_card_number
from plural_ext._redact import assigned_secrets, redact_body, redact_json, redact_text

# --- what the properties are drawn from -------------------------------------------------------

PROSE_WORDS = [
    "the", "order", "was", "refused", "payment", "failed", "for", "amount", "on", "please",
    "retry", "Invalid", "request", "customer", "is", "not", "found", "with", "reference",
    "INVALID_REQUEST", "PAYMENT_DECLINED", "expired", "has", "been", "processed", "at",
]  # fmt: skip
# Secret names in sentences that quote no secret: they must stay as they are.
PROSE_ABOUT_SECRETS = [
    "the token has expired",
    "TOKEN EXPIRED",
    "invalid client_secret",
    "client_secret is not valid",
    "otp verification failed",
    "signature mismatch",
    "Bearer token required",
    "Basic auth is not supported",
    "password must be reset",
    "cvv is required",
    "card number is invalid",
    "tokenization failed",
    "token_type Bearer",
]


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    """A Luhn-valid number of 12 to 19 digits, as a card number is."""
    length = draw(st.integers(12, 19))
    body = draw(st.text(string.digits, min_size=length - 1, max_size=length - 1))
    return body + next(d for d in string.digits if luhn_valid(body + d))


def printed(number: str, style: str) -> str:
    """``number`` as a message may print it: whole, or in groups of four (4-6-5 for 15)."""
    if style == "whole":
        return number
    sizes = [4, 6, 5] if len(number) == 15 else [4] * (len(number) // 4) + [len(number) % 4]
    groups, start = [], 0
    for size in filter(None, sizes):
        groups.append(number[start : start + size])
        start += size
    if len(groups[-1]) < 3:  # 4-4-4-2 is no card's print: the tail joins the group before
        groups[-2:] = [groups[-2] + groups[-1]]
    return (" " if style == "spaced" else "-").join(groups)


words = st.lists(st.sampled_from(PROSE_WORDS), max_size=6).map(" ".join)
# A credential as it appears after a secret's name: digits, symbols or mixed case in it.
credentials = st.from_regex(r"[A-Za-z0-9._~+/-]{3,30}[0-9][A-Za-z0-9._-]{0,10}", fullmatch=True)
# Any value at all; not ending in a full stop, which a sentence would end with.
any_values = st.from_regex(r"[A-Za-z0-9._~+/-]{0,39}[A-Za-z0-9_~+/-]", fullmatch=True)
jwts = st.tuples(
    st.from_regex(r"[A-Za-z0-9_-]{8,40}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9_-]{8,60}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9_-]{8,40}", fullmatch=True),
).map(lambda parts: "eyJ" + ".".join(parts))


def digits_of(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


# --- card numbers -------------------------------------------------------------------------------


@given(
    number=card_numbers(),
    style=st.sampled_from(["whole", "spaced", "dashed"]),
    before=words,
    after=words,
    opening=st.sampled_from(["", "card ", "number: ", "(", '"', "PAN "]),
)
@example(number="4111111111111111", style="whole", before="", after="", opening="card ")
def test_a_card_number_in_prose_keeps_six_and_four_digits(
    number: str, style: str, before: str, after: str, opening: str
) -> None:
    text = f"{before} {opening}{printed(number, style)} {after}".strip()

    shown = redact_text(text)

    assert number not in digits_of(shown)
    assert mask_card_number(number) in shown


@given(number=st.from_regex(r"4[0-9]{15}", fullmatch=True).filter(lambda n: not luhn_valid(n)))
def test_a_number_after_the_word_card_is_masked_even_when_luhn_fails(number: str) -> None:
    assert number not in digits_of(redact_text(f"card {number} was refused"))


def test_the_digits_of_ids_glued_to_letters_are_no_card_number() -> None:
    for text in [
        "order v1-4111111111111111-aa-qlAtAf",
        "ref order-4111111111111111",
        "ref 4111111111111111-aa",
        "id abc4111111111111111",
        "rate 12.4111111111111111",
    ]:
        assert redact_text(text) == text


# --- CVV, tokens, secrets -----------------------------------------------------------------------


@given(
    name=st.sampled_from(["cvv", "CVV", "cvc", "CVC2", "cvv2", "Cvv"]),
    separator=st.sampled_from([" ", ": ", "=", " is ", '": "', " = ", ":"]),
    cvv=st.from_regex(r"[0-9]{3,4}", fullmatch=True),
    before=words,
    after=words,
)
def test_a_cvv_after_its_name_is_masked(
    name: str, separator: str, cvv: str, before: str, after: str
) -> None:
    shown = redact_text(f"{before} {name}{separator}{cvv} {after}")

    assert cvv not in shown
    assert name in shown  # the name stays, for the reader to know what was masked


@given(
    template=st.sampled_from(
        [
            "token {} has expired",
            "the access token {} is revoked",
            "client_secret {} is not valid",
            "client secret {} is not valid",
            "refresh_token '{}' unknown",
            "otp {} is wrong",
            "password is {}",
            "auth_token {}",
        ]
    ),
    value=credentials,
    before=words,
)
def test_a_credential_after_a_secrets_name_is_masked(
    template: str, value: str, before: str
) -> None:
    shown = redact_text(f"{before} {template.format(value)}")

    assert value not in shown
    assert "**" in shown  # "***", or a card number's six and four digits


@given(
    template=st.sampled_from(
        [
            "password={}",
            "client_secret={}&grant_type=client_credentials",
            '{{"access_token": "{}"}}',
            "id_token: {}",
            "secret_key = {}",
            "api_key={}",
            'cvv="{}"',
            r"{{\"token\": \"{}\"}}",
            "--password={}",
            "payment_identifier: {}",
        ]
    ),
    value=any_values,
)
def test_any_value_assigned_to_a_secrets_name_is_masked(template: str, value: str) -> None:
    assert redact_text(template.format(value)) == template.format("***")


@given(
    scheme=st.sampled_from(["Bearer", "bearer", "BEARER", "Basic"]),
    token=st.one_of(credentials, jwts, credentials.map(lambda token: token + "==")),
    after=words,
)
def test_a_bearer_or_basic_credential_is_masked(scheme: str, token: str, after: str) -> None:
    shown = redact_text(f"Authorization: {scheme} {token} {after}")

    assert shown == f"Authorization: {scheme} *** {after}"


@given(jwt=jwts, before=words, after=words)
def test_a_jwt_is_masked_wherever_it_is(jwt: str, before: str, after: str) -> None:
    shown = redact_text(f"{before} {jwt} {after}")

    assert jwt not in shown
    assert "eyJ" not in shown


# --- what must not change -----------------------------------------------------------------------


def order_ids() -> st.SearchStrategy[str]:
    return st.from_regex(r"v1-[0-9]{10}-aa-[A-Za-z]{6}", fullmatch=True)


def amounts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(0, 10**10).map(str),
        st.integers(0, 10**9).map(lambda paise: f"{paise / 100:,.2f}"),
        st.integers(0, 10**9).map(lambda paise: f"INR {paise / 100:.2f}"),
    )


def dates() -> st.SearchStrategy[str]:
    moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1))
    return st.one_of(
        moments.map(lambda moment: moment.date().isoformat()),
        moments.map(
            lambda moment: (
                moment.replace(tzinfo=UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            )
        ),
        moments.map(lambda moment: moment.strftime("%d/%m/%Y %H:%M")),
        moments.map(lambda moment: str(int(moment.replace(tzinfo=UTC).timestamp()))),
    )


ordinary = st.one_of(
    order_ids(),
    amounts(),
    dates(),
    st.uuids().map(str),
    st.from_regex(r"[a-z]{2,8}-[0-9]{1,20}", fullmatch=True),  # merchant references
    st.sampled_from(PROSE_ABOUT_SECRETS),
)


@given(st.lists(st.tuples(st.sampled_from(PROSE_WORDS), ordinary), min_size=1, max_size=8))
@example([("order", "v1-4405071524-aa-qlAtAf"), ("amount", "1100"), ("on", "2024-07-09")])
def test_an_ordinary_message_is_left_as_it_is(parts: list[tuple[str, str]]) -> None:
    # Phrases apart: what directly follows a secret's name is PROSE_ABOUT_SECRETS's matter.
    message = "; ".join(f"{word} {thing}" for word, thing in parts)

    assert redact_text(message) == message


@given(st.text())
def test_redaction_never_raises_and_masks_once(text: str) -> None:
    once = redact_text(text)

    assert redact_text(once) == once


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "card 4111111111111111 with cvv 123 was refused",
            "card 411111******1111 with cvv *** was refused",
        ),
        ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln has expired", "token *** has expired"),
        ("Bearer abc.def", "Bearer ***"),
        ("client_secret XYZ is not valid", "client_secret *** is not valid"),
        ("password=hunter2&user=shop", "password=***&user=shop"),
        ('password: "two words", user', 'password: "***", user'),
        ("password token tok-PLANTED-1", "password token ***"),
        ("webhook-signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "webhook-signature: ***"),
        ("card_number: 4111 1111 1111 1111", "card_number: 411111******1111"),
        ("amounts 123456789 987654321 on 2024-07-09", "amounts 123456789 987654321 on 2024-07-09"),
        ("Request-ID c17ce30f-f88e-4f81-ada1-c3b4909ed235", "Request-ID c17ce30f-f88e-4f81-ada1-c3b4909ed235"),
    ],
)  # fmt: skip
def test_the_issues_examples(message: str, expected: str) -> None:
    assert redact_text(message) == expected


# --- bodies -------------------------------------------------------------------------------------


def test_json_is_masked_by_field_at_any_depth_and_by_pattern_in_its_strings() -> None:
    document = {
        "message": "card 4111111111111111 with cvv 123 was refused",
        "details": [{"meta": {"ID_Token": "eyJx", "client-secret": "s1", "note": "ok"}}],
        "card_number": "5555555555554444",
        "amount": 1100,
    }

    assert redact_json(document) == {
        "message": "card 411111******1111 with cvv *** was refused",
        "details": [{"meta": {"ID_Token": "***", "client-secret": "***", "note": "ok"}}],
        "card_number": "555555******4444",
        "amount": 1100,
    }


def test_bodies_of_every_kind_are_masked() -> None:
    form = b"client_id=id&client_secret=cs-1&card_number=4111111111111111"
    html = b"<html><body>Bearer tok.en.1 refused; cvv: 737</body></html>"

    assert redact_body(form, "application/x-www-form-urlencoded") == (
        "client_id=id&client_secret=%2A%2A%2A&card_number=411111%2A%2A%2A%2A%2A%2A1111"
    )
    assert "tok.en.1" not in redact_body(html, "text/html")
    assert "737" not in redact_body(html, "text/html")
    assert redact_body(b'{"token": "t-1"', "application/json") == '{"token": "***"'


def test_assigned_secrets_finds_the_values_the_recorder_remembers() -> None:
    text = 'client_secret=cs-1&x=1 "cvv": "737" token: \'t 2\''

    assert assigned_secrets(text) == ["cs-1", "737", "t 2"]


def test_a_uuid_is_never_taken_for_a_card_number() -> None:
    ids = [str(uuid.UUID(int=n * 0x1111111111111111)) for n in range(16)]
    ids += [str(uuid.UUID(f"{'1' * 8}-1111-1111-1111-{digits}")) for digits in ["411111111111"]]
    for request_id in ids:
        assert redact_text(f"Request-ID {request_id}") == f"Request-ID {request_id}"
    assert re.fullmatch(r"[0-9a-f-]{36}", ids[-1])
