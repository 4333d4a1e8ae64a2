"""The sandbox's refusals, carried as one exception and answered in Plural's error shape."""

from __future__ import annotations

from typing import Any

__all__ = ["SandboxError"]


class SandboxError(Exception):
    """A refused request: HTTP status, Plural error code and message.

    ``source`` (the field), ``step`` (the operation) and ``reason`` become
    ``additional_error_details``, so that a refusal names what broke without a
    client parsing the message; ``details`` adds to them (``metadata``).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        source: str | None = None,
        step: str | None = None,
        reason: str | None = None,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        named = {"source": source, "step": step, "reason": reason}
        self.details = {key: value for key, value in named.items() if value is not None}
        self.details |= details or {}
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


def unknown_challenge() -> SandboxError:
    """404 NOT_FOUND for a challenge token no payment has, wherever the customer brings it."""
    return SandboxError(404, "NOT_FOUND", "no such challenge")


def wrong_status(
    step: str, subject: str, status: str, needs: str, *, source: str = "order_id"
) -> SandboxError:
    """400 INVALID_REQUEST: ``subject`` exists, but its status does not allow this step now.

    Plural's definitions list no 409; its error guide answers a request it cannot
    take as it stands with a 4XX ``INVALID_REQUEST`` whose message says why.
    """
    return SandboxError(
        400,
        "INVALID_REQUEST",
        f"{subject} is {status}; {step} needs {needs}",
        source=source,
        step=step,
        reason=f"status {status}",
    )


def invalid_request(step: str, field: str, reason: str) -> SandboxError:
    """400 INVALID_REQUEST: a request this operation cannot take (it documents no 422)."""
    return SandboxError(
        400, "INVALID_REQUEST", f"{field}: {reason}", source=field, step=step, reason=reason
    )


def broken_rule(step: str, field: str, reason: str) -> SandboxError:
    """422 INVALID_REQUEST: a well-formed request that breaks a business rule."""
    return SandboxError(
        422,
        "INVALID_REQUEST",
        f"{field}: {reason}",
        source=field,
        step=step,
        reason=reason,
    )


def duplicate_reference(
    step: str, field: str, reference: str, *, owner: str = "order"
) -> SandboxError:
    """400 DUPLICATE_REQUEST: a merchant reference already names another resource."""
    return SandboxError(
        400,
        "DUPLICATE_REQUEST",
        f"{field} {reference!r} is already used by another {owner}",
        source=field,
        step=step,
        reason="reference already used",
    )
