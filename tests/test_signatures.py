"""The redirect-callback signature, checked against the guide's own Java sample.

The expected signatures below were computed once, on 2026-11-25, by the Java
code of the integration guide §4.2 (``GenerateHash``, ``hmacDigest`` and
``isValidString`` copied verbatim into a throwaway /tmp/plural_vec/hash.java, OpenJDK 17.0.15),
called with these exact message strings (``\\uXXXX`` are Java escapes):

- success: ``order_id=v1-4405071524-aa-qlAtAf&status=AUTHORIZED``
- failure (§4.2's example): ``error_code=USER_AUTHENTICATION_FAILED&error_message=Consumer
  Authentication required&order_id=v1-4405071524-aa-qlAtAf&status=FAILED`` (one line)
- failure (§4.1's example): ``error_code=USER_AUTHENTICATION_REQUIRED&error_message=Consumer
  Authentication Required&order_id=v1-4405071524-aa-qlAtAf&status=AUTHORIZED`` (one line)
- non-ASCII, ``payment_status``: ``error_code=CARD_EXPIRED&error_message=Paiement refus\\u00e9 :
  carte expir\\u00e9e \\u20b9 1 000 \\ud83d\\ude00&order_id=v1-250101-aa-Zx9&payment_status=FAILED``
- reserved characters taken literally: ``order_id=o&1=2&status=A+B%20C``
- key order, case and prefix: ``Order_ref=y&order_id=x&status=PROCESSED&status_code=00``
- key order, UTF-16: ``order_id=z&\\ud83d\\ude00=1&\\uff21=2`` (U+1F600 sorts before U+FF21 in
  Java's String.compareTo, after it in Python's own str order)

The messages were joined from a Java TreeMap of the fields, so their order is
Java's too. The uppercase-key vector is the success one with the key uppercased.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qsl, quote_plus, urlencode

import pluggy
import pytest

from plural_ext import Plural, _hookspecs
from plural_ext._exceptions import SignatureError
from plural_ext._hookspecs import hookimpl
from plural_ext._plugins import callback_signature as callback_signature_plugin
from plural_ext._signatures import CallbackResult, callback_signature, verify_callback

KEY_1 = "b6a09cac35763b7f60b3b9c00679adc860a6d5cc326ecf28ba20746535d99d9b"
KEY_2 = "0a4b2e3e6a14ea29be57edcd9949f19a"
ORDER_ID = "v1-4405071524-aa-qlAtAf"

VECTORS: dict[str, tuple[str, dict[str, str], str]] = {
    "success": (
        KEY_1,
        {"order_id": ORDER_ID, "status": "AUTHORIZED"},
        "8171F53092541293B897652990313376DDF1CAB5876295DA305131F07AE18992",
    ),
    "success_uppercase_key": (
        KEY_1.upper(),
        {"order_id": ORDER_ID, "status": "AUTHORIZED"},
        "8171F53092541293B897652990313376DDF1CAB5876295DA305131F07AE18992",
    ),
    "failure_guide_4_2": (
        KEY_1,
        {
            "error_code": "USER_AUTHENTICATION_FAILED",
            "error_message": "Consumer Authentication required",
            "order_id": ORDER_ID,
            "status": "FAILED",
        },
        "D0231BE8CEDC8BAE87072B49EAC3552A35CB0990E4BFA2E78B6EF82287E6A029",
    ),
    "failure_guide_4_1": (
        KEY_1,
        {
            "order_id": ORDER_ID,
            "status": "AUTHORIZED",
            "error_code": "USER_AUTHENTICATION_REQUIRED",
            "error_message": "Consumer Authentication Required",
        },
        "9ECE058B39C89A01C1A0438B5B4DF525E14A537B171E7EEA855ECE46157D630A",
    ),
    "non_ascii_payment_status": (
        KEY_2,
        {
            "order_id": "v1-250101-aa-Zx9",
            "payment_status": "FAILED",
            "error_code": "CARD_EXPIRED",
            "error_message": "Paiement refusé : carte expirée ₹ 1 000 \U0001f600",
        },
        "29984913F3552F78258BDB196D955F5D35B4051895D6E74F599C5B97E093F00A",
    ),
    "reserved_chars_verbatim": (
        KEY_2,
        {"order_id": "o&1=2", "status": "A+B%20C"},
        "7DEF86251C1DF58A272729BA4E2662C9B10B1470C114914907FD24BA3B74BB95",
    ),
    "key_order_case_prefix": (
        KEY_2,
        {"status_code": "00", "status": "PROCESSED", "order_id": "x", "Order_ref": "y"},
        "8EAC2D4478328E33E4FDB32F65F543799BB0920EF2F785AF64EC6BC8983F2445",
    ),
    "key_order_utf16": (
        KEY_2,
        {"\uff21": "2", "\U0001f600": "1", "order_id": "z"},
        "573842606FEF7BE90953023444E3147C8662DC21053619BC88E9DCF7766113B8",
    ),
}

SUCCESS_SIGNATURE = VECTORS["success"][2]


def signed(name: str) -> tuple[str, dict[str, str]]:
    key, fields, signature = VECTORS[name]
    return key, {**fields, "signature": signature}


@pytest.mark.parametrize("name", VECTORS)
def test_matches_the_guide_java_sample(name: str) -> None:
    key, fields, expected = VECTORS[name]
    assert callback_signature(fields, key) == expected


@pytest.mark.parametrize("name", VECTORS)
def test_verifies_the_java_vectors(name: str) -> None:
    key, params = signed(name)
    result = verify_callback(params, key)
    assert dict(result.fields) == VECTORS[name][1]


@pytest.mark.parametrize("name", VECTORS)
def test_verifies_a_query_string_and_a_form_body(name: str) -> None:
    key, params = signed(name)
    query = urlencode(params)
    assert verify_callback(query, key) == verify_callback(params, key)
    assert verify_callback(query.encode("ascii"), key) == verify_callback(params, key)


def _browser_form_body(params: Mapping[str, str]) -> bytes:
    """``application/x-www-form-urlencoded`` as a browser posts a form: "+" for spaces."""
    return urlencode(list(params.items()), quote_via=quote_plus).encode("ascii")


@pytest.mark.parametrize("name", ["failure_guide_4_2", "non_ascii_payment_status"])
def test_verifies_a_posted_form_body_through_the_function_and_the_client(name: str) -> None:
    """The callback as Plural's form posts it: bytes or text, or a framework's form mapping."""
    key, params = signed(name)
    body = _browser_form_body(params)
    assert b"+" in body  # both vectors have spaces; the second, non-ASCII text too
    expected = verify_callback(params, key)
    with Plural("client-id", "client-secret", entry_points=False) as plural:
        for received in (body, body.decode("ascii"), MultiDict(parse_qsl(body.decode()))):
            assert verify_callback(received, key) == expected
            assert plural.verify_callback(received, key) == expected
        tampered = body.replace(b"order_id=", b"order_id=x")
        with pytest.raises(SignatureError, match="does not match"):
            plural.verify_callback(tampered, key)


def test_the_signature_field_is_left_out_of_the_message() -> None:
    key, params = signed("success")
    assert callback_signature(params, key) == SUCCESS_SIGNATURE


def test_the_result_reads_the_fields() -> None:
    key, params = signed("failure_guide_4_2")
    assert verify_callback(params, key) == CallbackResult(
        order_id=ORDER_ID,
        status="FAILED",
        error_code="USER_AUTHENTICATION_FAILED",
        error_message="Consumer Authentication required",
        fields=VECTORS["failure_guide_4_2"][1],
    )


def test_status_may_come_as_payment_status() -> None:
    key, params = signed("non_ascii_payment_status")
    result = verify_callback(params, key)
    assert result.status == "FAILED"
    assert result.error_message == VECTORS["non_ascii_payment_status"][1]["error_message"]


def test_a_success_has_no_error_fields() -> None:
    key, params = signed("success")
    result = verify_callback(params, key)
    assert (result.order_id, result.status) == (ORDER_ID, "AUTHORIZED")
    assert result.error_code is None and result.error_message is None


def test_the_result_is_frozen_and_hashable() -> None:
    key, params = signed("success")
    result = verify_callback(params, key)
    with pytest.raises(AttributeError):
        result.status = "PROCESSED"  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.fields["status"] = "PROCESSED"  # type: ignore[index]
    assert hash(result) == hash(verify_callback(params, key))


def test_the_signature_case_does_not_matter() -> None:
    key, params = signed("success")
    params["signature"] = params["signature"].lower()
    assert verify_callback(params, key).status == "AUTHORIZED"


def test_values_are_signed_url_decoded() -> None:
    key, params = signed("failure_guide_4_2")
    query = "&".join(f"{k}={v.replace(' ', '%20')}" for k, v in params.items())
    assert verify_callback(query, key).error_message == "Consumer Authentication required"
    plus = "&".join(f"{k}={v.replace(' ', '+')}" for k, v in params.items())
    assert verify_callback(plus, key).error_message == "Consumer Authentication required"


def test_a_percent_encoded_non_ascii_body_verifies() -> None:
    key, params = signed("non_ascii_payment_status")
    assert verify_callback(urlencode(params).encode(), key).status == "FAILED"


def test_an_empty_value_is_a_field() -> None:
    fields = {"order_id": ORDER_ID, "status": "AUTHORIZED", "error_code": ""}
    signature = callback_signature(fields, KEY_1)
    assert signature != SUCCESS_SIGNATURE
    query = f"order_id={ORDER_ID}&status=AUTHORIZED&error_code=&signature={signature}"
    assert verify_callback(query, KEY_1).error_code == ""


class MultiDict(Mapping[str, str]):
    """The shape of Django's QueryDict and Werkzeug's MultiDict: last value wins."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = pairs

    def __getitem__(self, key: str) -> str:
        return [v for k, v in self._pairs if k == key][-1]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(k for k, _ in self._pairs))

    def __len__(self) -> int:
        return len(dict.fromkeys(k for k, _ in self._pairs))

    def getlist(self, key: str) -> list[str]:
        return [v for k, v in self._pairs if k == key]


def test_a_multidict_verifies() -> None:
    key, params = signed("success")
    assert verify_callback(MultiDict(list(params.items())), key).status == "AUTHORIZED"


REPEATED = [("order_id", ORDER_ID), ("status", "FAILED"), ("status", "AUTHORIZED")]


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(urlencode([*REPEATED, ("signature", SUCCESS_SIGNATURE)]), id="query"),
        pytest.param(MultiDict([*REPEATED, ("signature", SUCCESS_SIGNATURE)]), id="multidict"),
    ],
)
def test_a_repeated_field_is_refused(params: str | MultiDict) -> None:
    # Which of the two Plural signed cannot be told, so neither is believed.
    with pytest.raises(SignatureError, match="twice"):
        verify_callback(params, KEY_1)


def test_a_changed_value_fails() -> None:
    key, params = signed("failure_guide_4_2")
    params["status"] = "AUTHORIZED"
    with pytest.raises(SignatureError, match="does not match"):
        verify_callback(params, key)


def test_an_added_field_fails() -> None:
    key, params = signed("success")
    params["error_code"] = ""
    with pytest.raises(SignatureError, match="does not match"):
        verify_callback(params, key)


def test_a_dropped_field_fails() -> None:
    key, params = signed("failure_guide_4_2")
    del params["error_message"]
    with pytest.raises(SignatureError, match="does not match"):
        verify_callback(params, key)


def test_another_key_fails() -> None:
    _, params = signed("success")
    with pytest.raises(SignatureError, match="does not match"):
        verify_callback(params, KEY_2)


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (None, "no signature"),
        ("", "not 64 hex"),
        ("8171F530", "not 64 hex"),
        (SUCCESS_SIGNATURE + "00", "not 64 hex"),
        ("Z" * 64, "not 64 hex"),
        (" " + SUCCESS_SIGNATURE[1:], "not 64 hex"),
        (SUCCESS_SIGNATURE + "\n", "not 64 hex"),
    ],
)
def test_a_missing_or_malformed_signature_is_refused(signature: str | None, reason: str) -> None:
    params = dict(VECTORS["success"][1])
    if signature is not None:
        params["signature"] = signature
    with pytest.raises(SignatureError, match=reason):
        verify_callback(params, KEY_1)


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("", "empty"),
        ("abc", "not hex"),  # odd length: Java drops the last digit
        ("zz" * 16, "not hex"),
        ("+1" * 16, "not hex"),  # Integer.parseInt reads "+1" as 1
        (" " + KEY_1, "not hex"),
        (KEY_1 + "\n", "not hex"),
        ("\u0660\u0661" * 16, "not hex"),  # Arabic-Indic digits: not hex digits
    ],
)
def test_a_bad_key_is_refused_not_signed_with(key: str, reason: str) -> None:
    _, params = signed("success")
    with pytest.raises(SignatureError, match=reason):
        verify_callback(params, key)
    with pytest.raises(SignatureError, match=reason):
        callback_signature(params, key)


def test_nothing_to_sign_is_refused() -> None:
    # The Java sample returns "" here; an empty signature must not pass for one.
    with pytest.raises(SignatureError, match="no fields"):
        callback_signature({}, KEY_1)
    with pytest.raises(SignatureError, match="no fields"):
        verify_callback({"signature": SUCCESS_SIGNATURE}, KEY_1)
    with pytest.raises(SignatureError, match="no fields"):
        callback_signature("", KEY_1)


@pytest.mark.parametrize(
    "query",
    [
        "order_id&status=AUTHORIZED",
        "order_id=x&&status=AUTHORIZED",
        "order_id=x&status=AUTHORIZED&",
        "order_id=%FF&status=AUTHORIZED",
        "&".join(f"f{i}=v" for i in range(200)),
    ],
)
def test_a_mangled_query_string_is_refused(query: str) -> None:
    with pytest.raises(SignatureError, match="not a query string"):
        verify_callback(query + "&signature=" + "0" * 64, KEY_1)


def test_a_body_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(SignatureError, match="not UTF-8"):
        verify_callback(b"order_id=\xff&signature=" + b"0" * 64, KEY_1)


def test_a_value_that_is_not_text_is_refused() -> None:
    params: Any = {"order_id": ORDER_ID, "status": 1, "signature": "0" * 64}
    with pytest.raises(SignatureError, match="must be text"):
        verify_callback(params, KEY_1)


def test_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(SignatureError, match="surrogate"):
        callback_signature({"order_id": "\ud800"}, KEY_1)


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        (None, "not NoneType"),
        (5, "not int"),
        ([("order_id", ORDER_ID)], "not list"),
        ({("order_id", "x")}, "not set"),
        ({b"order_id": b"x", "signature": "0" * 64}, "must be text"),
        ({"order_id": b"x", "signature": "0" * 64}, "must be text"),
        ({"order_id": ORDER_ID, "signature": None}, "must be text"),
        ({"order_id": ORDER_ID, "signature": "\ud800" * 64}, "not 64 hex"),
        ("order_id=\ud800&signature=" + "0" * 64, "surrogate"),
        ("order_id=%ED%A0%80&signature=" + "0" * 64, "not a query string"),  # an encoded surrogate
    ],
)
def test_fields_of_the_wrong_kind_are_a_signature_error(params: Any, reason: str) -> None:
    with pytest.raises(SignatureError, match=reason):
        verify_callback(params, KEY_1)


@pytest.mark.parametrize("key", [None, 5, b"00ff", bytearray(b"00ff"), ["00ff"]])
def test_a_key_that_is_not_text_is_a_signature_error(key: Any) -> None:
    _, params = signed("success")
    with pytest.raises(SignatureError, match="secret key must be text"):
        verify_callback(params, key)
    with pytest.raises(SignatureError, match="secret key must be text"):
        callback_signature(params, key)


def test_a_body_may_be_a_bytearray() -> None:
    key, params = signed("success")
    assert verify_callback(bytearray(urlencode(params).encode()), key).status == "AUTHORIZED"


def test_the_fields_view_cannot_change_the_result() -> None:
    key, params = signed("success")
    result = verify_callback(params, key)
    params["status"] = "FAILED"
    assert result.fields["status"] == "AUTHORIZED"
    assert isinstance(result.fields, MappingProxyType)


SECRET_KEY = "5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e7c0ffee"


def test_nothing_secret_in_errors_or_reprs() -> None:
    _, params = signed("success")
    expected = callback_signature(params, SECRET_KEY)
    texts = []
    for bad in (params, {**params, "signature": "z"}, {"order_id": "x"}, "a&b"):
        with pytest.raises(SignatureError) as caught:
            verify_callback(bad, SECRET_KEY)
        texts += [str(caught.value), repr(caught.value)]
    for bad_key in (SECRET_KEY + "g", SECRET_KEY[:-1], "  " + SECRET_KEY):
        with pytest.raises(SignatureError) as caught:
            verify_callback(params, bad_key)
        texts += [str(caught.value), repr(caught.value)]
    good = verify_callback({**params, "signature": expected}, SECRET_KEY)
    texts.append(repr(good))
    for text in texts:
        assert SECRET_KEY[:12].lower() not in text.lower()
        assert expected[:12].lower() not in text.lower()


class OtherScheme:
    """A plugin that knows a scheme of its own and passes on everything else."""

    @hookimpl
    def plural_verify_callback(
        self, params: Mapping[str, str], secret_key: str
    ) -> CallbackResult | None:
        if params.get("scheme") != "other":
            return None
        return CallbackResult(None, "OTHER", None, None, MappingProxyType(dict(params)))


def plugins(*extra: object) -> pluggy.PluginManager:
    pm = pluggy.PluginManager(_hookspecs.PROJECT)
    pm.add_hookspecs(_hookspecs)
    pm.register(callback_signature_plugin, name="callback_signature")
    for plugin in extra:
        pm.register(plugin)
    return pm


def test_the_builtin_plugin_verifies() -> None:
    key, params = signed("success")
    hook = plugins().hook.plural_verify_callback
    assert hook(params=params, secret_key=key) == verify_callback(params, key)
    with pytest.raises(SignatureError, match="does not match"):
        hook(params={**params, "status": "FAILED"}, secret_key=key)


def test_the_builtin_plugin_lets_other_schemes_go_first() -> None:
    # Registered before the other plugin, which pluggy would otherwise call last.
    hook = plugins(OtherScheme()).hook.plural_verify_callback
    assert hook(params={"scheme": "other"}, secret_key=KEY_1).status == "OTHER"
    key, params = signed("success")
    assert hook(params=params, secret_key=key).status == "AUTHORIZED"
