"""The operations, one package per family (tag), and the resources ``Plural`` carries:
``plural.orders.create(...)``, one attribute per family."""

import functools

from ..client import AuthenticatedClient, Client
from .affordability import (
    Affordability,
    AffordabilityWithRawResponse,
    AsyncAffordability,
    AsyncAffordabilityWithRawResponse,
)
from .apple_pay import (
    ApplePay,
    ApplePayWithRawResponse,
    AsyncApplePay,
    AsyncApplePayWithRawResponse,
)
from .auth import AsyncAuth, AsyncAuthWithRawResponse, Auth, AuthWithRawResponse
from .bnpl import AsyncBnpl, AsyncBnplWithRawResponse, Bnpl, BnplWithRawResponse
from .checkout import AsyncCheckout, AsyncCheckoutWithRawResponse, Checkout, CheckoutWithRawResponse
from .convenience_fee import (
    AsyncConvenienceFee,
    AsyncConvenienceFeeWithRawResponse,
    ConvenienceFee,
    ConvenienceFeeWithRawResponse,
)
from .customers import (
    AsyncCustomers,
    AsyncCustomersWithRawResponse,
    Customers,
    CustomersWithRawResponse,
)
from .e_challans import (
    AsyncEChallans,
    AsyncEChallansWithRawResponse,
    EChallans,
    EChallansWithRawResponse,
)
from .international import (
    AsyncInternational,
    AsyncInternationalWithRawResponse,
    International,
    InternationalWithRawResponse,
)
from .orders import AsyncOrders, AsyncOrdersWithRawResponse, Orders, OrdersWithRawResponse
from .otp import AsyncOtp, AsyncOtpWithRawResponse, Otp, OtpWithRawResponse
from .pay_by_points import (
    AsyncPayByPoints,
    AsyncPayByPointsWithRawResponse,
    PayByPoints,
    PayByPointsWithRawResponse,
)
from .payment_links import (
    AsyncPaymentLinks,
    AsyncPaymentLinksWithRawResponse,
    PaymentLinks,
    PaymentLinksWithRawResponse,
)
from .payments import AsyncPayments, AsyncPaymentsWithRawResponse, Payments, PaymentsWithRawResponse
from .payouts import AsyncPayouts, AsyncPayoutsWithRawResponse, Payouts, PayoutsWithRawResponse
from .plans import AsyncPlans, AsyncPlansWithRawResponse, Plans, PlansWithRawResponse
from .presentations import (
    AsyncPresentations,
    AsyncPresentationsWithRawResponse,
    Presentations,
    PresentationsWithRawResponse,
)
from .refunds import AsyncRefunds, AsyncRefundsWithRawResponse, Refunds, RefundsWithRawResponse
from .settlements import (
    AsyncSettlements,
    AsyncSettlementsWithRawResponse,
    Settlements,
    SettlementsWithRawResponse,
)
from .split_settlements import (
    AsyncSplitSettlements,
    AsyncSplitSettlementsWithRawResponse,
    SplitSettlements,
    SplitSettlementsWithRawResponse,
)
from .subscriptions import (
    AsyncSubscriptions,
    AsyncSubscriptionsWithRawResponse,
    Subscriptions,
    SubscriptionsWithRawResponse,
)
from .tokenization import (
    AsyncTokenization,
    AsyncTokenizationWithRawResponse,
    Tokenization,
    TokenizationWithRawResponse,
)


class Resources:
    """One attribute per family of operations, each with a method per operation."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.affordability = Affordability(client)
        self.apple_pay = ApplePay(client)
        self.auth = Auth(client)
        self.bnpl = Bnpl(client)
        self.checkout = Checkout(client)
        self.convenience_fee = ConvenienceFee(client)
        self.customers = Customers(client)
        self.e_challans = EChallans(client)
        self.international = International(client)
        self.orders = Orders(client)
        self.otp = Otp(client)
        self.pay_by_points = PayByPoints(client)
        self.payment_links = PaymentLinks(client)
        self.payments = Payments(client)
        self.payouts = Payouts(client)
        self.plans = Plans(client)
        self.presentations = Presentations(client)
        self.refunds = Refunds(client)
        self.settlements = Settlements(client)
        self.split_settlements = SplitSettlements(client)
        self.subscriptions = Subscriptions(client)
        self.tokenization = Tokenization(client)

    @functools.cached_property
    def with_raw_response(self) -> "ResourcesWithRawResponse":
        """The same resources, whose methods answer a ``RawResponse``: the status, the headers
        and the Request-ID, with what the method answers as ``parsed``."""
        return ResourcesWithRawResponse(self)


class ResourcesWithRawResponse:
    """``with_raw_response``: each family's methods, answering a ``RawResponse``."""

    def __init__(self, resources: Resources) -> None:
        self.affordability = AffordabilityWithRawResponse(resources.affordability)
        self.apple_pay = ApplePayWithRawResponse(resources.apple_pay)
        self.auth = AuthWithRawResponse(resources.auth)
        self.bnpl = BnplWithRawResponse(resources.bnpl)
        self.checkout = CheckoutWithRawResponse(resources.checkout)
        self.convenience_fee = ConvenienceFeeWithRawResponse(resources.convenience_fee)
        self.customers = CustomersWithRawResponse(resources.customers)
        self.e_challans = EChallansWithRawResponse(resources.e_challans)
        self.international = InternationalWithRawResponse(resources.international)
        self.orders = OrdersWithRawResponse(resources.orders)
        self.otp = OtpWithRawResponse(resources.otp)
        self.pay_by_points = PayByPointsWithRawResponse(resources.pay_by_points)
        self.payment_links = PaymentLinksWithRawResponse(resources.payment_links)
        self.payments = PaymentsWithRawResponse(resources.payments)
        self.payouts = PayoutsWithRawResponse(resources.payouts)
        self.plans = PlansWithRawResponse(resources.plans)
        self.presentations = PresentationsWithRawResponse(resources.presentations)
        self.refunds = RefundsWithRawResponse(resources.refunds)
        self.settlements = SettlementsWithRawResponse(resources.settlements)
        self.split_settlements = SplitSettlementsWithRawResponse(resources.split_settlements)
        self.subscriptions = SubscriptionsWithRawResponse(resources.subscriptions)
        self.tokenization = TokenizationWithRawResponse(resources.tokenization)


class AsyncResources:
    """One attribute per family of operations, each with a method per operation, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.affordability = AsyncAffordability(client)
        self.apple_pay = AsyncApplePay(client)
        self.auth = AsyncAuth(client)
        self.bnpl = AsyncBnpl(client)
        self.checkout = AsyncCheckout(client)
        self.convenience_fee = AsyncConvenienceFee(client)
        self.customers = AsyncCustomers(client)
        self.e_challans = AsyncEChallans(client)
        self.international = AsyncInternational(client)
        self.orders = AsyncOrders(client)
        self.otp = AsyncOtp(client)
        self.pay_by_points = AsyncPayByPoints(client)
        self.payment_links = AsyncPaymentLinks(client)
        self.payments = AsyncPayments(client)
        self.payouts = AsyncPayouts(client)
        self.plans = AsyncPlans(client)
        self.presentations = AsyncPresentations(client)
        self.refunds = AsyncRefunds(client)
        self.settlements = AsyncSettlements(client)
        self.split_settlements = AsyncSplitSettlements(client)
        self.subscriptions = AsyncSubscriptions(client)
        self.tokenization = AsyncTokenization(client)

    @functools.cached_property
    def with_raw_response(self) -> "AsyncResourcesWithRawResponse":
        """The same resources, whose methods answer a ``RawResponse``: the status, the headers
        and the Request-ID, with what the method answers as ``parsed``."""
        return AsyncResourcesWithRawResponse(self)


class AsyncResourcesWithRawResponse:
    """``with_raw_response``: each family's methods, answering a ``RawResponse``."""

    def __init__(self, resources: AsyncResources) -> None:
        self.affordability = AsyncAffordabilityWithRawResponse(resources.affordability)
        self.apple_pay = AsyncApplePayWithRawResponse(resources.apple_pay)
        self.auth = AsyncAuthWithRawResponse(resources.auth)
        self.bnpl = AsyncBnplWithRawResponse(resources.bnpl)
        self.checkout = AsyncCheckoutWithRawResponse(resources.checkout)
        self.convenience_fee = AsyncConvenienceFeeWithRawResponse(resources.convenience_fee)
        self.customers = AsyncCustomersWithRawResponse(resources.customers)
        self.e_challans = AsyncEChallansWithRawResponse(resources.e_challans)
        self.international = AsyncInternationalWithRawResponse(resources.international)
        self.orders = AsyncOrdersWithRawResponse(resources.orders)
        self.otp = AsyncOtpWithRawResponse(resources.otp)
        self.pay_by_points = AsyncPayByPointsWithRawResponse(resources.pay_by_points)
        self.payment_links = AsyncPaymentLinksWithRawResponse(resources.payment_links)
        self.payments = AsyncPaymentsWithRawResponse(resources.payments)
        self.payouts = AsyncPayoutsWithRawResponse(resources.payouts)
        self.plans = AsyncPlansWithRawResponse(resources.plans)
        self.presentations = AsyncPresentationsWithRawResponse(resources.presentations)
        self.refunds = AsyncRefundsWithRawResponse(resources.refunds)
        self.settlements = AsyncSettlementsWithRawResponse(resources.settlements)
        self.split_settlements = AsyncSplitSettlementsWithRawResponse(resources.split_settlements)
        self.subscriptions = AsyncSubscriptionsWithRawResponse(resources.subscriptions)
        self.tokenization = AsyncTokenizationWithRawResponse(resources.tokenization)
