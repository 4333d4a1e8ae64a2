"""The seamless card checkout as a sequence of steps, driven sync or async.

A flow is a generator: it yields the calls to make (:class:`Call`: a generated endpoint
function and its arguments) and the customer's challenge to approve (:class:`Approve`),
is sent what each step returned (an API error is thrown into it instead), and returns a
:class:`FlowResult`. It never touches a client itself: :func:`run_sync` and
:func:`run_async` drive it through ``Plural`` or ``AsyncPlural`` and an :class:`Approver`,
and report every step to an optional observer (``on_step(name, outcome, elapsed_ms)``).

So one piece of code walks the checkout for ``plural demo`` (against the sandbox, with a
merchant server that verifies the callbacks), for ``scripts/record_cassettes.py`` (which
records the traffic) and for the replay tests (which answer it from the cassettes).

:data:`FLOWS` are the six flows and :data:`EXPECTED_STEPS` what each of them reports on
the sandbox, ``(step, status)`` in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, ClassVar, Protocol, TypeVar

import httpx

from plural_client.api.checkout import generate_checkout_link
from plural_client.api.orders import cancel_order, capture_order, create_order, get_order
from plural_client.api.payment_links import create_payment_link, get_payment_link
from plural_client.api.payments import create_payment
from plural_client.api.refunds import create_refund
from plural_client.models import (
    CaptureRequest,
    CheckoutLink,
    CreateOrderRequest,
    CreatePaymentLinkRequest,
    CreatePaymentRequest,
    GenerateCheckoutLinkRequest,
    Order,
    OrderResponse,
    PaymentLink,
    RefundRequest,
)

from ._client import AsyncPlural, Plural
from ._exceptions import APIError
from .sandbox import CARD_SUCCESS

# The customer's side lives in the testing kit (plural_ext.testing); the names the demo,
# the recorder and the tests know stay importable from here.
from .testing._customer import PAGE_TIMEOUT, approve, customer_form
from .testing._customer import Callback as Callback
from .testing._customer import UnexpectedStep as UnexpectedStep
from .testing._customer import read_callback as read_callback

# --- steps ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One generated endpoint function to call: ``endpoint.sync(*args, client=..., **kwargs)``."""

    endpoint: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.endpoint.__name__.rpartition(".")[2]


@dataclass(frozen=True)
class Approve:
    """The customer approves the payment's challenge at ``challenge_url``."""

    challenge_url: str
    name: ClassVar[str] = "approve"


Step = Call | Approve
T = TypeVar("T")
Flow = Generator[Step, Any, "FlowResult"]
StepObserver = Callable[[str, Any, float], None]
"""``on_step(name, outcome, elapsed_ms)``: the step's name, what it returned (an
``OrderResponse``, the callback's fields, or the ``APIError`` about to be thrown into the
flow) and how long it took."""


@dataclass(frozen=True, kw_only=True)
class FlowOptions:
    """What a flow's requests carry beyond the flow itself.

    ``run`` prefixes every merchant reference; ``callback_url`` / ``failure_callback_url``
    are where the challenge page sends the customer's browser (the merchant's server);
    ``notes`` goes on each order when set.
    """

    run: str
    callback_url: str
    failure_callback_url: str
    card_number: str = CARD_SUCCESS
    cvv: str = "123"
    notes: str | None = None


def status_of(outcome: object) -> str:
    """How a step ended, as :attr:`FlowResult.steps` shows it.

    An order's status, the callback's ``status`` (``-`` when no callback was seen: a
    person approved in a browser), ``"404 ORDER_NOT_FOUND"`` for an API error.
    """
    if isinstance(outcome, APIError):
        return f"{outcome.status_code} {outcome.code}"
    if isinstance(outcome, OrderResponse) and isinstance(outcome.data, Order):
        return str(outcome.data.status)
    if isinstance(outcome, PaymentLink):
        return str(outcome.status)
    if isinstance(outcome, CheckoutLink):  # no status: the page it opens is what counts
        return "redirect_url" if outcome.redirect_url else "no redirect_url"
    if isinstance(outcome, Mapping):
        return str(outcome.get("status", "-"))
    if outcome is None:
        return "-"
    return f"unexpected {type(outcome).__name__}"


@dataclass
class FlowResult:
    """What a flow saw: ``(step, status)`` in order, and the typed errors it expected."""

    steps: list[tuple[str, str]] = field(default_factory=list)
    errors: list[APIError] = field(default_factory=list)
    orders: dict[str, Order] = field(default_factory=dict)
    callback: dict[str, str] | None = None

    def order(self, step: str, result: Any) -> Order:
        if not isinstance(result, OrderResponse) or not isinstance(result.data, Order):
            # The type only: a response's repr may hold what is not to be printed.
            raise UnexpectedStep(f"{step}: expected an OrderResponse, got {type(result).__name__}")
        self.steps.append((step, status_of(result)))
        self.orders[step] = result.data
        return result.data

    def answer(self, step: str, result: Any, kind: type[T]) -> T:
        """A step that answers something other than an order (a checkout or payment link)."""
        if not isinstance(result, kind):
            raise UnexpectedStep(f"{step}: expected a {kind.__name__}, got {type(result).__name__}")
        self.steps.append((step, status_of(result)))
        return result

    def error(self, step: str, error: APIError) -> None:
        self.errors.append(error)
        self.steps.append((step, status_of(error)))


# --- flows ---------------------------------------------------------------------------


def _order_body(
    options: FlowOptions, reference: str, *, pre_auth: bool, value: int
) -> CreateOrderRequest:
    body: dict[str, Any] = {
        "merchant_order_reference": reference,
        "order_amount": {"value": value, "currency": "INR"},
        "pre_auth": pre_auth,
        "allowed_payment_methods": ["CARD"],
        "callback_url": options.callback_url,
        "failure_callback_url": options.failure_callback_url,
        "purchase_details": {
            "customer": {
                "email_id": "kevin.bob@example.com",
                "first_name": "Kevin",
                "last_name": "Bob",
                "customer_id": "123456",
                "mobile_number": "9876543210",
            },
            "merchant_metadata": {"flow": reference},
        },
    }
    if options.notes is not None:
        body["notes"] = options.notes
    return CreateOrderRequest.from_dict(body)


def _payment_body(reference: str, value: int, options: FlowOptions) -> CreatePaymentRequest:
    return CreatePaymentRequest.from_dict(
        {
            "payments": [
                {
                    "merchant_payment_reference": reference,
                    "payment_method": "CARD",
                    "payment_amount": {"value": value, "currency": "INR"},
                    "payment_option": {
                        "card_details": {
                            "name": "Kevin Bob",
                            "card_number": options.card_number,
                            "cvv": options.cvv,
                            "expiry_month": "12",
                            "expiry_year": "2030",
                        }
                    },
                }
            ]
        }
    )


def _capture_body(reference: str, value: int) -> CaptureRequest:
    return CaptureRequest.from_dict(
        {
            "merchant_capture_reference": reference,
            "capture_amount": {"value": value, "currency": "INR"},
        }
    )


def _pay(
    result: FlowResult, options: FlowOptions, name: str, *, pre_auth: bool, value: int
) -> Generator[Step, Any, str]:
    """Create an order, pay it by card, approve the challenge; the order id."""
    body = _order_body(options, f"{options.run}-{name}", pre_auth=pre_auth, value=value)
    order = result.order("create_order", (yield Call(create_order, kwargs={"body": body})))
    order_id = str(order.order_id)
    paid = result.order(
        "create_payment",
        (
            yield Call(
                create_payment,
                (order_id,),
                {"body": _payment_body(f"{options.run}-{name}-pay", value, options)},
            )
        ),
    )
    yield from _approve(result, str(paid.challenge_url), order_id)
    result.order("get_order", (yield Call(get_order, (order_id,))))
    return order_id


def _approve(result: FlowResult, url: str, order_id: str) -> Generator[Step, Any, None]:
    """The customer approves at ``url``; the callback must be for ``order_id``."""
    callback = yield Approve(url)
    if callback is not None and callback.get("order_id") != order_id:
        raise UnexpectedStep(f"approve: the callback is for {callback.get('order_id')}")
    result.callback = callback
    result.steps.append(("approve", status_of(callback)))


def checkout_pre_auth_capture(options: FlowOptions) -> Flow:
    """pre_auth order -> card payment -> challenge approved -> AUTHORIZED -> capture -> PROCESSED."""
    result = FlowResult()
    order_id = yield from _pay(result, options, "checkout", pre_auth=True, value=1100)
    capture = _capture_body(f"{options.run}-checkout-capture", 1100)
    result.order("capture_order", (yield Call(capture_order, (order_id,), {"body": capture})))
    result.order("get_order", (yield Call(get_order, (order_id,))))
    return result


def cancel(options: FlowOptions) -> Flow:
    """pre_auth order -> card payment -> challenge approved -> AUTHORIZED -> cancel -> CANCELLED."""
    result = FlowResult()
    order_id = yield from _pay(result, options, "cancel", pre_auth=True, value=50000)
    result.order("cancel_order", (yield Call(cancel_order, (order_id,))))
    result.order("get_order", (yield Call(get_order, (order_id,))))
    return result


def refund(options: FlowOptions) -> Flow:
    """Order without pre_auth -> PROCESSED -> partial refund -> full refund of the rest."""
    result = FlowResult()
    order_id = yield from _pay(result, options, "refund", pre_auth=False, value=2500)
    partial = RefundRequest.from_dict(
        {
            "merchant_order_reference": f"{options.run}-refund-1",
            "order_amount": {"value": 1000, "currency": "INR"},
        }
    )
    result.order("create_refund", (yield Call(create_refund, (order_id,), {"body": partial})))
    result.order("get_order", (yield Call(get_order, (order_id,))))
    rest = RefundRequest.from_dict({"merchant_order_reference": f"{options.run}-refund-2"})
    result.order("create_refund", (yield Call(create_refund, (order_id,), {"body": rest})))
    result.order("get_order", (yield Call(get_order, (order_id,))))
    return result


UNKNOWN_ORDER_ID = "v1-0000000000-aa-nOtFnd"


def errors(options: FlowOptions) -> Flow:
    """get_order of an unknown order -> 404; capture of a CREATED order -> 400."""
    result = FlowResult()
    try:
        yield Call(get_order, (UNKNOWN_ORDER_ID,))
    except APIError as error:
        result.error("get_order", error)
    else:
        raise UnexpectedStep("get_order of an unknown order succeeded")
    body = _order_body(options, f"{options.run}-errors", pre_auth=True, value=1100)
    order = result.order("create_order", (yield Call(create_order, kwargs={"body": body})))
    capture = _capture_body(f"{options.run}-errors-capture", 1100)
    try:
        yield Call(capture_order, (str(order.order_id),), {"body": capture})
    except APIError as error:
        result.error("capture_order", error)
    else:
        raise UnexpectedStep("capture of a CREATED order succeeded")
    return result


def hosted_checkout(options: FlowOptions) -> Flow:
    """Hosted checkout order -> the customer pays by card on Plural's page -> PROCESSED."""
    result = FlowResult()
    body = _order_body(options, f"{options.run}-hosted", pre_auth=False, value=1500).to_dict()
    body.pop("failure_callback_url")  # the hosted checkout has the one callback_url
    body["purchase_details"].pop("merchant_metadata")
    request = GenerateCheckoutLinkRequest.from_dict(body)
    link = result.answer(
        "generate_checkout_link",
        (yield Call(generate_checkout_link, kwargs={"body": request})),
        CheckoutLink,
    )
    order_id = str(link.order_id)
    yield from _approve(result, str(link.redirect_url), order_id)
    result.order("get_order", (yield Call(get_order, (order_id,))))
    return result


def payment_link(options: FlowOptions) -> Flow:
    """Payment link -> the customer pays by card on its page -> the link PROCESSED."""
    result = FlowResult()
    request = CreatePaymentLinkRequest.from_dict(
        {
            "merchant_payment_link_reference": f"{options.run}-link",
            "amount": {"value": 2000, "currency": "INR"},
            "description": "Invoice for 2 T-shirts",
            "callback_url": options.callback_url,
            "failure_callback_url": options.failure_callback_url,
        }
    )
    link = result.answer(
        "create_payment_link",
        (yield Call(create_payment_link, kwargs={"body": request})),
        PaymentLink,
    )
    yield from _approve(result, str(link.payment_link), str(link.order_id))
    link_id = str(link.payment_link_id)
    result.answer("get_payment_link", (yield Call(get_payment_link, (link_id,))), PaymentLink)
    result.order("get_order", (yield Call(get_order, (str(link.order_id),))))
    return result


FLOWS: dict[str, Callable[[FlowOptions], Flow]] = {
    "checkout_pre_auth_capture": checkout_pre_auth_capture,
    "cancel": cancel,
    "refund": refund,
    "errors": errors,
    "hosted_checkout": hosted_checkout,
    "payment_link": payment_link,
}

EXPECTED_STEPS: dict[str, list[tuple[str, str]]] = {
    "checkout_pre_auth_capture": [
        ("create_order", "CREATED"),
        ("create_payment", "PENDING"),
        ("approve", "AUTHORIZED"),
        ("get_order", "AUTHORIZED"),
        ("capture_order", "PROCESSED"),
        ("get_order", "PROCESSED"),
    ],
    "cancel": [
        ("create_order", "CREATED"),
        ("create_payment", "PENDING"),
        ("approve", "AUTHORIZED"),
        ("get_order", "AUTHORIZED"),
        ("cancel_order", "CANCELLED"),
        ("get_order", "CANCELLED"),
    ],
    "refund": [
        ("create_order", "CREATED"),
        ("create_payment", "PENDING"),
        ("approve", "PROCESSED"),
        ("get_order", "PROCESSED"),
        ("create_refund", "PROCESSED"),
        ("get_order", "PARTIALLY_REFUNDED"),
        ("create_refund", "PROCESSED"),
        ("get_order", "FULLY_REFUNDED"),
    ],
    "hosted_checkout": [
        ("generate_checkout_link", "redirect_url"),
        ("approve", "PROCESSED"),
        ("get_order", "PROCESSED"),
    ],
    "payment_link": [
        ("create_payment_link", "CREATED"),
        ("approve", "PROCESSED"),
        ("get_payment_link", "PROCESSED"),
        ("get_order", "PROCESSED"),
    ],
    "errors": [
        ("get_order", "404 ORDER_NOT_FOUND"),
        ("create_order", "CREATED"),
        ("capture_order", "400 INVALID_REQUEST"),
    ],
}
"""What each flow sees on the sandbox (on UAT the approve step shows ``-``: a person approves)."""


# --- approvers -----------------------------------------------------------------------


class Approver(Protocol):
    """Completes a challenge: the callback's fields, or None when none were seen."""

    def sync(self, plural: Plural, url: str) -> dict[str, str] | None: ...

    async def asyncio(self, plural: AsyncPlural, url: str) -> dict[str, str] | None: ...


@dataclass(frozen=True)
class HttpApprover:
    """The sandbox's challenge page, approved over HTTP as a browser would: GET, then POST.

    The answer is the callback (:func:`read_callback`). With ``callback_secret_key`` its
    signature is checked here (a recording does; a replay cannot, its signature is
    masked). With ``follow_callback`` the browser goes on to the merchant as a browser
    would, posting the form (or following the 303), and the merchant's server must
    answer with a success (:class:`UnexpectedStep` if it refused the callback).
    """

    callback_secret_key: str | None = None
    follow_callback: bool = False

    def sync(self, plural: Plural, url: str) -> dict[str, str]:
        callback = approve(url)
        if self.follow_callback:
            with httpx.Client(timeout=PAGE_TIMEOUT, trust_env=False) as browser:
                _check_landing(browser.send(callback.request()))
        return self._check(plural, callback.fields)

    async def asyncio(self, plural: AsyncPlural, url: str) -> dict[str, str]:
        async with httpx.AsyncClient(timeout=PAGE_TIMEOUT, trust_env=False) as browser:
            target, form = customer_form(await browser.get(url))
            callback = read_callback(await browser.post(target, data=form))
            if self.follow_callback:
                _check_landing(await browser.send(callback.request()))
        return self._check(plural, callback.fields)

    def _check(self, plural: Plural | AsyncPlural, fields: dict[str, str]) -> dict[str, str]:
        if self.callback_secret_key is not None:
            plural.verify_callback(fields, self.callback_secret_key)
        return fields


def _check_landing(landing: httpx.Response) -> None:
    if not landing.is_success:
        # Not the URL nor the body: they carry the callback's signature.
        raise UnexpectedStep(f"approve: the callback_url answered {landing.status_code}")


# --- drivers -------------------------------------------------------------------------


def _target(
    step: Step, plural: Plural | AsyncPlural, approver: Approver, *, asynchronous: bool
) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
    """The function a step calls, and its arguments."""
    if isinstance(step, Approve):
        handler = approver.asyncio if asynchronous else approver.sync
        return handler, (plural, step.challenge_url), {}
    function = step.endpoint.asyncio if asynchronous else step.endpoint.sync
    return function, step.args, {"client": plural.client, **step.kwargs}


class _Walk:
    """What both drivers share: the flow's next step, the report of each, the result."""

    def __init__(self, flow: Flow, on_step: StepObserver | None) -> None:
        self._flow = flow
        self._on_step = on_step
        self._started = 0.0
        self._result: FlowResult | None = None
        self.step: Step | None = self._resume(lambda: next(flow))

    @property
    def result(self) -> FlowResult:
        if self._result is None:
            raise RuntimeError("the flow has not returned yet")
        return self._result

    def send(self, step: Step, outcome: Any) -> None:
        """Report the step's outcome, then hand it to the flow (an API error is thrown in)."""
        if self._on_step is not None:
            self._on_step(step.name, outcome, (time.perf_counter() - self._started) * 1000)
        if isinstance(outcome, APIError):
            self.step = self._resume(lambda: self._flow.throw(outcome))
        else:
            self.step = self._resume(lambda: self._flow.send(outcome))

    def _resume(self, advance: Callable[[], Step]) -> Step | None:
        try:
            step = advance()
        except StopIteration as stop:
            self._result = stop.value
            return None
        self._started = time.perf_counter()
        return step


# The two drivers differ only by ``await``: all else is in _target and _Walk.


def run_sync(
    flow: Flow, plural: Plural, approver: Approver, on_step: StepObserver | None = None
) -> FlowResult:
    """Drive a flow through the synchronous client; API errors are thrown into it."""
    walk = _Walk(flow, on_step)
    while (step := walk.step) is not None:
        function, args, kwargs = _target(step, plural, approver, asynchronous=False)
        try:
            outcome = function(*args, **kwargs)
        except APIError as error:
            outcome = error
        walk.send(step, outcome)
    return walk.result


async def run_async(
    flow: Flow, plural: AsyncPlural, approver: Approver, on_step: StepObserver | None = None
) -> FlowResult:
    """Drive a flow through the asyncio client; API errors are thrown into it."""
    walk = _Walk(flow, on_step)
    while (step := walk.step) is not None:
        function, args, kwargs = _target(step, plural, approver, asynchronous=True)
        try:
            outcome = await function(*args, **kwargs)
        except APIError as error:
            outcome = error
        walk.send(step, outcome)
    return walk.result
