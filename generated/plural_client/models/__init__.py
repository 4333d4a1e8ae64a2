"""Contains all the data models used in inputs/outputs"""

from .acquirer_data import AcquirerData
from .additional_error_details import AdditionalErrorDetails
from .additional_error_details_metadata import AdditionalErrorDetailsMetadata
from .address import Address
from .address_address_category import AddressAddressCategory
from .affordability_result import AffordabilityResult
from .amount import Amount
from .apple_pay_authorize_request import ApplePayAuthorizeRequest
from .apple_pay_card_details import ApplePayCardDetails
from .apple_pay_card_meta_data import ApplePayCardMetaData
from .apple_pay_card_meta_data_card_type import ApplePayCardMetaDataCardType
from .apple_pay_card_meta_data_network_name import ApplePayCardMetaDataNetworkName
from .applied_payment_offer import AppliedPaymentOffer
from .bnpl_credit_metadata import BnplCreditMetadata
from .bnpl_eligibility import BnplEligibility
from .bnpl_eligibility_request import BnplEligibilityRequest
from .bnpl_installment import BnplInstallment
from .bnpl_pay_code import BnplPayCode
from .bulk_payout import BulkPayout
from .capture_data import CaptureData
from .capture_request import CaptureRequest
from .card_data import CardData
from .card_details import CardDetails
from .card_lookup_item import CardLookupItem
from .card_lookup_reference_type import CardLookupReferenceType
from .card_lookup_result import CardLookupResult
from .card_token import CardToken
from .card_token_acquirer_data import CardTokenAcquirerData
from .card_token_details import CardTokenDetails
from .card_token_payment import CardTokenPayment
from .card_token_payment_option import CardTokenPaymentOption
from .card_token_status import CardTokenStatus
from .cardless_offer_payment_option import CardlessOfferPaymentOption
from .cart_details import CartDetails
from .cart_item import CartItem
from .challan import Challan
from .checkout_integration_mode import CheckoutIntegrationMode
from .checkout_link import CheckoutLink
from .checkout_product import CheckoutProduct
from .checkout_purchase_details import CheckoutPurchaseDetails
from .convenience_fee import ConvenienceFee
from .convenience_fee_breakdown import ConvenienceFeeBreakdown
from .convenience_fee_method_metadata import ConvenienceFeeMethodMetadata
from .convenience_fee_request import ConvenienceFeeRequest
from .convenience_fee_response import ConvenienceFeeResponse
from .create_bulk_payout_request import CreateBulkPayoutRequest
from .create_challan_request import CreateChallanRequest
from .create_customer_request import CreateCustomerRequest
from .create_order_request import CreateOrderRequest
from .create_order_request_is_mcc_transaction import CreateOrderRequestIsMccTransaction
from .create_payment_link_request import CreatePaymentLinkRequest
from .create_payment_link_request_is_mcc_transaction import CreatePaymentLinkRequestIsMccTransaction
from .create_payment_link_request_pre_auth import CreatePaymentLinkRequestPreAuth
from .create_payment_request import CreatePaymentRequest
from .create_payout_request import CreatePayoutRequest
from .create_plan_request import CreatePlanRequest
from .create_plan_request_auto_debit_ot import CreatePlanRequestAutoDebitOt
from .create_presentation_request import CreatePresentationRequest
from .create_subscription_request import CreateSubscriptionRequest
from .create_subscription_response import CreateSubscriptionResponse
from .cryptogram import Cryptogram
from .currency_conversion import CurrencyConversion
from .currency_conversion_request import CurrencyConversionRequest
from .customer import Customer
from .customer_profile import CustomerProfile
from .customer_status import CustomerStatus
from .customer_token import CustomerToken
from .customer_tokens import CustomerTokens
from .delete_customer_token_request import DeleteCustomerTokenRequest
from .deleted_token import DeletedToken
from .discover_cardless_offers_request import DiscoverCardlessOffersRequest
from .discover_offers_request import DiscoverOffersRequest
from .downpayment_details import DownpaymentDetails
from .downpayment_details_request import DownpaymentDetailsRequest
from .downpayment_details_response import DownpaymentDetailsResponse
from .downpayment_issuer import DownpaymentIssuer
from .downpayment_range import DownpaymentRange
from .error import Error
from .error_detail import ErrorDetail
from .generate_card_token_request import GenerateCardTokenRequest
from .generate_card_token_request_payment_method import GenerateCardTokenRequestPaymentMethod
from .generate_checkout_link_request import GenerateCheckoutLinkRequest
from .generate_cryptogram_request import GenerateCryptogramRequest
from .get_card_details_request import GetCardDetailsRequest
from .get_card_details_response import GetCardDetailsResponse
from .grant_type import GrantType
from .imei_product import ImeiProduct
from .imei_product_result import ImeiProductResult
from .imei_product_result_product_imei_status import ImeiProductResultProductImeiStatus
from .imei_request_type import ImeiRequestType
from .imei_validation_request import ImeiValidationRequest
from .imei_validation_response import ImeiValidationResponse
from .integration_mode import IntegrationMode
from .merchant_metadata import MerchantMetadata
from .money import Money
from .netbanking_data import NetbankingData
from .netbanking_details import NetbankingDetails
from .netbanking_txn_mode import NetbankingTxnMode
from .offer_breakup import OfferBreakup
from .offer_breakup_share import OfferBreakupShare
from .offer_card_details import OfferCardDetails
from .offer_card_token_details import OfferCardTokenDetails
from .offer_cardless_details import OfferCardlessDetails
from .offer_customer_details import OfferCustomerDetails
from .offer_discount import OfferDiscount
from .offer_discount_discount_deferred_duration_type import (
    OfferDiscountDiscountDeferredDurationType,
)
from .offer_discount_discount_type import OfferDiscountDiscountType
from .offer_discovery_card import OfferDiscoveryCard
from .offer_discovery_card_token import OfferDiscoveryCardToken
from .offer_discovery_downpayment import OfferDiscoveryDownpayment
from .offer_discovery_issuer import OfferDiscoveryIssuer
from .offer_discovery_payment_options import OfferDiscoveryPaymentOptions
from .offer_discovery_product import OfferDiscoveryProduct
from .offer_discovery_response import OfferDiscoveryResponse
from .offer_downpayment import OfferDownpayment
from .offer_emi_type import OfferEmiType
from .offer_issuer import OfferIssuer
from .offer_issuer_data import OfferIssuerData
from .offer_issuer_data_auth_type import OfferIssuerDataAuthType
from .offer_issuer_type import OfferIssuerType
from .offer_parameter import OfferParameter
from .offer_payment_method import OfferPaymentMethod
from .offer_payment_option import OfferPaymentOption
from .offer_processing_fee import OfferProcessingFee
from .offer_product import OfferProduct
from .offer_program_type import OfferProgramType
from .offer_subvention import OfferSubvention
from .offer_subvention_subvention_type import OfferSubventionSubventionType
from .offer_tenure import OfferTenure
from .offer_tenure_product import OfferTenureProduct
from .offer_tenure_tenure_type import OfferTenureTenureType
from .order import Order
from .order_response import OrderResponse
from .order_split_detail import OrderSplitDetail
from .order_split_detail_request import OrderSplitDetailRequest
from .order_split_detail_status import OrderSplitDetailStatus
from .order_split_info import OrderSplitInfo
from .order_split_info_request import OrderSplitInfoRequest
from .order_status import OrderStatus
from .order_type import OrderType
from .otp_error import OtpError
from .otp_meta_data import OtpMetaData
from .otp_next_action import OtpNextAction
from .otp_request import OtpRequest
from .otp_response import OtpResponse
from .pay_by_points_card import PayByPointsCard
from .payment import Payment
from .payment_additional_detail import PaymentAdditionalDetail
from .payment_bnpl_details import PaymentBnplDetails
from .payment_bnpl_details_bnpl_pay_code import PaymentBnplDetailsBnplPayCode
from .payment_card_category import PaymentCardCategory
from .payment_card_type import PaymentCardType
from .payment_cardless_details import PaymentCardlessDetails
from .payment_device_info import PaymentDeviceInfo
from .payment_device_info_operating_system import PaymentDeviceInfoOperatingSystem
from .payment_link import PaymentLink
from .payment_link_account_details import PaymentLinkAccountDetails
from .payment_link_bank_details import PaymentLinkBankDetails
from .payment_link_cart_details import PaymentLinkCartDetails
from .payment_link_customer import PaymentLinkCustomer
from .payment_link_product import PaymentLinkProduct
from .payment_link_split_detail import PaymentLinkSplitDetail
from .payment_link_split_detail_status import PaymentLinkSplitDetailStatus
from .payment_link_split_info import PaymentLinkSplitInfo
from .payment_link_status import PaymentLinkStatus
from .payment_mandate_info import PaymentMandateInfo
from .payment_method import PaymentMethod
from .payment_offer_data import PaymentOfferData
from .payment_offer_details import PaymentOfferDetails
from .payment_option import PaymentOption
from .payment_option_data import PaymentOptionData
from .payment_points_card_details import PaymentPointsCardDetails
from .payment_request import PaymentRequest
from .payment_status import PaymentStatus
from .payment_token_txn_type import PaymentTokenTxnType
from .payout import Payout
from .payout_balance import PayoutBalance
from .payout_link import PayoutLink
from .payout_list import PayoutList
from .payout_mode import PayoutMode
from .payout_status import PayoutStatus
from .plan import Plan
from .plan_frequency import PlanFrequency
from .plan_list import PlanList
from .plan_status import PlanStatus
from .points_balance import PointsBalance
from .points_balance_request import PointsBalanceRequest
from .points_order_details import PointsOrderDetails
from .points_payment_option import PointsPaymentOption
from .presentation import Presentation
from .presentation_debit_request import PresentationDebitRequest
from .presentation_debit_request_is_merchant_retry import PresentationDebitRequestIsMerchantRetry
from .presentation_list import PresentationList
from .presentation_notification import PresentationNotification
from .presentation_notification_request import PresentationNotificationRequest
from .presentation_notification_status import PresentationNotificationStatus
from .presentation_pdn_status import PresentationPdnStatus
from .presentation_retry_request import PresentationRetryRequest
from .presentation_status import PresentationStatus
from .purchase_details import PurchaseDetails
from .refund import Refund
from .refund_product import RefundProduct
from .refund_request import RefundRequest
from .refund_split_detail_request import RefundSplitDetailRequest
from .refund_split_detail_request_status import RefundSplitDetailRequestStatus
from .refund_split_info_request import RefundSplitInfoRequest
from .refund_status import RefundStatus
from .release_split_settlement_request import ReleaseSplitSettlementRequest
from .service_provider_token import ServiceProviderToken
from .service_provider_token_lookup import ServiceProviderTokenLookup
from .settlement_detail import SettlementDetail
from .settlement_list import SettlementList
from .settlement_pagination import SettlementPagination
from .settlement_summary import SettlementSummary
from .settlement_transaction import SettlementTransaction
from .submit_otp_request import SubmitOtpRequest
from .subscription import Subscription
from .subscription_amount_range import SubscriptionAmountRange
from .subscription_bank_account import SubscriptionBankAccount
from .subscription_integration_mode import SubscriptionIntegrationMode
from .subscription_list import SubscriptionList
from .subscription_page_info import SubscriptionPageInfo
from .subscription_page_link import SubscriptionPageLink
from .subscription_page_links import SubscriptionPageLinks
from .subscription_payment_method import SubscriptionPaymentMethod
from .subscription_payment_mode import SubscriptionPaymentMode
from .subscription_status import SubscriptionStatus
from .token_card_data import TokenCardData
from .token_card_data_card_type import TokenCardDataCardType
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_transactional_data import TokenTransactionalData
from .update_customer_request import UpdateCustomerRequest
from .update_plan_request import UpdatePlanRequest
from .update_scheduled_payout_request import UpdateScheduledPayoutRequest
from .update_subscription_request import UpdateSubscriptionRequest
from .upi_data import UpiData
from .upi_details import UpiDetails
from .upi_payer import UpiPayer
from .upi_txn_mode import UpiTxnMode
from .validate_offer_request import ValidateOfferRequest

__all__ = (
    "AcquirerData",
    "AdditionalErrorDetails",
    "AdditionalErrorDetailsMetadata",
    "Address",
    "AddressAddressCategory",
    "AffordabilityResult",
    "Amount",
    "ApplePayAuthorizeRequest",
    "ApplePayCardDetails",
    "ApplePayCardMetaData",
    "ApplePayCardMetaDataCardType",
    "ApplePayCardMetaDataNetworkName",
    "AppliedPaymentOffer",
    "BnplCreditMetadata",
    "BnplEligibility",
    "BnplEligibilityRequest",
    "BnplInstallment",
    "BnplPayCode",
    "BulkPayout",
    "CaptureData",
    "CaptureRequest",
    "CardData",
    "CardDetails",
    "CardLookupItem",
    "CardLookupReferenceType",
    "CardLookupResult",
    "CardToken",
    "CardTokenAcquirerData",
    "CardTokenDetails",
    "CardTokenPayment",
    "CardTokenPaymentOption",
    "CardTokenStatus",
    "CardlessOfferPaymentOption",
    "CartDetails",
    "CartItem",
    "Challan",
    "CheckoutIntegrationMode",
    "CheckoutLink",
    "CheckoutProduct",
    "CheckoutPurchaseDetails",
    "ConvenienceFee",
    "ConvenienceFeeBreakdown",
    "ConvenienceFeeMethodMetadata",
    "ConvenienceFeeRequest",
    "ConvenienceFeeResponse",
    "CreateBulkPayoutRequest",
    "CreateChallanRequest",
    "CreateCustomerRequest",
    "CreateOrderRequest",
    "CreateOrderRequestIsMccTransaction",
    "CreatePaymentLinkRequest",
    "CreatePaymentLinkRequestIsMccTransaction",
    "CreatePaymentLinkRequestPreAuth",
    "CreatePaymentRequest",
    "CreatePayoutRequest",
    "CreatePlanRequest",
    "CreatePlanRequestAutoDebitOt",
    "CreatePresentationRequest",
    "CreateSubscriptionRequest",
    "CreateSubscriptionResponse",
    "Cryptogram",
    "CurrencyConversion",
    "CurrencyConversionRequest",
    "Customer",
    "CustomerProfile",
    "CustomerStatus",
    "CustomerToken",
    "CustomerTokens",
    "DeleteCustomerTokenRequest",
    "DeletedToken",
    "DiscoverCardlessOffersRequest",
    "DiscoverOffersRequest",
    "DownpaymentDetails",
    "DownpaymentDetailsRequest",
    "DownpaymentDetailsResponse",
    "DownpaymentIssuer",
    "DownpaymentRange",
    "Error",
    "ErrorDetail",
    "GenerateCardTokenRequest",
    "GenerateCardTokenRequestPaymentMethod",
    "GenerateCheckoutLinkRequest",
    "GenerateCryptogramRequest",
    "GetCardDetailsRequest",
    "GetCardDetailsResponse",
    "GrantType",
    "ImeiProduct",
    "ImeiProductResult",
    "ImeiProductResultProductImeiStatus",
    "ImeiRequestType",
    "ImeiValidationRequest",
    "ImeiValidationResponse",
    "IntegrationMode",
    "MerchantMetadata",
    "Money",
    "NetbankingData",
    "NetbankingDetails",
    "NetbankingTxnMode",
    "OfferBreakup",
    "OfferBreakupShare",
    "OfferCardDetails",
    "OfferCardTokenDetails",
    "OfferCardlessDetails",
    "OfferCustomerDetails",
    "OfferDiscount",
    "OfferDiscountDiscountDeferredDurationType",
    "OfferDiscountDiscountType",
    "OfferDiscoveryCard",
    "OfferDiscoveryCardToken",
    "OfferDiscoveryDownpayment",
    "OfferDiscoveryIssuer",
    "OfferDiscoveryPaymentOptions",
    "OfferDiscoveryProduct",
    "OfferDiscoveryResponse",
    "OfferDownpayment",
    "OfferEmiType",
    "OfferIssuer",
    "OfferIssuerData",
    "OfferIssuerDataAuthType",
    "OfferIssuerType",
    "OfferParameter",
    "OfferPaymentMethod",
    "OfferPaymentOption",
    "OfferProcessingFee",
    "OfferProduct",
    "OfferProgramType",
    "OfferSubvention",
    "OfferSubventionSubventionType",
    "OfferTenure",
    "OfferTenureProduct",
    "OfferTenureTenureType",
    "Order",
    "OrderResponse",
    "OrderSplitDetail",
    "OrderSplitDetailRequest",
    "OrderSplitDetailStatus",
    "OrderSplitInfo",
    "OrderSplitInfoRequest",
    "OrderStatus",
    "OrderType",
    "OtpError",
    "OtpMetaData",
    "OtpNextAction",
    "OtpRequest",
    "OtpResponse",
    "PayByPointsCard",
    "Payment",
    "PaymentAdditionalDetail",
    "PaymentBnplDetails",
    "PaymentBnplDetailsBnplPayCode",
    "PaymentCardCategory",
    "PaymentCardType",
    "PaymentCardlessDetails",
    "PaymentDeviceInfo",
    "PaymentDeviceInfoOperatingSystem",
    "PaymentLink",
    "PaymentLinkAccountDetails",
    "PaymentLinkBankDetails",
    "PaymentLinkCartDetails",
    "PaymentLinkCustomer",
    "PaymentLinkProduct",
    "PaymentLinkSplitDetail",
    "PaymentLinkSplitDetailStatus",
    "PaymentLinkSplitInfo",
    "PaymentLinkStatus",
    "PaymentMandateInfo",
    "PaymentMethod",
    "PaymentOfferData",
    "PaymentOfferDetails",
    "PaymentOption",
    "PaymentOptionData",
    "PaymentPointsCardDetails",
    "PaymentRequest",
    "PaymentStatus",
    "PaymentTokenTxnType",
    "Payout",
    "PayoutBalance",
    "PayoutLink",
    "PayoutList",
    "PayoutMode",
    "PayoutStatus",
    "Plan",
    "PlanFrequency",
    "PlanList",
    "PlanStatus",
    "PointsBalance",
    "PointsBalanceRequest",
    "PointsOrderDetails",
    "PointsPaymentOption",
    "Presentation",
    "PresentationDebitRequest",
    "PresentationDebitRequestIsMerchantRetry",
    "PresentationList",
    "PresentationNotification",
    "PresentationNotificationRequest",
    "PresentationNotificationStatus",
    "PresentationPdnStatus",
    "PresentationRetryRequest",
    "PresentationStatus",
    "PurchaseDetails",
    "Refund",
    "RefundProduct",
    "RefundRequest",
    "RefundSplitDetailRequest",
    "RefundSplitDetailRequestStatus",
    "RefundSplitInfoRequest",
    "RefundStatus",
    "ReleaseSplitSettlementRequest",
    "ServiceProviderToken",
    "ServiceProviderTokenLookup",
    "SettlementDetail",
    "SettlementList",
    "SettlementPagination",
    "SettlementSummary",
    "SettlementTransaction",
    "SubmitOtpRequest",
    "Subscription",
    "SubscriptionAmountRange",
    "SubscriptionBankAccount",
    "SubscriptionIntegrationMode",
    "SubscriptionList",
    "SubscriptionPageInfo",
    "SubscriptionPageLink",
    "SubscriptionPageLinks",
    "SubscriptionPaymentMethod",
    "SubscriptionPaymentMode",
    "SubscriptionStatus",
    "TokenCardData",
    "TokenCardDataCardType",
    "TokenRequest",
    "TokenResponse",
    "TokenTransactionalData",
    "UpdateCustomerRequest",
    "UpdatePlanRequest",
    "UpdateScheduledPayoutRequest",
    "UpdateSubscriptionRequest",
    "UpiData",
    "UpiDetails",
    "UpiPayer",
    "UpiTxnMode",
    "ValidateOfferRequest",
)
