"""The models of requests and answers; the TypedDicts (``CreateOrderRequestParams``) the
resource methods take for a request's nested objects, and the literals of each enum's values
(``PaymentMethodValue``).

Each name is imported from its module the first time it is asked for (PEP 562): importing
every model at once costs more than all the rest of ``import plural_ext``, and a program
uses a few of them. ``from plural_client.models import Order`` works as before, and type
checkers and IDEs read the imports below.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acquirer_data import AcquirerData
    from .additional_error_details import AdditionalErrorDetails
    from .additional_error_details_metadata import AdditionalErrorDetailsMetadata
    from .address import Address, AddressParams
    from .address_address_category import AddressAddressCategory, AddressAddressCategoryValue
    from .affordability_result import AffordabilityResult
    from .amount import Amount, AmountParams
    from .apple_pay_authorize_request import (
        ApplePayAuthorizeRequest,
        ApplePayAuthorizeRequestParams,
    )
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
    from .create_payment_link_request import (
        CreatePaymentLinkRequest,
        CreatePaymentLinkRequestParams,
    )
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
    from .create_presentation_request import (
        CreatePresentationRequest,
        CreatePresentationRequestParams,
    )
    from .create_subscription_request import (
        CreateSubscriptionRequest,
        CreateSubscriptionRequestParams,
    )
    from .create_subscription_response import CreateSubscriptionResponse
    from .cryptogram import Cryptogram
    from .currency_conversion import CurrencyConversion
    from .currency_conversion_request import (
        CurrencyConversionRequest,
        CurrencyConversionRequestParams,
    )
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
    from .downpayment_details_request import (
        DownpaymentDetailsRequest,
        DownpaymentDetailsRequestParams,
    )
    from .downpayment_details_response import DownpaymentDetailsResponse
    from .downpayment_issuer import DownpaymentIssuer, DownpaymentIssuerParams
    from .downpayment_range import DownpaymentRange
    from .error import Error
    from .error_detail import ErrorDetail
    from .generate_card_token_request import (
        GenerateCardTokenRequest,
        GenerateCardTokenRequestParams,
    )
    from .generate_card_token_request_payment_method import (
        GenerateCardTokenRequestPaymentMethod,
        GenerateCardTokenRequestPaymentMethodValue,
    )
    from .generate_checkout_link_request import (
        GenerateCheckoutLinkRequest,
        GenerateCheckoutLinkRequestParams,
    )
    from .generate_cryptogram_request import (
        GenerateCryptogramRequest,
        GenerateCryptogramRequestParams,
    )
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
    from .offer_discount_discount_type import (
        OfferDiscountDiscountType,
        OfferDiscountDiscountTypeValue,
    )
    from .offer_discovery_card import OfferDiscoveryCard, OfferDiscoveryCardParams
    from .offer_discovery_card_token import OfferDiscoveryCardToken, OfferDiscoveryCardTokenParams
    from .offer_discovery_downpayment import (
        OfferDiscoveryDownpayment,
        OfferDiscoveryDownpaymentParams,
    )
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
    from .payment_link_account_details import (
        PaymentLinkAccountDetails,
        PaymentLinkAccountDetailsParams,
    )
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
    from .payment_points_card_details import (
        PaymentPointsCardDetails,
        PaymentPointsCardDetailsParams,
    )
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
    from .refund_split_detail_request import (
        RefundSplitDetailRequest,
        RefundSplitDetailRequestParams,
    )
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
    from .subscription_payment_method import (
        SubscriptionPaymentMethod,
        SubscriptionPaymentMethodValue,
    )
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
    from .update_subscription_request import (
        UpdateSubscriptionRequest,
        UpdateSubscriptionRequestParams,
    )
    from .upi_data import UpiData
    from .upi_details import UpiDetails, UpiDetailsParams
    from .upi_payer import UpiPayer, UpiPayerParams
    from .upi_txn_mode import UpiTxnMode, UpiTxnModeValue
    from .validate_offer_request import ValidateOfferRequest, ValidateOfferRequestParams

_MODULES = {
    "AcquirerData": ".acquirer_data",
    "AdditionalErrorDetails": ".additional_error_details",
    "AdditionalErrorDetailsMetadata": ".additional_error_details_metadata",
    "Address": ".address",
    "AddressParams": ".address",
    "AddressAddressCategory": ".address_address_category",
    "AddressAddressCategoryValue": ".address_address_category",
    "AffordabilityResult": ".affordability_result",
    "Amount": ".amount",
    "AmountParams": ".amount",
    "ApplePayAuthorizeRequest": ".apple_pay_authorize_request",
    "ApplePayAuthorizeRequestParams": ".apple_pay_authorize_request",
    "ApplePayCardDetails": ".apple_pay_card_details",
    "ApplePayCardDetailsParams": ".apple_pay_card_details",
    "ApplePayCardMetaData": ".apple_pay_card_meta_data",
    "ApplePayCardMetaDataParams": ".apple_pay_card_meta_data",
    "ApplePayCardMetaDataCardType": ".apple_pay_card_meta_data_card_type",
    "ApplePayCardMetaDataCardTypeValue": ".apple_pay_card_meta_data_card_type",
    "ApplePayCardMetaDataNetworkName": ".apple_pay_card_meta_data_network_name",
    "ApplePayCardMetaDataNetworkNameValue": ".apple_pay_card_meta_data_network_name",
    "AppliedPaymentOffer": ".applied_payment_offer",
    "BnplCreditMetadata": ".bnpl_credit_metadata",
    "BnplEligibility": ".bnpl_eligibility",
    "BnplEligibilityRequest": ".bnpl_eligibility_request",
    "BnplEligibilityRequestParams": ".bnpl_eligibility_request",
    "BnplInstallment": ".bnpl_installment",
    "BnplPayCode": ".bnpl_pay_code",
    "BnplPayCodeValue": ".bnpl_pay_code",
    "BulkPayout": ".bulk_payout",
    "CaptureData": ".capture_data",
    "CaptureRequest": ".capture_request",
    "CaptureRequestParams": ".capture_request",
    "CardData": ".card_data",
    "CardDetails": ".card_details",
    "CardDetailsParams": ".card_details",
    "CardLookupItem": ".card_lookup_item",
    "CardLookupItemParams": ".card_lookup_item",
    "CardLookupReferenceType": ".card_lookup_reference_type",
    "CardLookupReferenceTypeValue": ".card_lookup_reference_type",
    "CardLookupResult": ".card_lookup_result",
    "CardToken": ".card_token",
    "CardTokenAcquirerData": ".card_token_acquirer_data",
    "CardTokenAcquirerDataParams": ".card_token_acquirer_data",
    "CardTokenDetails": ".card_token_details",
    "CardTokenDetailsParams": ".card_token_details",
    "CardTokenPayment": ".card_token_payment",
    "CardTokenPaymentParams": ".card_token_payment",
    "CardTokenPaymentOption": ".card_token_payment_option",
    "CardTokenPaymentOptionParams": ".card_token_payment_option",
    "CardTokenStatus": ".card_token_status",
    "CardTokenStatusValue": ".card_token_status",
    "CardlessOfferPaymentOption": ".cardless_offer_payment_option",
    "CardlessOfferPaymentOptionParams": ".cardless_offer_payment_option",
    "CartDetails": ".cart_details",
    "CartDetailsParams": ".cart_details",
    "CartItem": ".cart_item",
    "CartItemParams": ".cart_item",
    "Challan": ".challan",
    "CheckoutIntegrationMode": ".checkout_integration_mode",
    "CheckoutIntegrationModeValue": ".checkout_integration_mode",
    "CheckoutLink": ".checkout_link",
    "CheckoutProduct": ".checkout_product",
    "CheckoutProductParams": ".checkout_product",
    "CheckoutPurchaseDetails": ".checkout_purchase_details",
    "CheckoutPurchaseDetailsParams": ".checkout_purchase_details",
    "ConvenienceFee": ".convenience_fee",
    "ConvenienceFeeBreakdown": ".convenience_fee_breakdown",
    "ConvenienceFeeBreakdownParams": ".convenience_fee_breakdown",
    "ConvenienceFeeMethodMetadata": ".convenience_fee_method_metadata",
    "ConvenienceFeeRequest": ".convenience_fee_request",
    "ConvenienceFeeRequestParams": ".convenience_fee_request",
    "ConvenienceFeeResponse": ".convenience_fee_response",
    "CreateBulkPayoutRequest": ".create_bulk_payout_request",
    "CreateChallanRequest": ".create_challan_request",
    "CreateChallanRequestParams": ".create_challan_request",
    "CreateCustomerRequest": ".create_customer_request",
    "CreateCustomerRequestParams": ".create_customer_request",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderRequestParams": ".create_order_request",
    "CreateOrderRequestIsMccTransaction": ".create_order_request_is_mcc_transaction",
    "CreateOrderRequestIsMccTransactionValue": ".create_order_request_is_mcc_transaction",
    "CreatePaymentLinkRequest": ".create_payment_link_request",
    "CreatePaymentLinkRequestParams": ".create_payment_link_request",
    "CreatePaymentLinkRequestIsMccTransaction": ".create_payment_link_request_is_mcc_transaction",
    "CreatePaymentLinkRequestIsMccTransactionValue": ".create_payment_link_request_is_mcc_transaction",
    "CreatePaymentLinkRequestPreAuth": ".create_payment_link_request_pre_auth",
    "CreatePaymentLinkRequestPreAuthValue": ".create_payment_link_request_pre_auth",
    "CreatePaymentRequest": ".create_payment_request",
    "CreatePaymentRequestParams": ".create_payment_request",
    "CreatePayoutRequest": ".create_payout_request",
    "CreatePayoutRequestParams": ".create_payout_request",
    "CreatePlanRequest": ".create_plan_request",
    "CreatePlanRequestParams": ".create_plan_request",
    "CreatePlanRequestAutoDebitOt": ".create_plan_request_auto_debit_ot",
    "CreatePlanRequestAutoDebitOtValue": ".create_plan_request_auto_debit_ot",
    "CreatePresentationRequest": ".create_presentation_request",
    "CreatePresentationRequestParams": ".create_presentation_request",
    "CreateSubscriptionRequest": ".create_subscription_request",
    "CreateSubscriptionRequestParams": ".create_subscription_request",
    "CreateSubscriptionResponse": ".create_subscription_response",
    "Cryptogram": ".cryptogram",
    "CurrencyConversion": ".currency_conversion",
    "CurrencyConversionRequest": ".currency_conversion_request",
    "CurrencyConversionRequestParams": ".currency_conversion_request",
    "Customer": ".customer",
    "CustomerParams": ".customer",
    "CustomerProfile": ".customer_profile",
    "CustomerStatus": ".customer_status",
    "CustomerStatusValue": ".customer_status",
    "CustomerToken": ".customer_token",
    "CustomerTokens": ".customer_tokens",
    "DeleteCustomerTokenRequest": ".delete_customer_token_request",
    "DeleteCustomerTokenRequestParams": ".delete_customer_token_request",
    "DeletedToken": ".deleted_token",
    "DiscoverCardlessOffersRequest": ".discover_cardless_offers_request",
    "DiscoverCardlessOffersRequestParams": ".discover_cardless_offers_request",
    "DiscoverOffersRequest": ".discover_offers_request",
    "DiscoverOffersRequestParams": ".discover_offers_request",
    "DownpaymentDetails": ".downpayment_details",
    "DownpaymentDetailsRequest": ".downpayment_details_request",
    "DownpaymentDetailsRequestParams": ".downpayment_details_request",
    "DownpaymentDetailsResponse": ".downpayment_details_response",
    "DownpaymentIssuer": ".downpayment_issuer",
    "DownpaymentIssuerParams": ".downpayment_issuer",
    "DownpaymentRange": ".downpayment_range",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "GenerateCardTokenRequest": ".generate_card_token_request",
    "GenerateCardTokenRequestParams": ".generate_card_token_request",
    "GenerateCardTokenRequestPaymentMethod": ".generate_card_token_request_payment_method",
    "GenerateCardTokenRequestPaymentMethodValue": ".generate_card_token_request_payment_method",
    "GenerateCheckoutLinkRequest": ".generate_checkout_link_request",
    "GenerateCheckoutLinkRequestParams": ".generate_checkout_link_request",
    "GenerateCryptogramRequest": ".generate_cryptogram_request",
    "GenerateCryptogramRequestParams": ".generate_cryptogram_request",
    "GetCardDetailsRequest": ".get_card_details_request",
    "GetCardDetailsRequestParams": ".get_card_details_request",
    "GetCardDetailsResponse": ".get_card_details_response",
    "GrantType": ".grant_type",
    "GrantTypeValue": ".grant_type",
    "ImeiProduct": ".imei_product",
    "ImeiProductParams": ".imei_product",
    "ImeiProductResult": ".imei_product_result",
    "ImeiProductResultProductImeiStatus": ".imei_product_result_product_imei_status",
    "ImeiProductResultProductImeiStatusValue": ".imei_product_result_product_imei_status",
    "ImeiRequestType": ".imei_request_type",
    "ImeiRequestTypeValue": ".imei_request_type",
    "ImeiValidationRequest": ".imei_validation_request",
    "ImeiValidationRequestParams": ".imei_validation_request",
    "ImeiValidationResponse": ".imei_validation_response",
    "IntegrationMode": ".integration_mode",
    "IntegrationModeValue": ".integration_mode",
    "MerchantMetadata": ".merchant_metadata",
    "Money": ".money",
    "MoneyParams": ".money",
    "NetbankingData": ".netbanking_data",
    "NetbankingDetails": ".netbanking_details",
    "NetbankingDetailsParams": ".netbanking_details",
    "NetbankingTxnMode": ".netbanking_txn_mode",
    "NetbankingTxnModeValue": ".netbanking_txn_mode",
    "OfferBreakup": ".offer_breakup",
    "OfferBreakupParams": ".offer_breakup",
    "OfferBreakupShare": ".offer_breakup_share",
    "OfferBreakupShareParams": ".offer_breakup_share",
    "OfferCardDetails": ".offer_card_details",
    "OfferCardDetailsParams": ".offer_card_details",
    "OfferCardTokenDetails": ".offer_card_token_details",
    "OfferCardTokenDetailsParams": ".offer_card_token_details",
    "OfferCardlessDetails": ".offer_cardless_details",
    "OfferCardlessDetailsParams": ".offer_cardless_details",
    "OfferCustomerDetails": ".offer_customer_details",
    "OfferCustomerDetailsParams": ".offer_customer_details",
    "OfferDiscount": ".offer_discount",
    "OfferDiscountParams": ".offer_discount",
    "OfferDiscountDiscountDeferredDurationType": ".offer_discount_discount_deferred_duration_type",
    "OfferDiscountDiscountDeferredDurationTypeValue": ".offer_discount_discount_deferred_duration_type",
    "OfferDiscountDiscountType": ".offer_discount_discount_type",
    "OfferDiscountDiscountTypeValue": ".offer_discount_discount_type",
    "OfferDiscoveryCard": ".offer_discovery_card",
    "OfferDiscoveryCardParams": ".offer_discovery_card",
    "OfferDiscoveryCardToken": ".offer_discovery_card_token",
    "OfferDiscoveryCardTokenParams": ".offer_discovery_card_token",
    "OfferDiscoveryDownpayment": ".offer_discovery_downpayment",
    "OfferDiscoveryDownpaymentParams": ".offer_discovery_downpayment",
    "OfferDiscoveryIssuer": ".offer_discovery_issuer",
    "OfferDiscoveryIssuerParams": ".offer_discovery_issuer",
    "OfferDiscoveryPaymentOptions": ".offer_discovery_payment_options",
    "OfferDiscoveryPaymentOptionsParams": ".offer_discovery_payment_options",
    "OfferDiscoveryProduct": ".offer_discovery_product",
    "OfferDiscoveryProductParams": ".offer_discovery_product",
    "OfferDiscoveryResponse": ".offer_discovery_response",
    "OfferDownpayment": ".offer_downpayment",
    "OfferDownpaymentParams": ".offer_downpayment",
    "OfferEmiType": ".offer_emi_type",
    "OfferEmiTypeValue": ".offer_emi_type",
    "OfferIssuer": ".offer_issuer",
    "OfferIssuerData": ".offer_issuer_data",
    "OfferIssuerDataAuthType": ".offer_issuer_data_auth_type",
    "OfferIssuerDataAuthTypeValue": ".offer_issuer_data_auth_type",
    "OfferIssuerType": ".offer_issuer_type",
    "OfferIssuerTypeValue": ".offer_issuer_type",
    "OfferParameter": ".offer_parameter",
    "OfferParameterParams": ".offer_parameter",
    "OfferPaymentMethod": ".offer_payment_method",
    "OfferPaymentMethodValue": ".offer_payment_method",
    "OfferPaymentOption": ".offer_payment_option",
    "OfferPaymentOptionParams": ".offer_payment_option",
    "OfferProcessingFee": ".offer_processing_fee",
    "OfferProcessingFeeParams": ".offer_processing_fee",
    "OfferProduct": ".offer_product",
    "OfferProductParams": ".offer_product",
    "OfferProgramType": ".offer_program_type",
    "OfferProgramTypeValue": ".offer_program_type",
    "OfferSubvention": ".offer_subvention",
    "OfferSubventionParams": ".offer_subvention",
    "OfferSubventionSubventionType": ".offer_subvention_subvention_type",
    "OfferSubventionSubventionTypeValue": ".offer_subvention_subvention_type",
    "OfferTenure": ".offer_tenure",
    "OfferTenureParams": ".offer_tenure",
    "OfferTenureProduct": ".offer_tenure_product",
    "OfferTenureProductParams": ".offer_tenure_product",
    "OfferTenureTenureType": ".offer_tenure_tenure_type",
    "OfferTenureTenureTypeValue": ".offer_tenure_tenure_type",
    "Order": ".order",
    "OrderResponse": ".order_response",
    "OrderSplitDetail": ".order_split_detail",
    "OrderSplitDetailParams": ".order_split_detail",
    "OrderSplitDetailRequest": ".order_split_detail_request",
    "OrderSplitDetailRequestParams": ".order_split_detail_request",
    "OrderSplitDetailStatus": ".order_split_detail_status",
    "OrderSplitDetailStatusValue": ".order_split_detail_status",
    "OrderSplitInfo": ".order_split_info",
    "OrderSplitInfoParams": ".order_split_info",
    "OrderSplitInfoRequest": ".order_split_info_request",
    "OrderSplitInfoRequestParams": ".order_split_info_request",
    "OrderStatus": ".order_status",
    "OrderStatusValue": ".order_status",
    "OrderType": ".order_type",
    "OrderTypeValue": ".order_type",
    "OtpError": ".otp_error",
    "OtpMetaData": ".otp_meta_data",
    "OtpNextAction": ".otp_next_action",
    "OtpNextActionValue": ".otp_next_action",
    "OtpRequest": ".otp_request",
    "OtpRequestParams": ".otp_request",
    "OtpResponse": ".otp_response",
    "PayByPointsCard": ".pay_by_points_card",
    "PayByPointsCardParams": ".pay_by_points_card",
    "Payment": ".payment",
    "PaymentAdditionalDetail": ".payment_additional_detail",
    "PaymentBnplDetails": ".payment_bnpl_details",
    "PaymentBnplDetailsParams": ".payment_bnpl_details",
    "PaymentBnplDetailsBnplPayCode": ".payment_bnpl_details_bnpl_pay_code",
    "PaymentBnplDetailsBnplPayCodeValue": ".payment_bnpl_details_bnpl_pay_code",
    "PaymentCardCategory": ".payment_card_category",
    "PaymentCardCategoryValue": ".payment_card_category",
    "PaymentCardType": ".payment_card_type",
    "PaymentCardTypeValue": ".payment_card_type",
    "PaymentCardlessDetails": ".payment_cardless_details",
    "PaymentCardlessDetailsParams": ".payment_cardless_details",
    "PaymentDeviceInfo": ".payment_device_info",
    "PaymentDeviceInfoParams": ".payment_device_info",
    "PaymentDeviceInfoOperatingSystem": ".payment_device_info_operating_system",
    "PaymentDeviceInfoOperatingSystemValue": ".payment_device_info_operating_system",
    "PaymentLink": ".payment_link",
    "PaymentLinkAccountDetails": ".payment_link_account_details",
    "PaymentLinkAccountDetailsParams": ".payment_link_account_details",
    "PaymentLinkBankDetails": ".payment_link_bank_details",
    "PaymentLinkBankDetailsParams": ".payment_link_bank_details",
    "PaymentLinkCartDetails": ".payment_link_cart_details",
    "PaymentLinkCartDetailsParams": ".payment_link_cart_details",
    "PaymentLinkCustomer": ".payment_link_customer",
    "PaymentLinkCustomerParams": ".payment_link_customer",
    "PaymentLinkProduct": ".payment_link_product",
    "PaymentLinkProductParams": ".payment_link_product",
    "PaymentLinkSplitDetail": ".payment_link_split_detail",
    "PaymentLinkSplitDetailParams": ".payment_link_split_detail",
    "PaymentLinkSplitDetailStatus": ".payment_link_split_detail_status",
    "PaymentLinkSplitDetailStatusValue": ".payment_link_split_detail_status",
    "PaymentLinkSplitInfo": ".payment_link_split_info",
    "PaymentLinkSplitInfoParams": ".payment_link_split_info",
    "PaymentLinkStatus": ".payment_link_status",
    "PaymentLinkStatusValue": ".payment_link_status",
    "PaymentMandateInfo": ".payment_mandate_info",
    "PaymentMandateInfoParams": ".payment_mandate_info",
    "PaymentMethod": ".payment_method",
    "PaymentMethodValue": ".payment_method",
    "PaymentOfferData": ".payment_offer_data",
    "PaymentOfferDataParams": ".payment_offer_data",
    "PaymentOfferDetails": ".payment_offer_details",
    "PaymentOfferDetailsParams": ".payment_offer_details",
    "PaymentOption": ".payment_option",
    "PaymentOptionParams": ".payment_option",
    "PaymentOptionData": ".payment_option_data",
    "PaymentPointsCardDetails": ".payment_points_card_details",
    "PaymentPointsCardDetailsParams": ".payment_points_card_details",
    "PaymentRequest": ".payment_request",
    "PaymentRequestParams": ".payment_request",
    "PaymentStatus": ".payment_status",
    "PaymentStatusValue": ".payment_status",
    "PaymentTokenTxnType": ".payment_token_txn_type",
    "PaymentTokenTxnTypeValue": ".payment_token_txn_type",
    "Payout": ".payout",
    "PayoutBalance": ".payout_balance",
    "PayoutLink": ".payout_link",
    "PayoutList": ".payout_list",
    "PayoutMode": ".payout_mode",
    "PayoutModeValue": ".payout_mode",
    "PayoutStatus": ".payout_status",
    "PayoutStatusValue": ".payout_status",
    "Plan": ".plan",
    "PlanFrequency": ".plan_frequency",
    "PlanFrequencyValue": ".plan_frequency",
    "PlanList": ".plan_list",
    "PlanStatus": ".plan_status",
    "PlanStatusValue": ".plan_status",
    "PointsBalance": ".points_balance",
    "PointsBalanceRequest": ".points_balance_request",
    "PointsBalanceRequestParams": ".points_balance_request",
    "PointsOrderDetails": ".points_order_details",
    "PointsOrderDetailsParams": ".points_order_details",
    "PointsPaymentOption": ".points_payment_option",
    "PointsPaymentOptionParams": ".points_payment_option",
    "Presentation": ".presentation",
    "PresentationDebitRequest": ".presentation_debit_request",
    "PresentationDebitRequestParams": ".presentation_debit_request",
    "PresentationDebitRequestIsMerchantRetry": ".presentation_debit_request_is_merchant_retry",
    "PresentationDebitRequestIsMerchantRetryValue": ".presentation_debit_request_is_merchant_retry",
    "PresentationList": ".presentation_list",
    "PresentationNotification": ".presentation_notification",
    "PresentationNotificationRequest": ".presentation_notification_request",
    "PresentationNotificationRequestParams": ".presentation_notification_request",
    "PresentationNotificationStatus": ".presentation_notification_status",
    "PresentationNotificationStatusValue": ".presentation_notification_status",
    "PresentationPdnStatus": ".presentation_pdn_status",
    "PresentationPdnStatusValue": ".presentation_pdn_status",
    "PresentationRetryRequest": ".presentation_retry_request",
    "PresentationRetryRequestParams": ".presentation_retry_request",
    "PresentationStatus": ".presentation_status",
    "PresentationStatusValue": ".presentation_status",
    "PurchaseDetails": ".purchase_details",
    "PurchaseDetailsParams": ".purchase_details",
    "Refund": ".refund",
    "RefundProduct": ".refund_product",
    "RefundProductParams": ".refund_product",
    "RefundRequest": ".refund_request",
    "RefundRequestParams": ".refund_request",
    "RefundSplitDetailRequest": ".refund_split_detail_request",
    "RefundSplitDetailRequestParams": ".refund_split_detail_request",
    "RefundSplitDetailRequestStatus": ".refund_split_detail_request_status",
    "RefundSplitDetailRequestStatusValue": ".refund_split_detail_request_status",
    "RefundSplitInfoRequest": ".refund_split_info_request",
    "RefundSplitInfoRequestParams": ".refund_split_info_request",
    "RefundStatus": ".refund_status",
    "RefundStatusValue": ".refund_status",
    "ReleaseSplitSettlementRequest": ".release_split_settlement_request",
    "ReleaseSplitSettlementRequestParams": ".release_split_settlement_request",
    "ServiceProviderToken": ".service_provider_token",
    "ServiceProviderTokenLookup": ".service_provider_token_lookup",
    "SettlementDetail": ".settlement_detail",
    "SettlementList": ".settlement_list",
    "SettlementPagination": ".settlement_pagination",
    "SettlementSummary": ".settlement_summary",
    "SettlementTransaction": ".settlement_transaction",
    "SubmitOtpRequest": ".submit_otp_request",
    "SubmitOtpRequestParams": ".submit_otp_request",
    "Subscription": ".subscription",
    "SubscriptionAmountRange": ".subscription_amount_range",
    "SubscriptionAmountRangeValue": ".subscription_amount_range",
    "SubscriptionBankAccount": ".subscription_bank_account",
    "SubscriptionBankAccountParams": ".subscription_bank_account",
    "SubscriptionIntegrationMode": ".subscription_integration_mode",
    "SubscriptionIntegrationModeValue": ".subscription_integration_mode",
    "SubscriptionList": ".subscription_list",
    "SubscriptionPageInfo": ".subscription_page_info",
    "SubscriptionPageLink": ".subscription_page_link",
    "SubscriptionPageLinks": ".subscription_page_links",
    "SubscriptionPaymentMethod": ".subscription_payment_method",
    "SubscriptionPaymentMethodValue": ".subscription_payment_method",
    "SubscriptionPaymentMode": ".subscription_payment_mode",
    "SubscriptionPaymentModeValue": ".subscription_payment_mode",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionStatusValue": ".subscription_status",
    "TokenCardData": ".token_card_data",
    "TokenCardDataCardType": ".token_card_data_card_type",
    "TokenCardDataCardTypeValue": ".token_card_data_card_type",
    "TokenRequest": ".token_request",
    "TokenRequestParams": ".token_request",
    "TokenResponse": ".token_response",
    "TokenTransactionalData": ".token_transactional_data",
    "UpdateCustomerRequest": ".update_customer_request",
    "UpdateCustomerRequestParams": ".update_customer_request",
    "UpdatePlanRequest": ".update_plan_request",
    "UpdatePlanRequestParams": ".update_plan_request",
    "UpdateScheduledPayoutRequest": ".update_scheduled_payout_request",
    "UpdateScheduledPayoutRequestParams": ".update_scheduled_payout_request",
    "UpdateSubscriptionRequest": ".update_subscription_request",
    "UpdateSubscriptionRequestParams": ".update_subscription_request",
    "UpiData": ".upi_data",
    "UpiDetails": ".upi_details",
    "UpiDetailsParams": ".upi_details",
    "UpiPayer": ".upi_payer",
    "UpiPayerParams": ".upi_payer",
    "UpiTxnMode": ".upi_txn_mode",
    "UpiTxnModeValue": ".upi_txn_mode",
    "ValidateOfferRequest": ".validate_offer_request",
    "ValidateOfferRequestParams": ".validate_offer_request",
}
"""The module of each name, relative to this package."""

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

if not TYPE_CHECKING:  # type checkers read the imports above, and flag a name not among them

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is not None:
            value = getattr(importlib.import_module(module, __name__), name)
            globals()[name] = value  # found as a plain attribute from now on
            return value
        if f".{name}" in _MODULES.values():  # a module itself: plural_client.models.order
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
