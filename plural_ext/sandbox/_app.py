"""The sandbox itself: one ``handle(httpx.Request) -> httpx.Response`` for every way in.

Tests call it through ``httpx.MockTransport(sandbox.handle)``; :func:`serve`
puts the same method behind a real HTTP server. Routing, authentication and
request validation come from the spec (``plural_ext._spec``), so a path, a
method or a rule the spec does not have is one the sandbox does not have either.

Each family of operations the sandbox keeps state for is a module of its own
(``_orders``, ``_tokens``, ...; see ``_family``); every other operation answers
from the spec's examples (``_examples``). With ``SandboxConfig.state_file`` that state
is also kept in a file (``_state``), written at the end of each call that changed it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any

import httpx

from plural_ext._exceptions import RequestValidationError
from plural_ext._spec import Operation, validate_request
from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._customers import Customers
from plural_ext.sandbox._delivery import WebhookSender
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._examples import answer_from_example
from plural_ext.sandbox._family import Call, Family, Page, Route, State
from plural_ext.sandbox._headers import check_request_headers
from plural_ext.sandbox._hosted_checkout import HostedCheckout
from plural_ext.sandbox._input import (
    check_headers,
    check_query,
    check_url,
    printable_header,
    read_json,
    read_multipart,
)
from plural_ext.sandbox._ledger import Ledger
from plural_ext.sandbox._orders import CHALLENGE_PREFIX, Orders
from plural_ext.sandbox._otp import NativeOtp
from plural_ext.sandbox._payment_links import PaymentLinks
from plural_ext.sandbox._routing import route
from plural_ext.sandbox._settlements import Settlements
from plural_ext.sandbox._state import Journal, StateFileError, open_journal
from plural_ext.sandbox._tokenization import Tokenization
from plural_ext.sandbox._tokens import Auth, TokenStore
from plural_ext.sandbox._upi import Payee

__all__ = ["CHALLENGE_PREFIX", "Sandbox"]

_logger = logging.getLogger(__name__)
_requests = logging.getLogger("plural_ext.sandbox.requests")


class Sandbox:
    """A stateful Plural: orders and payments, hosted checkout, payment links, native
    OTP, customers and saved cards, settlements, signed callbacks and webhooks.

    Operations it keeps no state for answer from the spec's examples (``_examples``).
    The state is in memory, and also in ``config.state_file`` when set: a sandbox
    started on that file goes on where the last one stopped (``_state``). A file it
    cannot use raises :class:`StateFileError` here, naming the file and the problem.

    Thread-safe: one lock around each request's work, state file writes included.
    ``webhook_transport`` replaces the network for webhook deliveries (tests).
    """

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        webhook_transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config or SandboxConfig()
        cfg = self.config
        # First: a file that cannot be used stops the start before anything runs.
        self._journal: Journal = open_journal(cfg.state_file)
        self.webhooks = WebhookSender(
            cfg.webhook_url,
            cfg.webhook_secret,
            attempts=cfg.webhook_attempts,
            backoff=cfg.webhook_backoff,
            timeout=cfg.webhook_timeout,
            now=cfg.now,
            transport=webhook_transport,
            journal=self._journal,
        )
        self._lock = threading.Lock()
        self._tokens = TokenStore(
            cfg.client_id,
            cfg.client_secret,
            cfg.token_ttl,
            cfg.now,
            cfg.token_expiry,
            journal=self._journal,
        )
        upi_payee = Payee.of_merchant(cfg.merchant_id, cfg.merchant_name)
        self._ledger = Ledger(
            cfg.merchant_id, cfg.now, self.webhooks.send, upi_payee, self._journal
        )
        state = State(cfg, self._ledger, self.webhooks, self._journal)
        families: list[Family] = [
            Auth(self._tokens),
            Orders(state),
            HostedCheckout(state),
            PaymentLinks(state),
            NativeOtp(state),
            customers := Customers(state),
            Tokenization(state, customers.book),
            Settlements(state),
        ]
        self._routes: dict[str, Route] = {}
        self._pages: dict[str, Page] = {}
        for family in families:
            _add(self._routes, family.routes, family)
            _add(self._pages, family.pages, family)
        # The webhooks last: what they send again is read back after everything else.
        kinds = [kind for family in families for kind in family.kinds]
        try:
            self._journal.restore([*kinds, *self.webhooks.kinds])
        except StateFileError:
            self.close()
            raise

    @property
    def state_file(self) -> str | None:
        """The absolute path of the file the state is kept in; None in memory only."""
        return self._journal.path

    def handle(self, request: httpx.Request, *, base_url: str | None = None) -> httpx.Response:
        """Answer one request, as Plural would.

        Links to the sandbox's own pages (``challenge_url``, ``redirect_url``, a payment
        link) point at ``base_url``, where the sandbox is served; without it, at the
        scheme, host and port of the request's URL. Never at its ``Host`` header.
        """
        request.read()
        if base_url is not None:
            request = _rebased(request, base_url)
        try:
            response = self._dispatch(request)
        except SandboxError as error:
            response = _json(error.status, error.body(), error.headers)
        except Exception:
            # A bug, not the client's fault: a 500 that a test sees, and the traceback logged.
            _logger.exception("plural sandbox: %s %s failed", request.method, request.url.path)
            response = _json(500, {"code": "INTERNAL_ERROR", "message": "sandbox error"})
        request_id = printable_header(request, "Request-ID")
        if request_id is not None:
            response.headers["Request-ID"] = request_id
        # One line per call, for a merchant watching `plural sandbox` (at INFO).
        _requests.info(
            "%s %s %d Request-ID=%s",
            request.method,
            request.url.path,
            response.status_code,
            request_id or "-",
        )
        return response

    @property
    def stateful_operations(self) -> frozenset[str]:
        """The operations this sandbox keeps state for; the others answer from the spec's examples."""
        return frozenset(self._routes)

    def orders(self) -> list[dict[str, Any]]:
        """Every order (refunds included) as the API would return it, oldest first."""
        with self._lock:
            return [order.to_json() for order in self._ledger.orders()]

    def close(self) -> None:
        """Stop the webhook thread; events not yet delivered are dropped (kept in the
        state file, if any, for the next sandbox on it). Then let go of the file."""
        self.webhooks.close()
        self._journal.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _dispatch(self, request: httpx.Request) -> httpx.Response:
        check_headers(request)
        check_url(request)
        path = request.url.path
        for prefix, page in self._pages.items():
            if path.startswith(prefix):
                with self._call():
                    return page(request, path.removeprefix(prefix))
        operation, params = route(request.method, path)
        check_request_headers(request, operation.operation_id, self.config)
        if operation.operation_id != "generate_token":
            with self._lock:
                self._tokens.check(request.headers.get("Authorization"))
        # Everything is read and checked before any family sees the call: a refusal
        # never follows a change of state.
        body = _valid_body(request, operation, params)
        answer = self._routes.get(operation.operation_id)
        if answer is None:
            return answer_from_example(operation, params, body)
        with self._call():
            return answer(Call(params, body, request))

    @contextlib.contextmanager
    def _call(self) -> Iterator[None]:
        """The sandbox's lock around one call, whose changes are written before it is let go,
        refused or not (a wrong OTP counts an attempt, then refuses)."""
        with self._lock:
            try:
                yield
            finally:
                self._journal.commit()


def _add(table: dict[str, Any], entries: Mapping[str, Any], family: Family) -> None:
    clash = table.keys() & entries.keys()
    if clash:
        raise RuntimeError(f"{type(family).__name__} answers {sorted(clash)} again")
    table.update(entries)


def _valid_body(request: httpx.Request, operation: Operation, params: dict[str, str]) -> Any:
    """The JSON body (None for an operation without one), once the whole call is valid."""
    check_query(request, operation)
    body = None
    if operation.body_schema is not None:
        body = read_json(request.content, operation.operation_id)
    else:
        read_multipart(request, operation)
    try:
        validate_request(operation, params, body, dict(request.url.params.items()))
    except RequestValidationError as error:
        raise SandboxError(
            400,
            "INVALID_REQUEST",
            str(error),
            source=error.field,
            step=error.operation,
            reason=error.rule,
        ) from None
    return body


def _rebased(request: httpx.Request, base_url: str) -> httpx.Request:
    """``request`` as if sent to ``base_url``: same path, query, headers and body."""
    base = httpx.URL(base_url)
    url = request.url.copy_with(scheme=base.scheme, host=base.host, port=base.port)
    return httpx.Request(
        request.method,
        url,
        headers=request.headers,
        content=request.content,
        extensions=request.extensions,
    )


def _json(
    status: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)
