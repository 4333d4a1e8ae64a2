"""UPI intent: the ``upi://pay`` link of an intent payment, and the page that pays it here.

Plural answers a UPI payment made with ``txn_mode`` INTENT with the link itself as the
order's ``challenge_url`` (its UPI guide's sample): the merchant opens it on the customer's
phone, where a UPI app pays ``am`` rupees to ``pa`` for the transaction reference ``tr``.
The sandbox's link has ``tr`` the payment's challenge token. No UPI app runs in a test,
so :func:`upi_app_url` turns the link into the address of this sandbox's stand-in for
one: the challenge page of the payment ``tr`` names (``_orders``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from plural_ext.sandbox._records import Amount, PaymentRecord

__all__ = ["UPI_APP_PATH", "Payee", "is_upi_intent", "upi_app_url"]

UPI_APP_PATH = "/sandbox/upi/pay"
"""The stand-in for the customer's UPI app: the sandbox's own page, not in the spec."""


@dataclass(frozen=True, slots=True)
class Payee:
    """The merchant as a UPI app shows it: whom an intent link pays."""

    vpa: str
    name: str

    @classmethod
    def of_merchant(cls, merchant_id: str, merchant_name: str) -> Payee:
        # "sandbox" is no UPI handle: a real UPI app given a sandbox link can pay no one.
        return cls(f"plural.{merchant_id}@sandbox", merchant_name)

    def intent_link(self, token: str, amount: Amount) -> str:
        """``upi://pay?pa=...&pn=...&tr=<token>&am=11.00&cu=INR``."""
        fields = {
            "pa": self.vpa,
            "pn": self.name,
            "tr": token,
            "am": _decimal(amount.value),
            "cu": amount.currency,
        }
        # Spaces as %20 and the VPA's "@" as is, as in Plural's sample link.
        return "upi://pay?" + urlencode(fields, quote_via=quote, safe="@")


def is_upi_intent(payment: PaymentRecord) -> bool:
    """Whether the payment is a UPI intent one: its challenge_url is a ``upi://pay`` link."""
    upi = payment.option_data.get("upi_details")
    return upi is not None and upi.get("txn_mode") == "INTENT"


def upi_app_url(intent_link: str, base_url: str) -> str:
    """The sandbox page standing in for the customer's UPI app, given the link to open.

    ``intent_link`` is the ``challenge_url`` of a UPI intent payment, ``base_url`` the
    sandbox's (``http://127.0.0.1:PORT``, or ``IN_PROCESS_BASE_URL``). The page takes the
    link's query as it is, shows the payment ``tr`` names and takes Approve or Decline as
    its card challenge page does; a ``tr`` of no intent payment is a 404 page, as an
    unknown challenge token is. Raises ValueError for a link that is not ``upi://pay``.
    """
    link = urlsplit(intent_link)
    if link.scheme != "upi" or link.netloc != "pay":
        raise ValueError(f"not a upi://pay link: {intent_link!r}")
    return f"{base_url.rstrip('/')}{UPI_APP_PATH}?{link.query}"


def _decimal(paise: int) -> str:
    """Rupees with two decimals, as UPI links carry amounts: ``1100`` -> ``11.00``."""
    rupees, rest = divmod(paise, 100)
    return f"{rupees}.{rest:02d}"
