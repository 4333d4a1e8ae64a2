"""The models of requests and answers; the TypedDicts (``CreateOrderRequestParams``) the
resource methods take for a request's nested objects, and the literals of each enum's values
(``PaymentMethodValue``)."""

from .acquirer_data import AcquirerData
from .additional_error_details import AdditionalErrorDetails
from .additional_error_details_metadata import AdditionalErrorDetailsMetadata
from .address import Address, AddressParams
from .address_address_category import AddressAddressCategory, AddressAddressCategoryValue
from .affordability_result import AffordabilityResult
from .amount import Amount, AmountParams
from .apple_pay_authorize_request import ApplePayAuthorizeRequest, ApplePayAuthorizeRequestParams
from .apple_pay_card_details import ApplePayCardDetails, ApplePayCardDetailsParams
from .apple_pay_card_meta_data import ApplePayCardMetaData, ApplePayCardMetaDataParams
from .apple_pay_card_meta_data_card_type import (
    ApplePayCardMetaDataCardType,
    ApplePayCardMetaDataCardTypeValue,
)
from .apple_pay_card_meta_data_network_name import (
    ApplePayCardMetaDataNetworkName,
    ApplePayCardMetaDataNetworkNameValue,
)
from .applied_payment_offer import AppliedPaymentOffer
from .bnpl_credit_metadata import BnplCreditMetadata
from .bnpl_eligibility import BnplEligibility
from .bnpl_eligibility_request import BnplEligibilityRequest, BnplEligibilityRequestParams
from .bnpl_installment import BnplInstallment
from .bnpl_pay_code import BnplPayCode, BnplPayCodeValue
from .bulk_payout import BulkPayout
from .capture_data import CaptureData
from .capture_request import CaptureRequest, CaptureRequestParams
from .card_data import CardData
from .card_details import CardDetails, CardDetailsParams
from .card_lookup_item import CardLookupItem, CardLookupItemParams
from .card_lookup_reference_type import CardLookupReferenceType, CardLookupReferenceTypeValue
from .card_lookup_result import CardLookupResult
from .card_token import CardToken
from .card_token_acquirer_data import CardTokenAcquirerData, CardTokenAcquirerDataParams
from .card_token_details import CardTokenDetails, CardTokenDetailsParams
from .card_token_payment import CardTokenPayment, CardTokenPaymentParams
from .card_token_payment_option import CardTokenPaymentOption, CardTokenPaymentOptionParams
from .card_token_status import CardTokenStatus, CardTokenStatusValue
from .cardless_offer_payment_option import (
    CardlessOfferPaymentOption,
    CardlessOfferPaymentOptionParams,
)
from .cart_details import CartDetails, CartDetailsParams
from .cart_item import CartItem, CartItemParams
from .challan import Challan
from .checkout_integration_mode import CheckoutIntegrationMode, CheckoutIntegrationModeValue
from .checkout_link import CheckoutLink
from .checkout_product import CheckoutProduct, CheckoutProductParams
from .checkout_purchase_details import CheckoutPurchaseDetails, CheckoutPurchaseDetailsParams
from .convenience_fee import ConvenienceFee
from .convenience_fee_breakdown import ConvenienceFeeBreakdown, ConvenienceFeeBreakdownParams
from .convenience_fee_method_metadata import ConvenienceFeeMethodMetadata
from .convenience_fee_request import ConvenienceFeeRequest, ConvenienceFeeRequestParams
from .convenience_fee_response import ConvenienceFeeResponse
from .create_bulk_payout_request import CreateBulkPayoutRequest
from .create_challan_request import CreateChallanRequest, CreateChallanRequestParams
from .create_customer_request import CreateCustomerRequest, CreateCustomerRequestParams
from .create_order_request import CreateOrderRequest, CreateOrderRequestParams
from .create_order_request_is_mcc_transaction import (
    CreateOrderRequestIsMccTransaction,
    CreateOrderRequestIsMccTransactionValue,
)
from .create_payment_link_request import CreatePaymentLinkRequest, CreatePaymentLinkRequestParams
from .create_payment_link_request_is_mcc_transaction import (
    CreatePaymentLinkRequestIsMccTransaction,
    CreatePaymentLinkRequestIsMccTransactionValue,
)
from .create_payment_link_request_pre_auth import (
    CreatePaymentLinkRequestPreAuth,
    CreatePaymentLinkRequestPreAuthValue,
)
from .create_payment_request import CreatePaymentRequest, CreatePaymentRequestParams
from .create_payout_request import CreatePayoutRequest, CreatePayoutRequestParams
from .create_plan_request import CreatePlanRequest, CreatePlanRequestParams
from .create_plan_request_auto_debit_ot import (
    CreatePlanRequestAutoDebitOt,
    CreatePlanRequestAutoDebitOtValue,
)
from .create_presentation_request import CreatePresentationRequest, CreatePresentationRequestParams
from .create_subscription_request import CreateSubscriptionRequest, CreateSubscriptionRequestParams
from .create_subscription_response import CreateSubscriptionResponse
from .cryptogram import Cryptogram
from .currency_conversion import CurrencyConversion
from .currency_conversion_request import CurrencyConversionRequest, CurrencyConversionRequestParams
from .customer import Customer, CustomerParams
from .customer_profile import CustomerProfile
from .customer_status import CustomerStatus, CustomerStatusValue
from .customer_token import CustomerToken
from .customer_tokens import CustomerTokens
from .delete_customer_token_request import (
    DeleteCustomerTokenRequest,
    DeleteCustomerTokenRequestParams,
)
from .deleted_token import DeletedToken
from .discover_cardless_offers_request import (
    DiscoverCardlessOffersRequest,
    DiscoverCardlessOffersRequestParams,
)
from .discover_offers_request import DiscoverOffersRequest, DiscoverOffersRequestParams
from .downpayment_details import DownpaymentDetails
from .downpayment_details_request import DownpaymentDetailsRequest, DownpaymentDetailsRequestParams
from .downpayment_details_response import DownpaymentDetailsResponse
from .downpayment_issuer import DownpaymentIssuer, DownpaymentIssuerParams
from .downpayment_range import DownpaymentRange
from .error import Error
from .error_detail import ErrorDetail
from .generate_card_token_request import GenerateCardTokenRequest, GenerateCardTokenRequestParams
from .generate_card_token_request_payment_method import (
    GenerateCardTokenRequestPaymentMethod,
    GenerateCardTokenRequestPaymentMethodValue,
)
from .generate_checkout_link_request import (
    GenerateCheckoutLinkRequest,
    GenerateCheckoutLinkRequestParams,
)
from .generate_cryptogram_request import GenerateCryptogramRequest, GenerateCryptogramRequestParams
from .get_card_details_request import GetCardDetailsRequest, GetCardDetailsRequestParams
from .get_card_details_response import GetCardDetailsResponse
from .grant_type import GrantType, GrantTypeValue
from .imei_product import ImeiProduct, ImeiProductParams
from .imei_product_result import ImeiProductResult
from .imei_product_result_product_imei_status import (
    ImeiProductResultProductImeiStatus,
    ImeiProductResultProductImeiStatusValue,
)
from .imei_request_type import ImeiRequestType, ImeiRequestTypeValue
from .imei_validation_request import ImeiValidationRequest, ImeiValidationRequestParams
from .imei_validation_response import ImeiValidationResponse
from .integration_mode import IntegrationMode, IntegrationModeValue
from .merchant_metadata import MerchantMetadata
from .money import Money, MoneyParams
from .netbanking_data import NetbankingData
from .netbanking_details import NetbankingDetails, NetbankingDetailsParams
from .netbanking_txn_mode import NetbankingTxnMode, NetbankingTxnModeValue
from .offer_breakup import OfferBreakup, OfferBreakupParams
from .offer_breakup_share import OfferBreakupShare, OfferBreakupShareParams
from .offer_card_details import OfferCardDetails, OfferCardDetailsParams
from .offer_card_token_details import OfferCardTokenDetails, OfferCardTokenDetailsParams
from .offer_cardless_details import OfferCardlessDetails, OfferCardlessDetailsParams
from .offer_customer_details import OfferCustomerDetails, OfferCustomerDetailsParams
from .offer_discount import OfferDiscount, OfferDiscountParams
from .offer_discount_discount_deferred_duration_type import (
    OfferDiscountDiscountDeferredDurationType,
    OfferDiscountDiscountDeferredDurationTypeValue,
)
from .offer_discount_discount_type import OfferDiscountDiscountType, OfferDiscountDiscountTypeValue
from .offer_discovery_card import OfferDiscoveryCard, OfferDiscoveryCardParams
from .offer_discovery_card_token import OfferDiscoveryCardToken, OfferDiscoveryCardTokenParams
from .offer_discovery_downpayment import OfferDiscoveryDownpayment, OfferDiscoveryDownpaymentParams
from .offer_discovery_issuer import OfferDiscoveryIssuer, OfferDiscoveryIssuerParams
from .offer_discovery_payment_options import (
    OfferDiscoveryPaymentOptions,
    OfferDiscoveryPaymentOptionsParams,
)
from .offer_discovery_product import OfferDiscoveryProduct, OfferDiscoveryProductParams
from .offer_discovery_response import OfferDiscoveryResponse
from .offer_downpayment import OfferDownpayment, OfferDownpaymentParams
from .offer_emi_type import OfferEmiType, OfferEmiTypeValue
from .offer_issuer import OfferIssuer
from .offer_issuer_data import OfferIssuerData
from .offer_issuer_data_auth_type import OfferIssuerDataAuthType, OfferIssuerDataAuthTypeValue
from .offer_issuer_type import OfferIssuerType, OfferIssuerTypeValue
from .offer_parameter import OfferParameter, OfferParameterParams
from .offer_payment_method import OfferPaymentMethod, OfferPaymentMethodValue
from .offer_payment_option import OfferPaymentOption, OfferPaymentOptionParams
from .offer_processing_fee import OfferProcessingFee, OfferProcessingFeeParams
from .offer_product import OfferProduct, OfferProductParams
from .offer_program_type import OfferProgramType, OfferProgramTypeValue
from .offer_subvention import OfferSubvention, OfferSubventionParams
from .offer_subvention_subvention_type import (
    OfferSubventionSubventionType,
    OfferSubventionSubventionTypeValue,
)
from .offer_tenure import OfferTenure, OfferTenureParams
from .offer_tenure_product import OfferTenureProduct, OfferTenureProductParams
from .offer_tenure_tenure_type import OfferTenureTenureType, OfferTenureTenureTypeValue
from .order import Order
from .order_response import OrderResponse
from .order_split_detail import OrderSplitDetail, OrderSplitDetailParams
from .order_split_detail_request import OrderSplitDetailRequest, OrderSplitDetailRequestParams
from .order_split_detail_status import OrderSplitDetailStatus, OrderSplitDetailStatusValue
from .order_split_info import OrderSplitInfo, OrderSplitInfoParams
from .order_split_info_request import OrderSplitInfoRequest, OrderSplitInfoRequestParams
from .order_status import OrderStatus, OrderStatusValue
from .order_type import OrderType, OrderTypeValue
from .otp_error import OtpError
from .otp_meta_data import OtpMetaData
from .otp_next_action import OtpNextAction, OtpNextActionValue
from .otp_request import OtpRequest, OtpRequestParams
from .otp_response import OtpResponse
from .pay_by_points_card import PayByPointsCard, PayByPointsCardParams
from .payment import Payment
from .payment_additional_detail import PaymentAdditionalDetail
from .payment_bnpl_details import PaymentBnplDetails, PaymentBnplDetailsParams
from .payment_bnpl_details_bnpl_pay_code import (
    PaymentBnplDetailsBnplPayCode,
    PaymentBnplDetailsBnplPayCodeValue,
)
from .payment_card_category import PaymentCardCategory, PaymentCardCategoryValue
from .payment_card_type import PaymentCardType, PaymentCardTypeValue
from .payment_cardless_details import PaymentCardlessDetails, PaymentCardlessDetailsParams
from .payment_device_info import PaymentDeviceInfo, PaymentDeviceInfoParams
from .payment_device_info_operating_system import (
    PaymentDeviceInfoOperatingSystem,
    PaymentDeviceInfoOperatingSystemValue,
)
from .payment_link import PaymentLink
from .payment_link_account_details import PaymentLinkAccountDetails, PaymentLinkAccountDetailsParams
from .payment_link_bank_details import PaymentLinkBankDetails, PaymentLinkBankDetailsParams
from .payment_link_cart_details import PaymentLinkCartDetails, PaymentLinkCartDetailsParams
from .payment_link_customer import PaymentLinkCustomer, PaymentLinkCustomerParams
from .payment_link_product import PaymentLinkProduct, PaymentLinkProductParams
from .payment_link_split_detail import PaymentLinkSplitDetail, PaymentLinkSplitDetailParams
from .payment_link_split_detail_status import (
    PaymentLinkSplitDetailStatus,
    PaymentLinkSplitDetailStatusValue,
)
from .payment_link_split_info import PaymentLinkSplitInfo, PaymentLinkSplitInfoParams
from .payment_link_status import PaymentLinkStatus, PaymentLinkStatusValue
from .payment_mandate_info import PaymentMandateInfo, PaymentMandateInfoParams
from .payment_method import PaymentMethod, PaymentMethodValue
from .payment_offer_data import PaymentOfferData, PaymentOfferDataParams
from .payment_offer_details import PaymentOfferDetails, PaymentOfferDetailsParams
from .payment_option import PaymentOption, PaymentOptionParams
from .payment_option_data import PaymentOptionData
from .payment_points_card_details import PaymentPointsCardDetails, PaymentPointsCardDetailsParams
from .payment_request import PaymentRequest, PaymentRequestParams
from .payment_status import PaymentStatus, PaymentStatusValue
from .payment_token_txn_type import PaymentTokenTxnType, PaymentTokenTxnTypeValue
from .payout import Payout
from .payout_balance import PayoutBalance
from .payout_link import PayoutLink
from .payout_list import PayoutList
from .payout_mode import PayoutMode, PayoutModeValue
from .payout_status import PayoutStatus, PayoutStatusValue
from .plan import Plan
from .plan_frequency import PlanFrequency, PlanFrequencyValue
from .plan_list import PlanList
from .plan_status import PlanStatus, PlanStatusValue
from .points_balance import PointsBalance
from .points_balance_request import PointsBalanceRequest, PointsBalanceRequestParams
from .points_order_details import PointsOrderDetails, PointsOrderDetailsParams
from .points_payment_option import PointsPaymentOption, PointsPaymentOptionParams
from .presentation import Presentation
from .presentation_debit_request import PresentationDebitRequest, PresentationDebitRequestParams
from .presentation_debit_request_is_merchant_retry import (
    PresentationDebitRequestIsMerchantRetry,
    PresentationDebitRequestIsMerchantRetryValue,
)
from .presentation_list import PresentationList
from .presentation_notification import PresentationNotification
from .presentation_notification_request import (
    PresentationNotificationRequest,
    PresentationNotificationRequestParams,
)
from .presentation_notification_status import (
    PresentationNotificationStatus,
    PresentationNotificationStatusValue,
)
from .presentation_pdn_status import PresentationPdnStatus, PresentationPdnStatusValue
from .presentation_retry_request import PresentationRetryRequest, PresentationRetryRequestParams
from .presentation_status import PresentationStatus, PresentationStatusValue
from .purchase_details import PurchaseDetails, PurchaseDetailsParams
from .refund import Refund
from .refund_product import RefundProduct, RefundProductParams
from .refund_request import RefundRequest, RefundRequestParams
from .refund_split_detail_request import RefundSplitDetailRequest, RefundSplitDetailRequestParams
from .refund_split_detail_request_status import (
    RefundSplitDetailRequestStatus,
    RefundSplitDetailRequestStatusValue,
)
from .refund_split_info_request import RefundSplitInfoRequest, RefundSplitInfoRequestParams
from .refund_status import RefundStatus, RefundStatusValue
from .release_split_settlement_request import (
    ReleaseSplitSettlementRequest,
    ReleaseSplitSettlementRequestParams,
)
from .service_provider_token import ServiceProviderToken
from .service_provider_token_lookup import ServiceProviderTokenLookup
from .settlement_detail import SettlementDetail
from .settlement_list import SettlementList
from .settlement_pagination import SettlementPagination
from .settlement_summary import SettlementSummary
from .settlement_transaction import SettlementTransaction
from .submit_otp_request import SubmitOtpRequest, SubmitOtpRequestParams
from .subscription import Subscription
from .subscription_amount_range import SubscriptionAmountRange, SubscriptionAmountRangeValue
from .subscription_bank_account import SubscriptionBankAccount, SubscriptionBankAccountParams
from .subscription_integration_mode import (
    SubscriptionIntegrationMode,
    SubscriptionIntegrationModeValue,
)
from .subscription_list import SubscriptionList
from .subscription_page_info import SubscriptionPageInfo
from .subscription_page_link import SubscriptionPageLink
from .subscription_page_links import SubscriptionPageLinks
from .subscription_payment_method import SubscriptionPaymentMethod, SubscriptionPaymentMethodValue
from .subscription_payment_mode import SubscriptionPaymentMode, SubscriptionPaymentModeValue
from .subscription_status import SubscriptionStatus, SubscriptionStatusValue
from .token_card_data import TokenCardData
from .token_card_data_card_type import TokenCardDataCardType, TokenCardDataCardTypeValue
from .token_request import TokenRequest, TokenRequestParams
from .token_response import TokenResponse
from .token_transactional_data import TokenTransactionalData
from .update_customer_request import UpdateCustomerRequest, UpdateCustomerRequestParams
from .update_plan_request import UpdatePlanRequest, UpdatePlanRequestParams
from .update_scheduled_payout_request import (
    UpdateScheduledPayoutRequest,
    UpdateScheduledPayoutRequestParams,
)
from .update_subscription_request import UpdateSubscriptionRequest, UpdateSubscriptionRequestParams
from .upi_data import UpiData
from .upi_details import UpiDetails, UpiDetailsParams
from .upi_payer import UpiPayer, UpiPayerParams
from .upi_txn_mode import UpiTxnMode, UpiTxnModeValue
from .validate_offer_request import ValidateOfferRequest, ValidateOfferRequestParams

__all__ = (
    "AcquirerData",
    "AdditionalErrorDetails",
    "AdditionalErrorDetailsMetadata",
    "Address",
    "AddressAddressCategory",
    "AddressAddressCategoryValue",
    "AddressParams",
    "AffordabilityResult",
    "Amount",
    "AmountParams",
    "ApplePayAuthorizeRequest",
    "ApplePayAuthorizeRequestParams",
    "ApplePayCardDetails",
    "ApplePayCardDetailsParams",
    "ApplePayCardMetaData",
    "ApplePayCardMetaDataCardType",
    "ApplePayCardMetaDataCardTypeValue",
    "ApplePayCardMetaDataNetworkName",
    "ApplePayCardMetaDataNetworkNameValue",
    "ApplePayCardMetaDataParams",
    "AppliedPaymentOffer",
    "BnplCreditMetadata",
    "BnplEligibility",
    "BnplEligibilityRequest",
    "BnplEligibilityRequestParams",
    "BnplInstallment",
    "BnplPayCode",
    "BnplPayCodeValue",
    "BulkPayout",
    "CaptureData",
    "CaptureRequest",
    "CaptureRequestParams",
    "CardData",
    "CardDetails",
    "CardDetailsParams",
    "CardLookupItem",
    "CardLookupItemParams",
    "CardLookupReferenceType",
    "CardLookupReferenceTypeValue",
    "CardLookupResult",
    "CardToken",
    "CardTokenAcquirerData",
    "CardTokenAcquirerDataParams",
    "CardTokenDetails",
    "CardTokenDetailsParams",
    "CardTokenPayment",
    "CardTokenPaymentOption",
    "CardTokenPaymentOptionParams",
    "CardTokenPaymentParams",
    "CardTokenStatus",
    "CardTokenStatusValue",
    "CardlessOfferPaymentOption",
    "CardlessOfferPaymentOptionParams",
    "CartDetails",
    "CartDetailsParams",
    "CartItem",
    "CartItemParams",
    "Challan",
    "CheckoutIntegrationMode",
    "CheckoutIntegrationModeValue",
    "CheckoutLink",
    "CheckoutProduct",
    "CheckoutProductParams",
    "CheckoutPurchaseDetails",
    "CheckoutPurchaseDetailsParams",
    "ConvenienceFee",
    "ConvenienceFeeBreakdown",
    "ConvenienceFeeBreakdownParams",
    "ConvenienceFeeMethodMetadata",
    "ConvenienceFeeRequest",
    "ConvenienceFeeRequestParams",
    "ConvenienceFeeResponse",
    "CreateBulkPayoutRequest",
    "CreateChallanRequest",
    "CreateChallanRequestParams",
    "CreateCustomerRequest",
    "CreateCustomerRequestParams",
    "CreateOrderRequest",
    "CreateOrderRequestIsMccTransaction",
    "CreateOrderRequestIsMccTransactionValue",
    "CreateOrderRequestParams",
    "CreatePaymentLinkRequest",
    "CreatePaymentLinkRequestIsMccTransaction",
    "CreatePaymentLinkRequestIsMccTransactionValue",
    "CreatePaymentLinkRequestParams",
    "CreatePaymentLinkRequestPreAuth",
    "CreatePaymentLinkRequestPreAuthValue",
    "CreatePaymentRequest",
    "CreatePaymentRequestParams",
    "CreatePayoutRequest",
    "CreatePayoutRequestParams",
    "CreatePlanRequest",
    "CreatePlanRequestAutoDebitOt",
    "CreatePlanRequestAutoDebitOtValue",
    "CreatePlanRequestParams",
    "CreatePresentationRequest",
    "CreatePresentationRequestParams",
    "CreateSubscriptionRequest",
    "CreateSubscriptionRequestParams",
    "CreateSubscriptionResponse",
    "Cryptogram",
    "CurrencyConversion",
    "CurrencyConversionRequest",
    "CurrencyConversionRequestParams",
    "Customer",
    "CustomerParams",
    "CustomerProfile",
    "CustomerStatus",
    "CustomerStatusValue",
    "CustomerToken",
    "CustomerTokens",
    "DeleteCustomerTokenRequest",
    "DeleteCustomerTokenRequestParams",
    "DeletedToken",
    "DiscoverCardlessOffersRequest",
    "DiscoverCardlessOffersRequestParams",
    "DiscoverOffersRequest",
    "DiscoverOffersRequestParams",
    "DownpaymentDetails",
    "DownpaymentDetailsRequest",
    "DownpaymentDetailsRequestParams",
    "DownpaymentDetailsResponse",
    "DownpaymentIssuer",
    "DownpaymentIssuerParams",
    "DownpaymentRange",
    "Error",
    "ErrorDetail",
    "GenerateCardTokenRequest",
    "GenerateCardTokenRequestParams",
    "GenerateCardTokenRequestPaymentMethod",
    "GenerateCardTokenRequestPaymentMethodValue",
    "GenerateCheckoutLinkRequest",
    "GenerateCheckoutLinkRequestParams",
    "GenerateCryptogramRequest",
    "GenerateCryptogramRequestParams",
    "GetCardDetailsRequest",
    "GetCardDetailsRequestParams",
    "GetCardDetailsResponse",
    "GrantType",
    "GrantTypeValue",
    "ImeiProduct",
    "ImeiProductParams",
    "ImeiProductResult",
    "ImeiProductResultProductImeiStatus",
    "ImeiProductResultProductImeiStatusValue",
    "ImeiRequestType",
    "ImeiRequestTypeValue",
    "ImeiValidationRequest",
    "ImeiValidationRequestParams",
    "ImeiValidationResponse",
    "IntegrationMode",
    "IntegrationModeValue",
    "MerchantMetadata",
    "Money",
    "MoneyParams",
    "NetbankingData",
    "NetbankingDetails",
    "NetbankingDetailsParams",
    "NetbankingTxnMode",
    "NetbankingTxnModeValue",
    "OfferBreakup",
    "OfferBreakupParams",
    "OfferBreakupShare",
    "OfferBreakupShareParams",
    "OfferCardDetails",
    "OfferCardDetailsParams",
    "OfferCardTokenDetails",
    "OfferCardTokenDetailsParams",
    "OfferCardlessDetails",
    "OfferCardlessDetailsParams",
    "OfferCustomerDetails",
    "OfferCustomerDetailsParams",
    "OfferDiscount",
    "OfferDiscountDiscountDeferredDurationType",
    "OfferDiscountDiscountDeferredDurationTypeValue",
    "OfferDiscountDiscountType",
    "OfferDiscountDiscountTypeValue",
    "OfferDiscountParams",
    "OfferDiscoveryCard",
    "OfferDiscoveryCardParams",
    "OfferDiscoveryCardToken",
    "OfferDiscoveryCardTokenParams",
    "OfferDiscoveryDownpayment",
    "OfferDiscoveryDownpaymentParams",
    "OfferDiscoveryIssuer",
    "OfferDiscoveryIssuerParams",
    "OfferDiscoveryPaymentOptions",
    "OfferDiscoveryPaymentOptionsParams",
    "OfferDiscoveryProduct",
    "OfferDiscoveryProductParams",
    "OfferDiscoveryResponse",
    "OfferDownpayment",
    "OfferDownpaymentParams",
    "OfferEmiType",
    "OfferEmiTypeValue",
    "OfferIssuer",
    "OfferIssuerData",
    "OfferIssuerDataAuthType",
    "OfferIssuerDataAuthTypeValue",
    "OfferIssuerType",
    "OfferIssuerTypeValue",
    "OfferParameter",
    "OfferParameterParams",
    "OfferPaymentMethod",
    "OfferPaymentMethodValue",
    "OfferPaymentOption",
    "OfferPaymentOptionParams",
    "OfferProcessingFee",
    "OfferProcessingFeeParams",
    "OfferProduct",
    "OfferProductParams",
    "OfferProgramType",
    "OfferProgramTypeValue",
    "OfferSubvention",
    "OfferSubventionParams",
    "OfferSubventionSubventionType",
    "OfferSubventionSubventionTypeValue",
    "OfferTenure",
    "OfferTenureParams",
    "OfferTenureProduct",
    "OfferTenureProductParams",
    "OfferTenureTenureType",
    "OfferTenureTenureTypeValue",
    "Order",
    "OrderResponse",
    "OrderSplitDetail",
    "OrderSplitDetailParams",
    "OrderSplitDetailRequest",
    "OrderSplitDetailRequestParams",
    "OrderSplitDetailStatus",
    "OrderSplitDetailStatusValue",
    "OrderSplitInfo",
    "OrderSplitInfoParams",
    "OrderSplitInfoRequest",
    "OrderSplitInfoRequestParams",
    "OrderStatus",
    "OrderStatusValue",
    "OrderType",
    "OrderTypeValue",
    "OtpError",
    "OtpMetaData",
    "OtpNextAction",
    "OtpNextActionValue",
    "OtpRequest",
    "OtpRequestParams",
    "OtpResponse",
    "PayByPointsCard",
    "PayByPointsCardParams",
    "Payment",
    "PaymentAdditionalDetail",
    "PaymentBnplDetails",
    "PaymentBnplDetailsBnplPayCode",
    "PaymentBnplDetailsBnplPayCodeValue",
    "PaymentBnplDetailsParams",
    "PaymentCardCategory",
    "PaymentCardCategoryValue",
    "PaymentCardType",
    "PaymentCardTypeValue",
    "PaymentCardlessDetails",
    "PaymentCardlessDetailsParams",
    "PaymentDeviceInfo",
    "PaymentDeviceInfoOperatingSystem",
    "PaymentDeviceInfoOperatingSystemValue",
    "PaymentDeviceInfoParams",
    "PaymentLink",
    "PaymentLinkAccountDetails",
    "PaymentLinkAccountDetailsParams",
    "PaymentLinkBankDetails",
    "PaymentLinkBankDetailsParams",
    "PaymentLinkCartDetails",
    "PaymentLinkCartDetailsParams",
    "PaymentLinkCustomer",
    "PaymentLinkCustomerParams",
    "PaymentLinkProduct",
    "PaymentLinkProductParams",
    "PaymentLinkSplitDetail",
    "PaymentLinkSplitDetailParams",
    "PaymentLinkSplitDetailStatus",
    "PaymentLinkSplitDetailStatusValue",
    "PaymentLinkSplitInfo",
    "PaymentLinkSplitInfoParams",
    "PaymentLinkStatus",
    "PaymentLinkStatusValue",
    "PaymentMandateInfo",
    "PaymentMandateInfoParams",
    "PaymentMethod",
    "PaymentMethodValue",
    "PaymentOfferData",
    "PaymentOfferDataParams",
    "PaymentOfferDetails",
    "PaymentOfferDetailsParams",
    "PaymentOption",
    "PaymentOptionData",
    "PaymentOptionParams",
    "PaymentPointsCardDetails",
    "PaymentPointsCardDetailsParams",
    "PaymentRequest",
    "PaymentRequestParams",
    "PaymentStatus",
    "PaymentStatusValue",
    "PaymentTokenTxnType",
    "PaymentTokenTxnTypeValue",
    "Payout",
    "PayoutBalance",
    "PayoutLink",
    "PayoutList",
    "PayoutMode",
    "PayoutModeValue",
    "PayoutStatus",
    "PayoutStatusValue",
    "Plan",
    "PlanFrequency",
    "PlanFrequencyValue",
    "PlanList",
    "PlanStatus",
    "PlanStatusValue",
    "PointsBalance",
    "PointsBalanceRequest",
    "PointsBalanceRequestParams",
    "PointsOrderDetails",
    "PointsOrderDetailsParams",
    "PointsPaymentOption",
    "PointsPaymentOptionParams",
    "Presentation",
    "PresentationDebitRequest",
    "PresentationDebitRequestIsMerchantRetry",
    "PresentationDebitRequestIsMerchantRetryValue",
    "PresentationDebitRequestParams",
    "PresentationList",
    "PresentationNotification",
    "PresentationNotificationRequest",
    "PresentationNotificationRequestParams",
    "PresentationNotificationStatus",
    "PresentationNotificationStatusValue",
    "PresentationPdnStatus",
    "PresentationPdnStatusValue",
    "PresentationRetryRequest",
    "PresentationRetryRequestParams",
    "PresentationStatus",
    "PresentationStatusValue",
    "PurchaseDetails",
    "PurchaseDetailsParams",
    "Refund",
    "RefundProduct",
    "RefundProductParams",
    "RefundRequest",
    "RefundRequestParams",
    "RefundSplitDetailRequest",
    "RefundSplitDetailRequestParams",
    "RefundSplitDetailRequestStatus",
    "RefundSplitDetailRequestStatusValue",
    "RefundSplitInfoRequest",
    "RefundSplitInfoRequestParams",
    "RefundStatus",
    "RefundStatusValue",
    "ReleaseSplitSettlementRequest",
    "ReleaseSplitSettlementRequestParams",
    "ServiceProviderToken",
    "ServiceProviderTokenLookup",
    "SettlementDetail",
    "SettlementList",
    "SettlementPagination",
    "SettlementSummary",
    "SettlementTransaction",
    "SubmitOtpRequest",
    "SubmitOtpRequestParams",
    "Subscription",
    "SubscriptionAmountRange",
    "SubscriptionAmountRangeValue",
    "SubscriptionBankAccount",
    "SubscriptionBankAccountParams",
    "SubscriptionIntegrationMode",
    "SubscriptionIntegrationModeValue",
    "SubscriptionList",
    "SubscriptionPageInfo",
    "SubscriptionPageLink",
    "SubscriptionPageLinks",
    "SubscriptionPaymentMethod",
    "SubscriptionPaymentMethodValue",
    "SubscriptionPaymentMode",
    "SubscriptionPaymentModeValue",
    "SubscriptionStatus",
    "SubscriptionStatusValue",
    "TokenCardData",
    "TokenCardDataCardType",
    "TokenCardDataCardTypeValue",
    "TokenRequest",
    "TokenRequestParams",
    "TokenResponse",
    "TokenTransactionalData",
    "UpdateCustomerRequest",
    "UpdateCustomerRequestParams",
    "UpdatePlanRequest",
    "UpdatePlanRequestParams",
    "UpdateScheduledPayoutRequest",
    "UpdateScheduledPayoutRequestParams",
    "UpdateSubscriptionRequest",
    "UpdateSubscriptionRequestParams",
    "UpiData",
    "UpiDetails",
    "UpiDetailsParams",
    "UpiPayer",
    "UpiPayerParams",
    "UpiTxnMode",
    "UpiTxnModeValue",
    "ValidateOfferRequest",
    "ValidateOfferRequestParams",
)
