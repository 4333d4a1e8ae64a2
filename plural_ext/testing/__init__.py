"""The testing kit: what a merchant's own test suite needs to test a checkout.

- :func:`approve` / :func:`decline`: the customer on a sandbox page (a card challenge, the
  hosted checkout, a payment link, a UPI intent link), over HTTP or an in-process
  ``SandboxTransport``; the :class:`Callback` the merchant receives next;
- pytest fixtures (the ``plural_testing`` plugin, installed with the package):
  ``plural_test_client``, ``plural_test_async_client``, ``plural_webhooks`` (a
  :class:`WebhookReceiver` keeping the verified events), ``plural_clock`` (a
  :class:`Clock` that moves time for the sandbox, the client and the receiver at once),
  ``plural_test_sandbox``;
- :func:`vcr_config`: vcrpy's options (pytest-recording's ``vcr_config`` fixture too) that
  record cassettes without a secret, with the SDK's own redaction (:class:`Scrubber`);
- :func:`find_secrets` and ``python -m plural_ext.testing scan PATH...``: the scanner that
  checks recorded files, for a merchant's CI (exit 1 on a finding).
"""

from plural_ext.testing._cassettes import PLACEHOLDER_ORIGIN, Scrubber, rewrites_for, vcr_config
from plural_ext.testing._clock import Clock
from plural_ext.testing._customer import Callback, CustomerStepError, approve, decline
from plural_ext.testing._scan import find_secrets
from plural_ext.testing._webhooks import ReceivedWebhook, WebhookReceiver

__all__ = [
    "PLACEHOLDER_ORIGIN",
    "Callback",
    "Clock",
    "CustomerStepError",
    "ReceivedWebhook",
    "Scrubber",
    "WebhookReceiver",
    "approve",
    "decline",
    "find_secrets",
    "rewrites_for",
    "vcr_config",
]
