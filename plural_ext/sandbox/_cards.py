"""Test cards: which card number leads to which outcome, and what the sandbox keeps of a card.

Only the network, the last four digits and the outcome are kept; the number
and the CVV are dropped the moment the payment request has been read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CARD_AUTHENTICATION_FAILURE",
    "CARD_DECLINE",
    "CARD_SUCCESS",
    "CARD_SUCCESS_MASTERCARD",
    "CardSummary",
    "Outcome",
    "summarize_card",
    "summarize_token",
]

CARD_SUCCESS = "4111111111111111"
"""VISA: approved on the challenge page; AUTHORIZED (pre_auth) or PROCESSED."""
CARD_SUCCESS_MASTERCARD = "5555555555554444"
"""MASTERCARD: approved like :data:`CARD_SUCCESS`."""
CARD_DECLINE = "4000000000000002"
"""Declined by the issuer: payment FAILED with PAYMENT_DECLINED, order ATTEMPTED (may retry)."""
CARD_AUTHENTICATION_FAILURE = "4000000000000101"
"""Fails 3-D Secure: payment FAILED with USER_AUTHENTICATION_FAILED, order FAILED."""


class Outcome(enum.Enum):
    """What happens when the customer approves the challenge."""

    SUCCESS = "success"
    DECLINE = "decline"
    AUTHENTICATION_FAILURE = "authentication_failure"


_OUTCOMES = {
    CARD_DECLINE: Outcome.DECLINE,
    CARD_AUTHENTICATION_FAILURE: Outcome.AUTHENTICATION_FAILURE,
}

# Leading digits of each network; 22-27 stands for Mastercard's 2221-2720, near enough here.
_NETWORKS = (
    (("34", "37"), "AMEX"),
    (("508", "60", "65", "81", "82"), "RUPAY"),
    (tuple(str(n) for n in range(51, 56)) + tuple(str(n) for n in range(22, 28)), "MASTERCARD"),
    (("4",), "VISA"),
)


@dataclass(frozen=True, slots=True)
class CardSummary:
    """All the sandbox keeps of a card."""

    network_name: str
    last4: str
    outcome: Outcome

    def card_data(self) -> dict[str, Any]:
        """The payment's ``card_data``, shaped like the guide's samples."""
        return {
            "card_type": "CREDIT",
            "network_name": self.network_name,
            "issuer_name": "NONE",
            "card_category": "CONSUMER",
            "country_code": "IND",
            "token_txn_type": "ALT_TOKEN",
            "last4_digit": self.last4,
        }


def summarize_card(card_number: str) -> CardSummary:
    """The summary of a card number; any card not listed above is approved."""
    return CardSummary(
        network_name=_network(card_number),
        last4=card_number[-4:],
        outcome=_OUTCOMES.get(card_number, Outcome.SUCCESS),
    )


def summarize_token(last4: str | None) -> CardSummary:
    """The summary of a saved-card token: the network cannot be told, and it is approved."""
    return CardSummary(network_name="VISA", last4=last4 or "0000", outcome=Outcome.SUCCESS)


def _network(card_number: str) -> str:
    for prefixes, name in _NETWORKS:
        if card_number.startswith(prefixes):
            return name
    return "UNKNOWN"
