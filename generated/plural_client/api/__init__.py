"""The operations, one package per family (tag), and the resources ``Plural`` carries:
``plural.orders.create(...)``, one attribute per family."""

from ..client import AuthenticatedClient, Client
from .affordability import Affordability, AsyncAffordability
from .apple_pay import ApplePay, AsyncApplePay
from .auth import AsyncAuth, Auth
from .bnpl import AsyncBnpl, Bnpl
from .checkout import AsyncCheckout, Checkout
from .convenience_fee import AsyncConvenienceFee, ConvenienceFee
from .customers import AsyncCustomers, Customers
from .e_challans import AsyncEChallans, EChallans
from .international import AsyncInternational, International
from .orders import AsyncOrders, Orders
from .otp import AsyncOtp, Otp
from .pay_by_points import AsyncPayByPoints, PayByPoints
from .payment_links import AsyncPaymentLinks, PaymentLinks
from .payments import AsyncPayments, Payments
from .payouts import AsyncPayouts, Payouts
from .plans import AsyncPlans, Plans
from .presentations import AsyncPresentations, Presentations
from .refunds import AsyncRefunds, Refunds
from .settlements import AsyncSettlements, Settlements
from .split_settlements import AsyncSplitSettlements, SplitSettlements
from .subscriptions import AsyncSubscriptions, Subscriptions
from .tokenization import AsyncTokenization, Tokenization


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


class AsyncResources:
    """``Resources`` for asyncio: the same attributes, with awaited methods."""

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
