from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..errors import RequestValidationError, unknown_field
from ..models.checkout_integration_mode import CheckoutIntegrationMode
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.checkout_purchase_details import CheckoutPurchaseDetails


T = TypeVar("T", bound="GenerateCheckoutLinkRequest")

_FIELDS = frozenset(
    (
        "merchant_order_reference",
        "order_amount",
        "integration_mode",
        "pre_auth",
        "allowed_payment_methods",
        "notes",
        "callback_url",
        "purchase_details",
    )
)


@_attrs_define
class GenerateCheckoutLinkRequest:
    """An order to be paid on the hosted checkout."""

    merchant_order_reference: str
    """ A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the
    resource it names. """
    order_amount: Amount
    """ An amount of money in the currency's smallest unit (paise for INR). """
    integration_mode: CheckoutIntegrationMode | Unset = UNSET
    """ How the hosted checkout is shown; REDIRECT (the default) sends the customer to Plural's page. """
    pre_auth: bool | Unset = UNSET
    """ True to authorize only; the order is then captured or cancelled later. """
    allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
    """ The payment methods the customer may use; each must be enabled for the merchant. """
    notes: str | Unset = UNSET
    """ Free text notes shown against the order. """
    callback_url: str | Unset = UNSET
    """ Where the customer's browser is sent after the payment. """
    purchase_details: CheckoutPurchaseDetails | Unset = UNSET
    """ Who pays and what is bought, shown on the hosted checkout. """

    def to_dict(self) -> dict[str, Any]:
        merchant_order_reference = self.merchant_order_reference

        order_amount = self.order_amount.to_dict()

        integration_mode: str | Unset = UNSET
        if not isinstance(self.integration_mode, Unset):
            integration_mode = self.integration_mode.value

        pre_auth = self.pre_auth

        allowed_payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in self.allowed_payment_methods:
                allowed_payment_methods_item = allowed_payment_methods_item_data.value
                allowed_payment_methods.append(allowed_payment_methods_item)

        notes = self.notes

        callback_url = self.callback_url

        purchase_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_details, Unset):
            purchase_details = self.purchase_details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "merchant_order_reference": merchant_order_reference,
                "order_amount": order_amount,
            }
        )
        if integration_mode is not UNSET:
            field_dict["integration_mode"] = integration_mode
        if pre_auth is not UNSET:
            field_dict["pre_auth"] = pre_auth
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods
        if notes is not UNSET:
            field_dict["notes"] = notes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if purchase_details is not UNSET:
            field_dict["purchase_details"] = purchase_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("GenerateCheckoutLinkRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("GenerateCheckoutLinkRequest", d, _FIELDS)
        for required in (
            "merchant_order_reference",
            "order_amount",
        ):
            if required not in d:
                raise RequestValidationError(required, "is required")
        merchant_order_reference = d.pop("merchant_order_reference")

        try:
            order_amount = Amount.from_dict(d.pop("order_amount"))
        except RequestValidationError as _nested_error:
            raise _nested_error.within("order_amount") from None

        _integration_mode = d.pop("integration_mode", UNSET)
        integration_mode: CheckoutIntegrationMode | Unset
        if isinstance(_integration_mode, Unset):
            integration_mode = UNSET
        else:
            integration_mode = CheckoutIntegrationMode(_integration_mode)

        pre_auth = d.pop("pre_auth", UNSET)

        _allowed_payment_methods = d.pop("allowed_payment_methods", UNSET)
        allowed_payment_methods: list[PaymentMethod] | Unset = UNSET
        if _allowed_payment_methods is not UNSET:
            if not isinstance(_allowed_payment_methods, list):
                raise TypeError("allowed_payment_methods must be a JSON array")
            allowed_payment_methods = []
            for allowed_payment_methods_item_data in _allowed_payment_methods:
                allowed_payment_methods_item = PaymentMethod(allowed_payment_methods_item_data)

                allowed_payment_methods.append(allowed_payment_methods_item)

        notes = d.pop("notes", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        try:
            _purchase_details = d.pop("purchase_details", UNSET)
            purchase_details: CheckoutPurchaseDetails | Unset
            if isinstance(_purchase_details, Unset):
                purchase_details = UNSET
            else:
                purchase_details = CheckoutPurchaseDetails.from_dict(_purchase_details)
        except RequestValidationError as _nested_error:
            raise _nested_error.within("purchase_details") from None

        generate_checkout_link_request = cls(
            merchant_order_reference=merchant_order_reference,
            order_amount=order_amount,
            integration_mode=integration_mode,
            pre_auth=pre_auth,
            allowed_payment_methods=allowed_payment_methods,
            notes=notes,
            callback_url=callback_url,
            purchase_details=purchase_details,
        )

        return generate_checkout_link_request


if TYPE_CHECKING:
    from ..models.amount import AmountParams
    from ..models.checkout_integration_mode import CheckoutIntegrationModeValue
    from ..models.checkout_purchase_details import CheckoutPurchaseDetailsParams
    from ..models.payment_method import PaymentMethodValue


class GenerateCheckoutLinkRequestParams(TypedDict, total=False):
    """``GenerateCheckoutLinkRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    merchant_order_reference: Required[str]
    order_amount: Required[AmountParams | Amount]
    integration_mode: CheckoutIntegrationModeValue | CheckoutIntegrationMode | Unset
    pre_auth: bool | Unset
    allowed_payment_methods: Sequence[PaymentMethodValue | PaymentMethod] | Unset
    notes: str | Unset
    callback_url: str | Unset
    purchase_details: CheckoutPurchaseDetailsParams | CheckoutPurchaseDetails | Unset


from ..models.amount import Amount  # noqa: E402
from ..models.checkout_purchase_details import CheckoutPurchaseDetails  # noqa: E402
