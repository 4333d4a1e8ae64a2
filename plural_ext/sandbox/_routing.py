"""Which operation a request is for: its path's template first, then its method.

OpenAPI matches a concrete path before a templated one: ``/ps/api/v1/public/subscriptions/
execute`` is the ``execute`` path (POST only), never ``get_subscription`` of a subscription
named "execute". So the path picks the most concrete template it matches, and a method that
template does not list is a 405 whose ``Allow`` lists the template's methods, whatever a
less concrete template would have taken.
"""

from __future__ import annotations

from plural_ext._spec import Operation, operations
from plural_ext.sandbox._errors import SandboxError

__all__ = ["route"]

_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")


def route(method: str, path: str) -> tuple[Operation, dict[str, str]]:
    """The operation and its path parameters; 404 NOT_FOUND or 405 METHOD_NOT_ALLOWED."""
    # operations() lists templates with more fixed segments first: the first match wins.
    template = next(
        (
            operation.path_template
            for operation in operations()
            if operation.path_pattern.match(path)
        ),
        None,
    )
    if template is None:
        raise SandboxError(404, "NOT_FOUND", f"no such endpoint: {path}")
    served = [operation for operation in operations() if operation.path_template == template]
    for operation in served:
        if operation.method == method.upper():
            match = operation.path_pattern.match(path)
            assert match is not None  # the template matched above
            return operation, match.groupdict()
    methods = {operation.method for operation in served}
    allowed = ", ".join(sorted(methods, key=lambda name: (_order(name), name)))
    raise SandboxError(
        405,
        "METHOD_NOT_ALLOWED",
        f"{method} is not allowed here; use {allowed}",
        headers={"Allow": allowed},
    )


def _order(method: str) -> int:
    return _METHOD_ORDER.index(method) if method in _METHOD_ORDER else len(_METHOD_ORDER)
