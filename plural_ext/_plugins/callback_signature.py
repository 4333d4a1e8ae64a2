"""The built-in answer to ``plural_verify_callback``: the guide's HMAC scheme."""

from __future__ import annotations

from collections.abc import Mapping

from plural_ext._hookspecs import hookimpl
from plural_ext._signatures import CallbackResult, verify_callback


# trylast: this scheme never returns None (it accepts or raises), so a plugin
# that recognises some other scheme must be asked before it, not after.
@hookimpl(trylast=True)
def plural_verify_callback(params: Mapping[str, str], secret_key: str) -> CallbackResult | None:
    return verify_callback(params, secret_key)
