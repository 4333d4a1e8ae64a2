from enum import StrEnum
from typing import Any, Literal


class OfferPaymentMethod(StrEnum):
    CARDLESS_EMI = "CARDLESS_EMI"
    CREDIT_EMI = "CREDIT_EMI"
    DEBIT_EMI = "DEBIT_EMI"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # Plural adds values over time (a new order status, say). An unknown
        # value becomes a pseudo-member that keeps it, so the response still
        # parses and to_dict() gives the value back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the spec does not list."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


OfferPaymentMethodValue = Literal["CARDLESS_EMI", "CREDIT_EMI", "DEBIT_EMI"]
"""The values of ``OfferPaymentMethod`` as literals: what a request takes as well as the members."""
