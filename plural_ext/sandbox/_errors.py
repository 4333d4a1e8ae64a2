"""The sandbox's refusals, carried as one exception and answered in Plural's error shape."""

from __future__ import annotations

from typing import Any

__all__ = ["SandboxError"]


class SandboxError(Exception):
    """A refused request: HTTP status, Plural error code and message.

    ``details`` becomes ``additional_error_details`` (``source``, ``step``,
    ``reason``) so that a refusal names what broke without a client parsing
    the message.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """Plural's ``{"code", "message"[, "additional_error_details"]}``."""
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            body["additional_error_details"] = self.details
        return body


def order_not_found(order_key: str) -> SandboxError:
    """404 ORDER_NOT_FOUND for an order id or merchant reference nobody created."""
    return SandboxError(404, "ORDER_NOT_FOUND", f"no order {order_key!r}")


def wrong_status(step: str, order_id: str, status: str, allowed: str) -> SandboxError:
    """400 INVALID_REQUEST: the order exists, but its status does not allow this step now.

    Plural's definitions list no 409; its error guide answers a request it cannot
    take as it stands with a 4XX ``INVALID_REQUEST`` whose message says why.
    """
    return SandboxError(
        400,
        "INVALID_REQUEST",
        f"order {order_id} is {status}; {step} needs an order that is {allowed}",
        details={"source": "order_id", "step": step, "reason": f"status {status}"},
    )


def broken_rule(step: str, field: str, reason: str) -> SandboxError:
    """422 INVALID_REQUEST: a well-formed request that breaks a business rule."""
    return SandboxError(
        422,
        "INVALID_REQUEST",
        f"{field}: {reason}",
        details={"source": field, "step": step, "reason": reason},
    )


def duplicate_reference(step: str, field: str, reference: str) -> SandboxError:
    """400 DUPLICATE_REQUEST: a merchant reference already names another resource."""
    return SandboxError(
        400,
        "DUPLICATE_REQUEST",
        f"{field} {reference!r} is already used by another order",
        details={"source": field, "step": step, "reason": "reference already used"},
    )
