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
from ..types import (
    UNSET,
    FieldTypeError,
    Unset,
    as_enum,
    as_object,
    members_by_value,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.checkout_purchase_details import CheckoutPurchaseDetails


T = TypeVar("T", bound="GenerateCheckoutLinkRequest")

_FIELDS: frozenset[str] = frozenset(
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
_CHECKOUT_INTEGRATION_MODE_BY_VALUE = members_by_value(CheckoutIntegrationMode)
_PAYMENT_METHOD_BY_VALUE = members_by_value(PaymentMethod)


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
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "GenerateCheckoutLinkRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("GenerateCheckoutLinkRequest", d, _FIELDS)
        try:
            merchant_order_reference = d["merchant_order_reference"]
            order_amount = d["order_amount"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None

        try:
            order_amount = Amount.from_dict(order_amount)
        except (RequestValidationError, FieldTypeError) as nested_error:
            raise nested_error.within("order_amount") from None

        integration_mode = d.get("integration_mode", UNSET)
        if integration_mode is not UNSET:
            integration_mode = (
                integration_mode.__class__ is str
                and _CHECKOUT_INTEGRATION_MODE_BY_VALUE.get(integration_mode)
            ) or as_enum(CheckoutIntegrationMode, integration_mode, "integration_mode")

        pre_auth = d.get("pre_auth", UNSET)

        allowed_payment_methods = d.get("allowed_payment_methods", UNSET)
        if allowed_payment_methods is not UNSET:
            if not isinstance(allowed_payment_methods, list):
                raise wrong_type("allowed_payment_methods", "a JSON array", allowed_payment_methods)
            allowed_payment_methods_read: list[PaymentMethod] = []
            for allowed_payment_methods_item in allowed_payment_methods:
                try:
                    allowed_payment_methods_item = (
                        allowed_payment_methods_item.__class__ is str
                        and _PAYMENT_METHOD_BY_VALUE.get(allowed_payment_methods_item)
                    ) or as_enum(PaymentMethod, allowed_payment_methods_item, "")
                except (RequestValidationError, FieldTypeError) as nested_error:
                    raise nested_error.within(
                        "allowed_payment_methods", len(allowed_payment_methods_read)
                    ) from None
                allowed_payment_methods_read.append(allowed_payment_methods_item)
            allowed_payment_methods = allowed_payment_methods_read

        notes = d.get("notes", UNSET)

        callback_url = d.get("callback_url", UNSET)

        purchase_details = d.get("purchase_details", UNSET)
        if purchase_details is not UNSET:
            try:
                purchase_details = CheckoutPurchaseDetails.from_dict(purchase_details)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("purchase_details") from None

        generate_checkout_link_request = cls(
            merchant_order_reference,
            order_amount,
            integration_mode,
            pre_auth,
            allowed_payment_methods,
            notes,
            callback_url,
            purchase_details,
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
