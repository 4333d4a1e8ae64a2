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
from ..types import (
    FieldTypeError,
    as_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.payment_request import PaymentRequest


T = TypeVar("T", bound="CreatePaymentRequest")

_FIELDS: frozenset[str] = frozenset(("payments",))


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
        d = src_dict if src_dict.__class__ is dict else as_object(src_dict, "CreatePaymentRequest")
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreatePaymentRequest", d, _FIELDS)
        try:
            payments = d["payments"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        if not isinstance(payments, list):
            raise wrong_type("payments", "a JSON array", payments)
        payments_read: list[PaymentRequest] = []
        for payments_item in payments:
            try:
                payments_item = PaymentRequest.from_dict(payments_item)
            except (RequestValidationError, FieldTypeError) as nested_error:
                raise nested_error.within("payments", len(payments_read)) from None
            payments_read.append(payments_item)
        payments = payments_read

        create_payment_request = cls(
            payments,
        )
        return create_payment_request


if TYPE_CHECKING:
    from ..models.payment_request import PaymentRequestParams


class CreatePaymentRequestParams(TypedDict, total=False):
    """``CreatePaymentRequest`` as a dict, for the resource methods: mypy checks its keys and types."""

    payments: Required[Sequence[PaymentRequestParams | PaymentRequest]]


from ..models.payment_request import PaymentRequest  # noqa: E402
