"""Contract test: schemathesis, with every check it has, over the whole spec, against the
sandbox over HTTP.

Every operation of ``plural_client/openapi.json`` (the packaged copy of
``openapi/plural.yaml``) gets the spec's examples, schemathesis's coverage cases
(boundary values, missing and wrong-typed fields, unexpected methods) and up to
``MAX_EXAMPLES`` generated requests, positive and negative, derandomized and never shrunk;
then a bounded, derandomized stateful run chains operations by the links schemathesis
infers (create, then read, update, delete). Each request carries a bearer token the
sandbox issued first. Every check schemathesis registers runs on every response
(``test_every_check_runs`` keeps it so when schemathesis adds one).

A generated order id almost never exists, so many cases get the id of an order the
module set up (CREATED, PENDING, AUTHORIZED, PROCESSED) instead, chosen by a hash of the
generated id: success bodies and the refusals of business state are checked too.

A failure is either a bug of the sandbox, fixed there, or one of the sandbox's
deliberate rules, which the README lists under "What schemathesis flags that is
deliberate": :func:`deliberate_rules` holds one narrow predicate per rule, and the
``filter_failure`` hook drops a failure only when one of them matches it exactly
(``test_readme_lists_the_deliberate_rules`` keeps the two lists the same).
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import subprocess
import sys
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest
import requests
import schemathesis
from schemathesis.checks import CHECKS
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.transport import Response
from schemathesis.hooks import HookContext
from schemathesis.openapi.checks import RejectedPositiveData, UseAfterFree

from plural_ext._spec import Operation, find_operation, operations, resolve
from plural_ext.sandbox import (
    CARD_SUCCESS,
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    Sandbox,
)

MAX_EXAMPLES = 10
STATEFUL_SCENARIOS = 30
README = Path(__file__).resolve().parents[1] / "README.md"


def _spec() -> dict[str, Any]:
    text = resources.files("plural_client").joinpath("openapi.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


schema = schemathesis.openapi.from_dict(
    _spec(),
    config=schemathesis.Config.from_dict(
        {
            "generation": {
                "mode": "all",
                "max-examples": MAX_EXAMPLES,
                "deterministic": True,
                "no-shrink": True,
                "database": "none",
            },
        }
    ),
)
_CONFIRMED_AUTH: set[str] = set()


def _confirm_auth_once_per_operation(check: Any) -> Any:
    """``ignored_auth`` as schemathesis's own runner runs it: once it has seen an operation
    refuse a request without the token and one with a wrong token, it does not ask again
    (the pytest integration asks on every success, two more requests each)."""

    def ignored_auth(ctx: Any, response: Response, case: schemathesis.Case) -> bool | None:
        ctx.auth_enforced_operations = _CONFIRMED_AUTH
        result: bool | None = check(ctx, response, case)
        return result

    return ignored_auth


ALL_CHECKS = [
    _confirm_auth_once_per_operation(check) if check.__name__ == "ignored_auth" else check
    for check in CHECKS.get_all()
]


# --- The sandbox's deliberate rules ------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A failure schemathesis reports that is a rule of the sandbox, and how to know it."""

    name: str
    """As the README lists it."""
    failure: type[Failure]
    matches: Callable[[schemathesis.Case, Response], bool]


def _refusal(response: Response) -> tuple[str, str, str]:
    """``(code, reason, source)`` of a refusal in Plural's shape (``additional_error_details``)."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return "", "", ""
    if not isinstance(body, dict):
        return "", "", ""
    details = body.get("additional_error_details")
    details = details if isinstance(details, dict) else {}
    return str(body.get("code", "")), str(details.get("reason", "")), str(details.get("source", ""))


def _refused(status: int, code: str, reasons: Callable[[str], bool]) -> Callable[..., bool]:
    def matches(case: schemathesis.Case, response: Response) -> bool:
        got_code, reason, _ = _refusal(response)
        return response.status_code == status and got_code == code and reasons(reason)

    return matches


def _operation(case: schemathesis.Case) -> Operation:
    """The spec's operation schemathesis made the case for."""
    method, template = case.method.upper(), case.operation.path
    return next(op for op in operations() if (op.method, op.path_template) == (method, template))


def _body_schema(case: schemathesis.Case) -> Any:
    return _operation(case).body_schema


def _holds_undeclared_key(value: Any, node: Any) -> bool:
    """Whether ``value`` has, at any depth, an object key its schema does not declare."""
    node = resolve(node)
    if not isinstance(node, dict):
        return False
    if isinstance(value, list):
        return any(_holds_undeclared_key(item, node.get("items")) for item in value)
    if not isinstance(value, dict):
        return False
    properties = dict(node.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(keyword, []):
            properties.update(resolve(branch).get("properties", {}))
    extra = node.get("additionalProperties")
    if properties and extra is None and value.keys() - properties.keys():
        return True
    return any(
        _holds_undeclared_key(item, properties.get(key, extra)) for key, item in value.items()
    )


def _undeclared_field_refused(case: schemathesis.Case, response: Response) -> bool:
    code, reason, _ = _refusal(response)
    return (
        response.status_code == 400
        and code == "INVALID_REQUEST"
        and reason.startswith("is not a field of ")
        and _holds_undeclared_key(case.body, _body_schema(case))
    )


def _only_request_headers_negated(case: schemathesis.Case, response: Response) -> bool:
    # Accepted, so the bearer token was good: the negated header is one of the other two.
    meta = case.meta
    if meta is None or not 200 <= response.status_code < 300:
        return False
    negated = {place for place, part in meta.components.items() if part.mode.is_negative}
    headers = {
        parameter.name
        for parameter in case.operation.iter_parameters()
        if parameter.location == ParameterLocation.HEADER
    }
    return negated == {ParameterLocation.HEADER} and headers <= {
        "Authorization",
        "Request-ID",
        "Request-Timestamp",
    }


def _freed_by_an_example_answer(stateful: frozenset[str]) -> Callable[..., bool]:
    def matches(case: schemathesis.Case, response: Response) -> bool:
        return _operation(case).operation_id not in stateful

    return matches


def deliberate_rules(stateful: frozenset[str]) -> list[Rule]:
    """The README's "What schemathesis flags that is deliberate", one predicate each."""
    return [
        Rule(
            "an unknown field in a request object is refused",
            RejectedPositiveData,
            _undeclared_field_refused,
        ),
        Rule(
            "a step the resource's status does not allow now is a 400",
            RejectedPositiveData,
            _refused(400, "INVALID_REQUEST", lambda reason: reason.startswith("status ")),
        ),
        Rule(
            "a merchant reference another resource holds is a 400 DUPLICATE_REQUEST",
            RejectedPositiveData,
            _refused(400, "DUPLICATE_REQUEST", lambda reason: reason == "reference already used"),
        ),
        Rule(
            "a well-formed request breaking a business rule is a 422",
            RejectedPositiveData,
            _refused(422, "INVALID_REQUEST", bool),
        ),
        Rule(
            "an id in the body that the sandbox never issued is a 400",
            RejectedPositiveData,
            _refused(
                400,
                "INVALID_REQUEST",
                lambda reason: (
                    reason
                    in {
                        "unknown payment",
                        "unknown customer",
                        "OTP not generated",
                        "not this token's",
                    }
                ),
            ),
        ),
        Rule(
            "dates are read by the sandbox's clock and calendar",
            RejectedPositiveData,
            _refused(
                400,
                "INVALID_REQUEST",
                lambda reason: (
                    reason
                    in {
                        "must be in the future",
                        "is not a date",
                        "must not be before start_date",
                    }
                    or reason.startswith("must be at most")
                ),
            ),
        ),
        Rule(
            "create_customer needs merchant_customer_reference or mobile_number",
            RejectedPositiveData,
            _refused(
                400,
                "INVALID_REQUEST",
                lambda reason: reason == "merchant_customer_reference or mobile_number is required",
            ),
        ),
        Rule(
            "an ill-formed Request-ID or Request-Timestamp is logged, not refused",
            AcceptedNegativeData,
            _only_request_headers_negated,
        ),
        Rule(
            "operations answered from examples keep no state",
            UseAfterFree,
            _freed_by_an_example_answer(stateful),
        ),
    ]


# --- Failures whose fix is outside the sandbox -------------------------------------------


# --- The run -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Live:
    """The running sandbox, a token it issued, orders in known states, and one keep-alive
    session for every case (a connection each would cost as much as the checks)."""

    base_url: str
    headers: dict[str, str]
    order_ids: list[str]
    references: list[str]
    session: requests.Session


def _create_order(http: httpx.Client, *, pre_auth: bool) -> dict[str, Any]:
    answer = http.post(
        "/api/pay/v1/orders",
        json={
            "merchant_order_reference": str(uuid.uuid4()),
            "order_amount": {"value": 1100, "currency": "INR"},
            "pre_auth": pre_auth,
        },
    )
    answer.raise_for_status()
    data: dict[str, Any] = answer.json()["data"]
    return data


def _pay(http: httpx.Client, order_id: str, *, approve: bool) -> None:
    answer = http.post(
        f"/api/pay/v1/orders/{order_id}/payments",
        json={
            "payments": [
                {
                    "merchant_payment_reference": str(uuid.uuid4()),
                    "payment_method": "CARD",
                    "payment_amount": {"value": 1100, "currency": "INR"},
                    "payment_option": {
                        "card_details": {
                            "name": "Anil Reddy",
                            "card_number": CARD_SUCCESS,
                            "cvv": "272",
                            "expiry_month": "04",
                            "expiry_year": "2039",
                        }
                    },
                }
            ]
        },
    )
    answer.raise_for_status()
    if approve:
        page = httpx.post(
            answer.json()["data"]["challenge_url"], data={"action": "approve"}, timeout=10
        )
        assert page.status_code in (200, 303), page.text


def _stateful_operations() -> frozenset[str]:
    with Sandbox() as sandbox:  # the same code as the served one
        return sandbox.stateful_operations


def _allow_deliberate(rules: list[Rule]) -> None:
    """Let the ``filter_failure`` hook drop exactly the failures a rule explains."""

    def filter_failure(
        context: HookContext, failure: Failure, case: schemathesis.Case, response: Response
    ) -> bool:
        for rule in rules:
            if isinstance(failure, rule.failure) and rule.matches(case, response):
                return False
        return True

    schema.hook(filter_failure)


@contextlib.contextmanager
def _served_sandbox() -> Iterator[str]:
    """``plural sandbox`` in a process of its own, so that it answers on the second core
    while this one generates and checks; its base URL."""
    command = [sys.executable, "-m", "plural_ext._cli", "sandbox", "--port", "0"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Plural sandbox at "), first
        yield first.removeprefix("Plural sandbox at ").strip()
    finally:
        process.send_signal(signal.SIGINT)  # the CLI's Ctrl-C: it shuts down cleanly
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    """One sandbox for the module, a token, and an order in each state."""
    with _served_sandbox() as base_url:
        token = httpx.post(
            base_url + "/api/auth/v1/token",
            json={
                "client_id": DEFAULT_CLIENT_ID,
                "client_secret": DEFAULT_CLIENT_SECRET,
                "grant_type": "client_credentials",
            },
            timeout=10,
        )
        token.raise_for_status()
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        with httpx.Client(base_url=base_url, headers=headers, timeout=10) as http:
            created = _create_order(http, pre_auth=True)
            pending = _create_order(http, pre_auth=False)
            _pay(http, pending["order_id"], approve=False)
            authorized = _create_order(http, pre_auth=True)
            _pay(http, authorized["order_id"], approve=True)
            processed = _create_order(http, pre_auth=False)
            _pay(http, processed["order_id"], approve=True)
            orders = [created, pending, authorized, processed]
            statuses = [
                http.get(f"/api/pay/v1/orders/{order['order_id']}").json()["data"]["status"]
                for order in orders
            ]
        assert statuses == ["CREATED", "PENDING", "AUTHORIZED", "PROCESSED"]
        _allow_deliberate(deliberate_rules(_stateful_operations()))
        with requests.Session() as session:
            session.trust_env = False  # no proxy: the sandbox is on 127.0.0.1
            yield Live(
                base_url,
                headers,
                [order["order_id"] for order in orders],
                [order["merchant_order_reference"] for order in orders],
                session,
            )


def _negative_at(case: schemathesis.Case, location: ParameterLocation) -> bool:
    return case.meta is not None and case.meta.is_negative_at(location)


def _known(generated: Any, known: list[str]) -> Any:
    """A known value for about half the generated ones, the same one each run."""
    index = zlib.crc32(repr(generated).encode()) % (2 * len(known))
    return known[index] if index < len(known) else generated


@schema.parametrize()
def test_sandbox_honours_the_spec(case: schemathesis.Case, live: Live) -> None:
    # Only a valid id is swapped for another: an invalid one is left for the sandbox to refuse.
    params = case.path_parameters if not _negative_at(case, ParameterLocation.PATH) else None
    if params and "order_id" in params:
        params["order_id"] = _known(params["order_id"], live.order_ids)
    if params and "merchant_order_reference" in params:
        params["merchant_order_reference"] = _known(
            params["merchant_order_reference"], live.references
        )
    case.call_and_validate(
        base_url=live.base_url,
        session=live.session,
        headers=live.headers,
        checks=ALL_CHECKS,
        timeout=10,
    )


def test_stateful_scenarios_honour_the_spec(live: Live) -> None:
    """Chains of operations by the links schemathesis infers, with every check."""

    class Scenarios(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {
                "base_url": live.base_url,
                "session": live.session,
                "headers": live.headers,
                "timeout": 10,
            }

        def validate_response(
            self, response: Response, case: schemathesis.Case, **kwargs: Any
        ) -> None:
            case.validate_response(
                response, checks=ALL_CHECKS, transport_kwargs=kwargs, recorder=self.recorder
            )

    Scenarios.run(
        settings=hypothesis.settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=6,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )


def test_every_check_runs() -> None:
    names = {check.__name__ for check in ALL_CHECKS}
    assert names == set(CHECKS.get_all_names())
    assert {"negative_data_rejection", "positive_data_acceptance", "ignored_auth"} <= names
    assert {"use_after_free", "ensure_resource_availability"} <= names


def test_readme_lists_the_deliberate_rules() -> None:
    section = README.read_text("utf-8").split("What schemathesis flags that is deliberate", 1)
    assert len(section) == 2, "README: the sandbox section lists the deliberate rules"
    listed = re.findall(r"^- \*\*(.+?)\*\*", section[1].split("\n#", 1)[0], re.MULTILINE)
    assert listed == [rule.name for rule in deliberate_rules(_stateful_operations())]


@pytest.mark.parametrize(
    ("path", "example", "field", "allowed"),
    [
        (
            "/ps/api/v1/public/subscriptions",
            "CreateSubscriptionRequest",
            "bank_account",
            {"ifsc": None},
        ),
        ("/payouts/v3/payments/banks", "CreatePayoutRequest", "clientReferenceId", "\x1dpayout-1"),
    ],
)
def test_nullable_fields_and_ecma_patterns_are_read_as_the_spec_means(
    path: str, example: str, field: str, allowed: Any
) -> None:
    """OpenAPI's ``nullable`` and JSON Schema's (ECMA-262's) ``\\S``, which draft-4 and
    Python's ``re`` read otherwise: the spec allows these, so validation does."""
    found = find_operation("POST", path)
    assert found is not None
    operation, params = found
    body = _spec()["components"]["examples"][example]["value"]
    operation.validate(params, {**body, field: allowed})


@pytest.mark.parametrize("method", ["GET", "TRACE", "QUERY"])
def test_unlisted_methods_get_405(method: str, live: Live) -> None:
    answer = httpx.request(
        method, live.base_url + "/api/pay/v1/orders", headers=live.headers, timeout=10
    )
    assert answer.status_code == 405
    assert answer.json()["code"] == "METHOD_NOT_ALLOWED"
    assert answer.headers["Allow"] == "POST"
