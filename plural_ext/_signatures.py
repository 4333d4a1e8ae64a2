"""The signature on the callback, the one Plural sends to the return URL.

After a payment the customer's browser comes back to the merchant's return URL
carrying the result (``order_id``, ``status``, error fields) and a
``signature``: as an ``application/x-www-form-urlencoded`` POST body (the form
Plural's page submits, as its plugins receive it) or in the query string of a
redirect. The browser is the customer's, so nothing in either is worth
believing until the signature has been checked: :func:`verify_callback`, which
takes the body, the query string or a framework's form or query mapping alike.

The scheme is the one of the seamless-cards guide, §4.2, and its Java sample:
HMAC-SHA256 keyed with the hex-decoded secret key over ``k=v&k=v`` (every field
but ``signature``, sorted by name, values as received), in uppercase hex.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import parse_qsl

from plural_ext._exceptions import SignatureError

__all__ = [
    "CallbackParams",
    "CallbackResult",
    "callback_signature",
    "read_callback_fields",
    "verify_callback",
]

CallbackParams = Mapping[str, str] | str | bytes
"""The callback's fields: a mapping (``request.POST``, ``request.form``, ``request.args``),
or the raw POST body (bytes or text) or query string as received."""

_HEX_KEY = re.compile(r"(?:[0-9A-Fa-f]{2})+")
_SIGNATURE = re.compile(r"[0-9A-Fa-f]{64}")
# A callback has four or five fields; the cap bounds the work a hostile body can cause.
_MAX_FIELDS = 100


@dataclass(frozen=True, slots=True)
class CallbackResult:
    """A callback whose signature matched.

    ``status`` is the ``status`` field or, when there is none, ``payment_status``:
    the guide's example uses the first and its step list the second. ``fields``
    holds every field but ``signature``, read-only. A valid signature proves the
    fields came from Plural, not that any one of them is present.
    """

    order_id: str | None
    status: str | None
    error_code: str | None
    error_message: str | None
    fields: Mapping[str, str] = field(hash=False)


def callback_signature(params: CallbackParams, secret_key: str) -> str:
    """The signature Plural puts on these callback fields, in uppercase hex.

    A ``signature`` field among ``params`` is left out, as Plural leaves it out.
    Raises :class:`SignatureError` when the key is not hex or there is nothing to sign.
    """
    key = _decode_key(secret_key)
    fields = read_callback_fields(params)
    fields.pop("signature", None)
    return _sign(key, fields)


def verify_callback(params: CallbackParams, secret_key: str) -> CallbackResult:
    """Check the callback's ``signature`` field and return its fields.

    ``params`` is a mapping (a web framework's form or query dict) or the raw
    form body (bytes or text: Plural's callback is a POST) or query string, where
    "+" reads as a space, as browsers encode forms. A field given twice is
    refused, because which of the two Plural signed cannot be told. Values are
    compared as received, after URL decoding: Plural signs the decoded text.
    Raises :class:`SignatureError`
    when the signature is missing, malformed or does not match, and when the
    secret key is empty or not hex (where the guide's Java sample signs nothing
    and returns "", which would compare equal to an empty signature).
    """
    key = _decode_key(secret_key)
    fields = read_callback_fields(params)
    received = fields.pop("signature", None)
    if received is None:
        raise SignatureError("the callback has no signature field")
    if not _SIGNATURE.fullmatch(received):
        raise SignatureError("the callback signature is not 64 hex digits")
    # Both sides are ASCII hex by now, so upper() cannot change the length, and
    # compare_digest keeps the time independent of where they first differ.
    if not hmac.compare_digest(_sign(key, fields), received.upper()):
        raise SignatureError(
            "the callback signature does not match: a different secret key, or fields "
            "changed since Plural signed them (values must be as received, URL-decoded)"
        )
    status = fields.get("status", fields.get("payment_status"))
    return CallbackResult(
        order_id=fields.get("order_id"),
        status=status,
        error_code=fields.get("error_code"),
        error_message=fields.get("error_message"),
        fields=MappingProxyType(fields),
    )


def _decode_key(secret_key: object) -> bytes:
    # The Java sample returns "" for a blank key and HMACs with a garbled one for
    # odd lengths or stray characters; refusing is the only safe reading of both.
    if not isinstance(secret_key, str):
        raise SignatureError("the secret key must be text (hex digits)")
    if not secret_key:
        raise SignatureError("the secret key is empty")
    if not _HEX_KEY.fullmatch(secret_key):
        raise SignatureError("the secret key is not hex (an even number of 0-9, a-f digits)")
    return bytes.fromhex(secret_key)


def _sign(key: bytes, fields: Mapping[str, str]) -> str:
    if not fields:
        raise SignatureError("the callback has no fields to sign")
    # Keys sort in UTF-16 code-unit order, Java's String.compareTo, as the guide's
    # reference is Java; Python's own order differs only for keys that mix
    # characters above U+FFFF with ones in U+E000..U+FFFF, and for ASCII not at all.
    names = sorted(fields, key=lambda name: name.encode("utf-16-be", "surrogatepass"))
    message = "&".join(f"{name}={fields[name]}" for name in names)
    try:
        data = message.encode("utf-8")
    except UnicodeEncodeError:
        raise SignatureError("a callback field holds a lone surrogate, not text") from None
    return hmac.new(key, data, hashlib.sha256).hexdigest().upper()


def read_callback_fields(params: CallbackParams) -> dict[str, str]:
    """The callback's fields as one mapping, however they were handed over.

    Raises :class:`SignatureError` for a field given twice, a mangled query string,
    or anything that is none of the forms :data:`CallbackParams` lists.
    """
    if isinstance(params, bytes | bytearray):
        try:
            params = params.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureError("the callback body is not UTF-8") from None
    if isinstance(params, str):
        pairs: Iterable[tuple[str, str]] = _parse_query(params)
    elif callable(getattr(params, "items", None)):
        pairs = _mapping_items(params)
    else:
        raise SignatureError(
            "the callback fields must be a mapping of names to values, the raw body "
            f"(bytes or text) or a query string, not {type(params).__name__}"
        )
    fields: dict[str, str] = {}
    for name, value in pairs:
        if name in fields:
            raise SignatureError("a callback field is given twice")
        fields[name] = value
    return fields


def _parse_query(query: str) -> list[tuple[str, str]]:
    try:
        # strict: a field without "=" or an empty "&&" is a mangled callback, and
        # guessing what it meant could only make a wrong signature look right.
        return parse_qsl(
            query,
            keep_blank_values=True,
            strict_parsing=True,
            errors="strict",
            max_num_fields=_MAX_FIELDS,
        )
    except ValueError:
        raise SignatureError(
            "the callback fields are not a query string (a field without '=', an empty "
            "field, a %-escape that is not UTF-8, or too many fields)"
        ) from None


def _mapping_items(params: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    # Django's QueryDict, Werkzeug's MultiDict and Starlette's FormData show one value
    # per name through the Mapping interface and keep the others behind getlist().
    getlist = getattr(params, "getlist", None)
    for name, value in params.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise SignatureError("callback field names and values must be text")
        if callable(getlist) and len(getlist(name)) > 1:
            raise SignatureError("a callback field is given twice")
        yield name, value
