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

if TYPE_CHECKING:
    from ..models.payment_request import PaymentRequest


T = TypeVar("T", bound="CreatePaymentRequest")

_FIELDS = frozenset(("payments",))


@_attrs_define
class CreatePaymentRequest:
    """The payments to create against an order (one, in practice)."""

    payments: list[PaymentRequest]
    """ The payments to create; Plural takes one per call in practice. """

    def to_dict(self) -> dict[str, Any]:
        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payments": payments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError("CreatePaymentRequest must be a JSON object")
        d = dict(src_dict)
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreatePaymentRequest", d, _FIELDS)
        for required in ("payments",):
            if required not in d:
                raise RequestValidationError(required, "is required")
        payments: list[PaymentRequest] = []
        _payments = d.pop("payments")
        if not isinstance(_payments, list):
            raise TypeError("payments must be a JSON array")
        for payments_item_data in _payments:
            try:
                payments_item = PaymentRequest.from_dict(payments_item_data)
            except RequestValidationError as _nested_error:
                raise _nested_error.within("payments", len(payments)) from None

            payments.append(payments_item)

        create_payment_request = cls(
            payments=payments,
        )

        return create_payment_request


if TYPE_CHECKING:
    from ..models.payment_request import PaymentRequestParams


class CreatePaymentRequestParams(TypedDict, total=False):
    """``CreatePaymentRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payments: Required[Sequence[PaymentRequestParams | PaymentRequest]]


from ..models.payment_request import PaymentRequest  # noqa: E402
