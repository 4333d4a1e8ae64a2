from enum import StrEnum
from typing import Any, Literal


class PlanFrequency(StrEnum):
    AS = "AS"
    BI_MONTHLY = "Bi-Monthly"
    DAY = "Day"
    HALF_YEARLY = "Half-Yearly"
    MONTH = "Month"
    NOT_APPLICABLE = "Not Applicable"
    OT = "OT"
    QUARTERLY = "Quarterly"
    WEEK = "Week"
    YEAR = "Year"

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


PlanFrequencyValue = Literal[
    "AS",
    "Bi-Monthly",
    "Day",
    "Half-Yearly",
    "Month",
    "Not Applicable",
    "OT",
    "Quarterly",
    "Week",
    "Year",
]
"""The values of ``PlanFrequency`` as literals: what a request takes as well as the members."""
