"""Cassettes that hold no secret: vcrpy's configuration with the SDK's own redaction.

vcrpy's defaults write what a call sends and receives as it is: the client secret, the
bearer token, the card number, the CVV, the callback's signature. :func:`vcr_config`
gives vcrpy (``vcr.VCR(**vcr_config())``) and pytest-recording (its ``vcr_config``
fixture) the hooks of :class:`Scrubber`, which mask them with :mod:`plural_ext._redact`,
the one list of what is secret that the logs and error messages use too:

- headers: ``Authorization`` (``Bearer ***``), cookies, ``webhook-signature``;
  ``Request-ID``, ``Request-Timestamp`` and ``User-Agent`` become placeholders, ``Date``
  and ``Server`` are dropped (a re-recording differs only where the calls did);
- JSON bodies field by field, at any depth: ``client_secret``, ``access_token``, ``cvv``,
  ``token``, ``signature``... masked, card numbers cut to their first six and last four
  digits; forms pair by pair; URL queries (a GET callback's ``signature``); the inputs of
  an HTML form (the callback page's hidden ``signature``); any other text by pattern;
- the live origin (``http://127.0.0.1:PORT``) when ``base_url`` is given, as
  ``http://sandbox.local``, so a cassette replays whatever port it was recorded on.

A webhook delivery (a request carrying ``webhook-signature``: the sandbox or Plural
calling your endpoint, often from another thread) is let through unrecorded: it is not
a call of your client's, and a cassette that replays cannot answer it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from plural_client.types import CARD_FIELDS, SECRET_FIELDS
from plural_ext._redact import (
    SECRET_HEADERS,
    assigned_secrets,
    redact_body,
    redact_headers,
    redact_json,
    redact_value,
)

__all__ = [
    "PLACEHOLDER_HOST",
    "PLACEHOLDER_ORIGIN",
    "REQUEST_ID_PLACEHOLDER",
    "TIMESTAMP_PLACEHOLDER",
    "USER_AGENT_PLACEHOLDER",
    "Scrubber",
    "rewrites_for",
    "vcr_config",
]

PLACEHOLDER_HOST = "sandbox.local"
PLACEHOLDER_ORIGIN = f"http://{PLACEHOLDER_HOST}"
"""What the live origin becomes in a cassette, whatever host and port it was recorded on."""

REQUEST_ID_PLACEHOLDER = "<request-id>"
TIMESTAMP_PLACEHOLDER = "<request-timestamp>"
USER_AGENT_PLACEHOLDER = "<user-agent>"  # it names the Python: a recording is the same on any
# Volatile and of no use on replay: they would make every re-recording differ.
_DROPPED_RESPONSE_HEADERS = frozenset({"date", "server"})
# A named input of an HTML form, as the sandbox writes them (the callback page): the
# value, HTML-escaped, is a form field like any other.
_FORM_INPUT = re.compile(
    r'(?P<head><input\b[^>]*?\bname="(?P<name>[^"]*)"[^>]*?\bvalue=")(?P<value>[^"]*)"',
    re.IGNORECASE,
)


def vcr_config(*, base_url: str | None = None, scrubber: Scrubber | None = None) -> dict[str, Any]:
    """vcrpy's options for a cassette that holds no secret: ``vcr.VCR(**vcr_config())``,
    ``my_vcr.use_cassette(path, **vcr_config())``, or the return value of
    pytest-recording's ``vcr_config`` fixture.

    ``base_url``: the live base URL whose origin is recorded as ``http://sandbox.local``
    (a sandbox's ``http://127.0.0.1:PORT``; give it again on replay, with the new port).
    ``scrubber``: your own :class:`Scrubber`, to read afterwards which values it masked.
    Matching (``match_on``), the serializer and the record mode are left to you.
    """
    if base_url is not None and scrubber is not None:
        raise ValueError("give base_url or scrubber, not both: Scrubber(rewrites_for(base_url))")
    scrubber = scrubber or Scrubber(rewrites_for(base_url) if base_url is not None else ())
    return {
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "filter_headers": [(name, _mask_credentials) for name in sorted(SECRET_HEADERS)],
        "decode_compressed_response": True,
    }


def rewrites_for(base_url: str) -> list[tuple[str, str]]:
    """Replacements turning ``base_url``'s origin into :data:`PLACEHOLDER_ORIGIN`."""
    parts = urlsplit(base_url)
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"base_url must be an absolute URL (http://host:port), not {base_url!r}")
    if f"{parts.scheme}://{parts.netloc}" == PLACEHOLDER_ORIGIN:
        return []
    # The origin first, then the bare host:port (the Host header, hosts inside bodies).
    return [
        (f"{parts.scheme}://{parts.netloc}", PLACEHOLDER_ORIGIN),
        (parts.netloc, PLACEHOLDER_HOST),
    ]


def _mask_credentials(key: str, value: str, request: Any = None) -> str:
    """``filter_headers`` replacement: ``Bearer ***``, as the logs show it."""
    return redact_headers([(key, value)])[key]


def _quote_query(pairs: Sequence[tuple[str, str]]) -> str:
    # '*' kept literal, so a masked value reads "***" rather than "%2A%2A%2A".
    return "&".join(f"{quote(k, safe='*')}={quote(v, safe='*')}" for k, v in pairs)


@dataclass
class Scrubber:
    """vcrpy hooks: secrets masked by :mod:`plural_ext._redact`, the live origin replaced.

    ``rewrites`` are ``(live, placeholder)`` string replacements applied to URIs, headers
    and bodies. ``masked`` collects every secret value taken out (those of 8 characters
    or more, which can be looked for in a file by substring).
    """

    rewrites: Sequence[tuple[str, str]] = ()
    masked: set[str] = field(default_factory=set)

    # vcrpy hooks --------------------------------------------------------------------

    def request(self, request: Any) -> Any:
        """``before_record_request``: applied to what is recorded and to what is replayed.

        None (not recorded, not replayed) for a webhook delivery."""
        headers = dict(request.headers)
        if any(name.lower() == "webhook-signature" for name in headers):
            return None
        request.uri = self.url(request.uri)
        for name in list(headers):
            headers[name] = self._request_header(name, headers[name])
        request.headers = headers
        if request.body:
            content_type = _header_value(headers, "content-type")
            request.body = self.body(request.body, content_type)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """``before_record_response``: a vcrpy response dict, already a copy."""
        headers: dict[str, list[str]] = {}
        for name, values in response["headers"].items():
            lower = name.lower()
            if lower in _DROPPED_RESPONSE_HEADERS:
                continue
            if lower == "request-id":
                headers[name] = [REQUEST_ID_PLACEHOLDER for _ in values]
            elif lower in ("location", "content-location"):
                headers[name] = [self.url(value) for value in values]
            else:
                headers[name] = [self._header(name, value) for value in values]
        response["headers"] = headers
        body = response["body"]["string"]
        if body:
            content_type = _header_value({k: v[0] for k, v in headers.items() if v}, "content-type")
            scrubbed = self.body(body, content_type)
            if isinstance(scrubbed, bytes) and len(scrubbed) != len(body):
                for name in headers:
                    if name.lower() == "content-length":
                        headers[name] = [str(len(scrubbed))]
            response["body"]["string"] = scrubbed
        return response

    # pieces ------------------------------------------------------------------------

    def url(self, url: str) -> str:
        """The URL with the live origin replaced and secret query fields masked."""
        url = self._rewrite(url)
        parts = urlsplit(url)
        if not parts.query:
            return url
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        scrubbed = [(key, self._value(key, value)) for key, value in pairs]
        return urlunsplit(parts._replace(query=_quote_query(scrubbed)))

    def body(self, body: bytes | str, content_type: str) -> bytes | str:
        """JSON field by field (URL values too), forms pair by pair, other text by pattern."""
        raw = body.encode("utf-8") if isinstance(body, str) else body
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return body  # binary: nothing of Plural's is binary, and it is kept as sent
        scrubbed = self.text(text, content_type)
        return scrubbed if isinstance(body, str) else scrubbed.encode("utf-8")

    def text(self, text: str, content_type: str = "") -> str:
        stripped = text.lstrip()
        if "json" in content_type or stripped[:1] in ("{", "["):
            try:
                document = json.loads(text)
            except ValueError:
                pass
            else:
                return json.dumps(self.json(document), ensure_ascii=False)
        if "x-www-form-urlencoded" in content_type:
            pairs = parse_qsl(text, keep_blank_values=True)
            return _quote_query([(key, self._value(key, value)) for key, value in pairs])
        # HTML and the like: form inputs field by field, then card-like digit runs and
        # ``secret=...`` / ``"cvv": "..."``.
        text = _FORM_INPUT.sub(self._form_input, text)
        self._collect_assignments(text)
        return _redact_free_text(self._rewrite(text))

    def json(self, document: Any) -> Any:
        """A decoded JSON value, scrubbed field by field by ``redact_value``, URLs too.

        Idempotent, as vcrpy needs: the hooks run again on every interaction it loads.
        ``redact_value`` itself is not (a masked card number would become ``***``), so a
        card number already shown as six and four digits is kept as it is.
        """
        self._collect(document)
        return self._urls(self._redact(document))

    # internals ---------------------------------------------------------------------

    def _request_header(self, name: str, value: str) -> str:
        placeholder = _REQUEST_PLACEHOLDERS.get(name.lower())
        return placeholder if placeholder is not None else self._header(name, value)

    def _form_input(self, match: re.Match[str]) -> str:
        value = self._value(html.unescape(match["name"]), html.unescape(match["value"]))
        return f'{match["head"]}{html.escape(value)}"'

    def _header(self, name: str, value: str) -> str:
        if name.lower() in SECRET_HEADERS:
            _, _, credential = value.partition(" ")
            self._remember(credential or value)
            return _mask_credentials(name, value)
        return self._rewrite(value)

    def _value(self, key: str, value: str) -> str:
        if key.lower() in CARD_FIELDS and _masked_card(value):
            return self._rewrite(value)
        scrubbed = str(redact_value(key, value))
        if scrubbed != value and key.lower() in SECRET_FIELDS | CARD_FIELDS:
            self._remember(value)
        return self._rewrite(scrubbed)

    def _redact(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: self._field(key, item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._redact(item) for item in value]
        return redact_json(value)

    def _field(self, key: str, value: Any) -> Any:
        name = key.lower()
        if name in CARD_FIELDS and isinstance(value, str) and _masked_card(value):
            return value
        if name in SECRET_FIELDS | CARD_FIELDS:
            return redact_value(key, value)
        return self._redact(value)

    def _urls(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: self._urls(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._urls(item) for item in value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return self.url(value)
        if isinstance(value, str):
            return self._rewrite(value)
        return value

    def _collect(self, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key.lower() in SECRET_FIELDS | CARD_FIELDS and isinstance(item, str):
                    self._remember(item)
                else:
                    self._collect(item)
        elif isinstance(value, list):
            for item in value:
                self._collect(item)

    def _collect_assignments(self, text: str) -> None:
        for value in assigned_secrets(text):
            self._remember(value)

    def _remember(self, value: str) -> None:
        # Only what may be found by substring: a CVV ("123") turns up inside any id, and
        # a value already masked is no secret. The scanner looks for those by structure.
        if len(value) >= 8 and "*" not in value:
            self.masked.add(value)

    def _rewrite(self, text: str) -> str:
        for live, placeholder in self.rewrites:
            text = text.replace(live, placeholder)
        return text


_REQUEST_PLACEHOLDERS = {
    "request-id": REQUEST_ID_PLACEHOLDER,
    "request-timestamp": TIMESTAMP_PLACEHOLDER,
    "user-agent": USER_AGENT_PLACEHOLDER,
}


def _redact_free_text(text: str) -> str:
    """Text that is neither JSON nor a form: ``_redact``'s own rules for such bodies."""
    return redact_body(text.encode("utf-8"), "text/plain") if text else text


def _masked_card(value: str) -> bool:
    """Already masked: at most six and four digits shown (``411111******1111``)."""
    return "*" in value and sum(char.isdigit() for char in value) <= 10


def _header_value(headers: dict[str, Any], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return ""
