"""Contains all the data models used in inputs/outputs"""

from .acquirer_data import AcquirerData
from .additional_error_details import AdditionalErrorDetails
from .address import Address
from .amount import Amount
from .capture_data import CaptureData
from .capture_request import CaptureRequest
from .card_data import CardData
from .card_details import CardDetails
from .card_token_details import CardTokenDetails
from .create_order_request import CreateOrderRequest
from .create_payment_request import CreatePaymentRequest
from .customer import Customer
from .error import Error
from .error_detail import ErrorDetail
from .grant_type import GrantType
from .merchant_metadata import MerchantMetadata
from .money import Money
from .netbanking_data import NetbankingData
from .netbanking_details import NetbankingDetails
from .order import Order
from .order_response import OrderResponse
from .order_status import OrderStatus
from .order_type import OrderType
from .payment import Payment
from .payment_method import PaymentMethod
from .payment_option import PaymentOption
from .payment_option_data import PaymentOptionData
from .payment_request import PaymentRequest
from .payment_status import PaymentStatus
from .purchase_details import PurchaseDetails
from .refund_request import RefundRequest
from .token_request import TokenRequest
from .token_response import TokenResponse
from .upi_data import UpiData
from .upi_details import UpiDetails
from .upi_payer import UpiPayer
from .upi_txn_mode import UpiTxnMode

__all__ = (
    "AcquirerData",
    "AdditionalErrorDetails",
    "Address",
    "Amount",
    "CaptureData",
    "CaptureRequest",
    "CardData",
    "CardDetails",
    "CardTokenDetails",
    "CreateOrderRequest",
    "CreatePaymentRequest",
    "Customer",
    "Error",
    "ErrorDetail",
    "GrantType",
    "MerchantMetadata",
    "Money",
    "NetbankingData",
    "NetbankingDetails",
    "Order",
    "OrderResponse",
    "OrderStatus",
    "OrderType",
    "Payment",
    "PaymentMethod",
    "PaymentOption",
    "PaymentOptionData",
    "PaymentRequest",
    "PaymentStatus",
    "PurchaseDetails",
    "RefundRequest",
    "TokenRequest",
    "TokenResponse",
    "UpiData",
    "UpiDetails",
    "UpiPayer",
    "UpiTxnMode",
)
