"""The affordability operations, as functions (one module each) and as a resource of ``Plural``
(``plural.affordability``): one method per operation, returning what the operation answers."""

import datetime
import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.affordability_result import AffordabilityResult
    from ...models.amount import Amount, AmountParams
    from ...models.cardless_offer_payment_option import (
        CardlessOfferPaymentOption,
        CardlessOfferPaymentOptionParams,
    )
    from ...models.discover_cardless_offers_request import DiscoverCardlessOffersRequest
    from ...models.discover_offers_request import DiscoverOffersRequest
    from ...models.downpayment_details_request import DownpaymentDetailsRequest
    from ...models.downpayment_details_response import DownpaymentDetailsResponse
    from ...models.downpayment_issuer import DownpaymentIssuer, DownpaymentIssuerParams
    from ...models.error import Error
    from ...models.imei_product import ImeiProduct, ImeiProductParams
    from ...models.imei_request_type import ImeiRequestType, ImeiRequestTypeValue
    from ...models.imei_validation_request import ImeiValidationRequest
    from ...models.imei_validation_response import ImeiValidationResponse
    from ...models.money import Money, MoneyParams
    from ...models.offer_customer_details import OfferCustomerDetails, OfferCustomerDetailsParams
    from ...models.offer_discovery_downpayment import (
        OfferDiscoveryDownpayment,
        OfferDiscoveryDownpaymentParams,
    )
    from ...models.offer_discovery_issuer import OfferDiscoveryIssuer, OfferDiscoveryIssuerParams
    from ...models.offer_discovery_payment_options import (
        OfferDiscoveryPaymentOptions,
        OfferDiscoveryPaymentOptionsParams,
    )
    from ...models.offer_discovery_product import OfferDiscoveryProduct, OfferDiscoveryProductParams
    from ...models.offer_discovery_response import OfferDiscoveryResponse
    from ...models.offer_payment_method import OfferPaymentMethod, OfferPaymentMethodValue
    from ...models.offer_payment_option import OfferPaymentOption, OfferPaymentOptionParams
    from ...models.offer_product import OfferProduct, OfferProductParams
    from ...models.payment_offer_data import PaymentOfferData, PaymentOfferDataParams
    from ...models.validate_offer_request import ValidateOfferRequest
    from . import discover_cardless_offers as _discover_cardless_offers
    from . import discover_offers as _discover_offers
    from . import get_down_payment_details as _get_down_payment_details
    from . import validate_imei as _validate_imei
    from . import validate_offer as _validate_offer
else:
    _discover_offers = _types.Deferred(globals(), "_discover_offers", ".discover_offers")
    _discover_cardless_offers = _types.Deferred(
        globals(), "_discover_cardless_offers", ".discover_cardless_offers"
    )
    _validate_offer = _types.Deferred(globals(), "_validate_offer", ".validate_offer")
    _get_down_payment_details = _types.Deferred(
        globals(), "_get_down_payment_details", ".get_down_payment_details"
    )
    _validate_imei = _types.Deferred(globals(), "_validate_imei", ".validate_imei")
    DiscoverOffersRequest = _types.Deferred(
        globals(),
        "DiscoverOffersRequest",
        "...models.discover_offers_request",
        "DiscoverOffersRequest",
    )
    DiscoverCardlessOffersRequest = _types.Deferred(
        globals(),
        "DiscoverCardlessOffersRequest",
        "...models.discover_cardless_offers_request",
        "DiscoverCardlessOffersRequest",
    )
    ValidateOfferRequest = _types.Deferred(
        globals(),
        "ValidateOfferRequest",
        "...models.validate_offer_request",
        "ValidateOfferRequest",
    )
    DownpaymentDetailsRequest = _types.Deferred(
        globals(),
        "DownpaymentDetailsRequest",
        "...models.downpayment_details_request",
        "DownpaymentDetailsRequest",
    )
    ImeiValidationRequest = _types.Deferred(
        globals(),
        "ImeiValidationRequest",
        "...models.imei_validation_request",
        "ImeiValidationRequest",
    )

    def __getattr__(name: str) -> Any:
        """An operation's module as an attribute of its family (``orders.get_order``), imported
        at its first use as ``from plural_client.api.orders import get_order`` imports it."""
        if name in (
            "discover_offers",
            "discover_cardless_offers",
            "validate_offer",
            "get_down_payment_details",
            "validate_imei",
        ):
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Affordability:
    """``plural.affordability``: the affordability operations on one client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def discover_offers(
        self,
        *,
        order_amount: "AmountParams | Amount",
        product_details: "Sequence[OfferDiscoveryProductParams | OfferDiscoveryProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        issuer: "OfferDiscoveryIssuerParams | OfferDiscoveryIssuer | Unset" = UNSET,
        downpayment_details: "OfferDiscoveryDownpaymentParams | OfferDiscoveryDownpayment | Unset" = UNSET,
        payment_options: "OfferDiscoveryPaymentOptionsParams | OfferDiscoveryPaymentOptions | Unset" = UNSET,
        customer_details: "OfferCustomerDetailsParams | OfferCustomerDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OfferDiscoveryResponse":
        """Discover EMI offers for a cart or card: ``discover_offers``.

        The body's fields are keyword arguments (``DiscoverOffersRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DiscoverOffersRequest.from_dict(
            _types.given(
                {
                    "order_amount": order_amount,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                    "issuer": issuer,
                    "downpayment_details": downpayment_details,
                    "payment_options": payment_options,
                    "customer_details": customer_details,
                }
            )
        )

        return _discover_offers.unwrap(
            _discover_offers.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def discover_cardless_offers(
        self,
        *,
        order_amount: "AmountParams | Amount",
        payment_option: "CardlessOfferPaymentOptionParams | CardlessOfferPaymentOption",
        product_details: "Sequence[OfferProductParams | OfferProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OfferDiscoveryResponse":
        """Discover cardless EMI offers: ``discover_cardless_offers``.

        The body's fields are keyword arguments (``DiscoverCardlessOffersRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DiscoverCardlessOffersRequest.from_dict(
            _types.given(
                {
                    "order_amount": order_amount,
                    "payment_option": payment_option,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                }
            )
        )

        return _discover_cardless_offers.unwrap(
            _discover_cardless_offers.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def validate_offer(
        self,
        *,
        payment_method: "OfferPaymentMethodValue | OfferPaymentMethod",
        order_amount: "AmountParams | Amount",
        payment_amount: "AmountParams | Amount",
        payment_option: "OfferPaymentOptionParams | OfferPaymentOption",
        offer_data: "PaymentOfferDataParams | PaymentOfferData",
        customer_details: "OfferCustomerDetailsParams | OfferCustomerDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "AffordabilityResult":
        """Validate the chosen EMI offer: ``validate_offer``.

        The body's fields are keyword arguments (``ValidateOfferRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ValidateOfferRequest.from_dict(
            _types.given(
                {
                    "payment_method": payment_method,
                    "order_amount": order_amount,
                    "payment_amount": payment_amount,
                    "payment_option": payment_option,
                    "offer_data": offer_data,
                    "customer_details": customer_details,
                }
            )
        )

        return _validate_offer.unwrap(
            _validate_offer.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def get_down_payment_details(
        self,
        *,
        order_amount: "AmountParams | Amount",
        product_details: "Sequence[OfferProductParams | OfferProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        issuer: "DownpaymentIssuerParams | DownpaymentIssuer | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "DownpaymentDetailsResponse":
        """Get the allowed down payment range: ``get_down_payment_details``.

        The body's fields are keyword arguments (``DownpaymentDetailsRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DownpaymentDetailsRequest.from_dict(
            _types.given(
                {
                    "order_amount": order_amount,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                    "issuer": issuer,
                }
            )
        )

        return _get_down_payment_details.unwrap(
            _get_down_payment_details.sync_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    def validate_imei(
        self,
        order_id: str,
        *,
        merchant_product_imei_reference: str,
        request_type: "ImeiRequestTypeValue | ImeiRequestType",
        products: "Sequence[ImeiProductParams | ImeiProduct]",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "ImeiValidationResponse":
        """Block or unblock product IMEIs of a brand EMI order: ``validate_imei``.

        The body's fields are keyword arguments (``ImeiValidationRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ImeiValidationRequest.from_dict(
            _types.given(
                {
                    "merchant_product_imei_reference": merchant_product_imei_reference,
                    "request_type": request_type,
                    "products": products,
                }
            )
        )

        return _validate_imei.unwrap(
            _validate_imei.sync_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AsyncAffordability:
    """``plural.affordability`` of ``AsyncPlural``: the same methods, awaited."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def discover_offers(
        self,
        *,
        order_amount: "AmountParams | Amount",
        product_details: "Sequence[OfferDiscoveryProductParams | OfferDiscoveryProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        issuer: "OfferDiscoveryIssuerParams | OfferDiscoveryIssuer | Unset" = UNSET,
        downpayment_details: "OfferDiscoveryDownpaymentParams | OfferDiscoveryDownpayment | Unset" = UNSET,
        payment_options: "OfferDiscoveryPaymentOptionsParams | OfferDiscoveryPaymentOptions | Unset" = UNSET,
        customer_details: "OfferCustomerDetailsParams | OfferCustomerDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OfferDiscoveryResponse":
        """Discover EMI offers for a cart or card: ``discover_offers``.

        The body's fields are keyword arguments (``DiscoverOffersRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DiscoverOffersRequest.from_dict(
            _types.given(
                {
                    "order_amount": order_amount,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                    "issuer": issuer,
                    "downpayment_details": downpayment_details,
                    "payment_options": payment_options,
                    "customer_details": customer_details,
                }
            )
        )

        return _discover_offers.unwrap(
            await _discover_offers.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def discover_cardless_offers(
        self,
        *,
        order_amount: "AmountParams | Amount",
        payment_option: "CardlessOfferPaymentOptionParams | CardlessOfferPaymentOption",
        product_details: "Sequence[OfferProductParams | OfferProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "OfferDiscoveryResponse":
        """Discover cardless EMI offers: ``discover_cardless_offers``.

        The body's fields are keyword arguments (``DiscoverCardlessOffersRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DiscoverCardlessOffersRequest.from_dict(
            _types.given(
                {
                    "order_amount": order_amount,
                    "payment_option": payment_option,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                }
            )
        )

        return _discover_cardless_offers.unwrap(
            await _discover_cardless_offers.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def validate_offer(
        self,
        *,
        payment_method: "OfferPaymentMethodValue | OfferPaymentMethod",
        order_amount: "AmountParams | Amount",
        payment_amount: "AmountParams | Amount",
        payment_option: "OfferPaymentOptionParams | OfferPaymentOption",
        offer_data: "PaymentOfferDataParams | PaymentOfferData",
        customer_details: "OfferCustomerDetailsParams | OfferCustomerDetails | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "AffordabilityResult":
        """Validate the chosen EMI offer: ``validate_offer``.

        The body's fields are keyword arguments (``ValidateOfferRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ValidateOfferRequest.from_dict(
            _types.given(
                {
                    "payment_method": payment_method,
                    "order_amount": order_amount,
                    "payment_amount": payment_amount,
                    "payment_option": payment_option,
                    "offer_data": offer_data,
                    "customer_details": customer_details,
                }
            )
        )

        return _validate_offer.unwrap(
            await _validate_offer.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def get_down_payment_details(
        self,
        *,
        order_amount: "AmountParams | Amount",
        product_details: "Sequence[OfferProductParams | OfferProduct] | Unset" = UNSET,
        cart_coupon_discount_amount: "MoneyParams | Money | Unset" = UNSET,
        issuer: "DownpaymentIssuerParams | DownpaymentIssuer | Unset" = UNSET,
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "DownpaymentDetailsResponse":
        """Get the allowed down payment range: ``get_down_payment_details``.

        The body's fields are keyword arguments (``DownpaymentDetailsRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = DownpaymentDetailsRequest.from_dict(
            _types.given(
                {
                    "order_amount": order_amount,
                    "product_details": product_details,
                    "cart_coupon_discount_amount": cart_coupon_discount_amount,
                    "issuer": issuer,
                }
            )
        )

        return _get_down_payment_details.unwrap(
            await _get_down_payment_details.asyncio_detailed(
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )

    async def validate_imei(
        self,
        order_id: str,
        *,
        merchant_product_imei_reference: str,
        request_type: "ImeiRequestTypeValue | ImeiRequestType",
        products: "Sequence[ImeiProductParams | ImeiProduct]",
        request_id: str | Unset = UNSET,
        request_timestamp: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> "ImeiValidationResponse":
        """Block or unblock product IMEIs of a brand EMI order: ``validate_imei``.

        The body's fields are keyword arguments (``ImeiValidationRequestParams``); ``extra_body`` sends
        fields this version does not know yet."""
        body = ImeiValidationRequest.from_dict(
            _types.given(
                {
                    "merchant_product_imei_reference": merchant_product_imei_reference,
                    "request_type": request_type,
                    "products": products,
                }
            )
        )

        return _validate_imei.unwrap(
            await _validate_imei.asyncio_detailed(
                order_id=order_id,
                body=body,
                request_id=request_id,
                request_timestamp=request_timestamp,
                client=self._client,
                extra_body=extra_body,
            )
        )


class AffordabilityWithRawResponse:
    """``plural.with_raw_response.affordability``: the same methods, answering a ``RawResponse``
    (status, headers, Request-ID) with what they answer as its ``parsed``."""

    def __init__(self, affordability: Affordability) -> None:
        self.discover_offers = _types.with_response(affordability.discover_offers)
        self.discover_cardless_offers = _types.with_response(affordability.discover_cardless_offers)
        self.validate_offer = _types.with_response(affordability.validate_offer)
        self.get_down_payment_details = _types.with_response(affordability.get_down_payment_details)
        self.validate_imei = _types.with_response(affordability.validate_imei)


class AsyncAffordabilityWithRawResponse:
    """``with_raw_response.affordability`` of ``AsyncPlural``."""

    def __init__(self, affordability: AsyncAffordability) -> None:
        self.discover_offers = _types.with_response_async(affordability.discover_offers)
        self.discover_cardless_offers = _types.with_response_async(
            affordability.discover_cardless_offers
        )
        self.validate_offer = _types.with_response_async(affordability.validate_offer)
        self.get_down_payment_details = _types.with_response_async(
            affordability.get_down_payment_details
        )
        self.validate_imei = _types.with_response_async(affordability.validate_imei)
