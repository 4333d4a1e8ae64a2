"""The sandbox itself: one ``handle(httpx.Request) -> httpx.Response`` for every way in.

Tests call it through ``httpx.MockTransport(sandbox.handle)``; :func:`serve`
puts the same method behind a real HTTP server. Routing, authentication and
request validation come from the spec (``plural_ext._spec``), so a path, a
method or a rule the spec does not have is one the sandbox does not have either.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

import httpx

from plural_ext._exceptions import RequestValidationError
from plural_ext._spec import find_operation, validate_request
from plural_ext.sandbox._config import SandboxConfig
from plural_ext.sandbox._delivery import WebhookSender
from plural_ext.sandbox._errors import SandboxError
from plural_ext.sandbox._examples import answer_from_example
from plural_ext.sandbox._ledger import Ledger
from plural_ext.sandbox._pages import challenge_page, message_page, outcome_response
from plural_ext.sandbox._records import OrderRecord
from plural_ext.sandbox._tokens import TokenStore

__all__ = ["CHALLENGE_PREFIX", "Sandbox"]

CHALLENGE_PREFIX = "/sandbox/challenge"
"""The challenge pages: the sandbox's own, not in the spec (whose paths are served as written)."""

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_logger = logging.getLogger(__name__)

Route = Callable[[dict[str, str], Any, httpx.Request], httpx.Response]


class Sandbox:
    """A stateful, in-memory Plural: orders, payments, captures, refunds, webhooks.

    Operations it keeps no state for answer from the spec's examples (``_examples``).

    Thread-safe: one lock around each request's work, which is all in memory.
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
        self.webhooks = WebhookSender(
            cfg.webhook_url,
            cfg.webhook_secret,
            attempts=cfg.webhook_attempts,
            backoff=cfg.webhook_backoff,
            timeout=cfg.webhook_timeout,
            now=cfg.now,
            transport=webhook_transport,
        )
        self._lock = threading.Lock()
        self._tokens = TokenStore(cfg.client_id, cfg.client_secret, cfg.token_ttl, cfg.now)
        self._ledger = Ledger(cfg.merchant_id, cfg.now, self.webhooks.send)
        self._routes: dict[str, Route] = {
            "generate_token": self._generate_token,
            "create_order": self._create_order,
            "get_order": self._get_order,
            "get_order_by_reference": self._get_order_by_reference,
            "create_payment": self._create_payment,
            "capture_order": self._capture_order,
            "cancel_order": self._cancel_order,
            "create_refund": self._create_refund,
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request, as Plural would."""
        request.read()
        try:
            response = self._dispatch(request)
        except SandboxError as error:
            response = _json(error.status, error.body(), error.headers)
        except Exception:
            _logger.exception("plural sandbox: %s %s failed", request.method, request.url.path)
            response = _json(500, {"code": "INTERNAL_ERROR", "message": "sandbox error"})
        request_id = request.headers.get("Request-ID")
        if request_id is not None:
            response.headers["Request-ID"] = request_id
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
        """Stop the webhook thread; events not yet delivered are dropped."""
        self.webhooks.close()

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
        path = request.url.path
        if path.startswith(CHALLENGE_PREFIX + "/"):
            return self._challenge(request, path.removeprefix(CHALLENGE_PREFIX + "/"))
        found = find_operation(request.method, path)
        if found is None:
            allowed = [method for method in _METHODS if find_operation(method, path)]
            if not allowed:
                raise _not_found(request.url.path)
            raise SandboxError(
                405,
                "METHOD_NOT_ALLOWED",
                f"{request.method} is not allowed here; use {', '.join(allowed)}",
                headers={"Allow": ", ".join(allowed)},
            )
        operation, params = found
        if operation.operation_id != "generate_token":
            with self._lock:
                self._tokens.check(request.headers.get("Authorization"))
        body = _read_json(request) if operation.body_schema is not None else None
        try:
            validate_request(operation, params, body)
        except RequestValidationError as error:
            raise SandboxError(
                400,
                "INVALID_REQUEST",
                str(error),
                details={"source": error.field, "step": error.operation, "reason": error.rule},
            ) from None
        route = self._routes.get(operation.operation_id)
        if route is None:
            return answer_from_example(operation, params, body)
        with self._lock:
            return route(params, body, request)

    def _challenge(self, request: httpx.Request, token: str) -> httpx.Response:
        if request.method not in ("GET", "POST"):
            page = message_page(405, "Method not allowed", "Use GET or POST.")
            page.headers["Allow"] = "GET, POST"
            return page
        try:
            with self._lock:
                if request.method == "GET":
                    order, payment = self._ledger.challenge(token)
                    return challenge_page(order, payment, request.url.path)
                action = parse_qs(request.content.decode("utf-8", "replace")).get("action", [""])
                if action[-1] not in ("approve", "decline"):
                    return message_page(400, "Bad request", "action must be approve or decline.")
                outcome = self._ledger.complete_challenge(token, action[-1] == "approve")
        except SandboxError as error:
            return message_page(error.status, "Challenge unavailable", error.message)
        return outcome_response(outcome, self.config.callback_secret_key)

    def _generate_token(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _json(200, self._tokens.issue(body["client_id"], body["client_secret"]))

    def _create_order(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _order(self._ledger.create_order(body))

    def _get_order(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _order(self._ledger.get(params["order_id"]))

    def _get_order_by_reference(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _order(self._ledger.by_reference(params["merchant_order_reference"]))

    def _create_payment(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        # The challenge page is on this sandbox, at the host and port the client used.
        base = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        challenge_base = base + CHALLENGE_PREFIX
        return _order(self._ledger.create_payment(params["order_id"], body, challenge_base))

    def _capture_order(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _order(self._ledger.capture(params["order_id"], body))

    def _cancel_order(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _order(self._ledger.cancel(params["order_id"]))

    def _create_refund(
        self, params: dict[str, str], body: Any, request: httpx.Request
    ) -> httpx.Response:
        return _order(self._ledger.refund(params["order_id"], body))


def _read_json(request: httpx.Request) -> Any:
    try:
        return json.loads(request.content)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        raise SandboxError(400, "INVALID_REQUEST", "the request body is not JSON") from None


def _not_found(path: str) -> SandboxError:
    return SandboxError(404, "NOT_FOUND", f"no such endpoint: {path}")


def _order(order: OrderRecord) -> httpx.Response:
    return _json(200, {"data": order.to_json()})


def _json(
    status: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)
