"""Building the plugin manager: built-in plugins by name, entry points, explicit plugins, blocks."""

from __future__ import annotations

import functools
import logging
import os
import sys
import warnings
from collections.abc import Iterable
from importlib import metadata
from typing import Any

import pluggy

from . import _hookspecs
from ._plugins import callback_signature, headers, log, retries, token_auth

ENTRY_POINT_GROUP = "plural_ext"
BLOCK_ENV = "PLURAL_DISABLE_PLUGINS"
"""Comma-separated names of plugins not to register (built-in or from entry points)."""

BUILTIN_PLUGINS: dict[str, object] = {
    "token_auth": token_auth,
    "headers": headers,
    "logging": log,
    "retries": retries,
    "callback_signature": callback_signature,
}

logger = logging.getLogger("plural")


def plugin_manager(
    plugins: Iterable[object] = (),
    *,
    disable: Iterable[str] = (),
    entry_points: bool = True,
) -> pluggy.PluginManager:
    pm = pluggy.PluginManager(_hookspecs.PROJECT)
    pm.add_hookspecs(_hookspecs)
    blocked = {*disable, *filter(None, os.environ.get(BLOCK_ENV, "").replace(" ", "").split(","))}
    for name in blocked:
        pm.set_blocked(name)
    for name, plugin in BUILTIN_PLUGINS.items():
        if not pm.is_blocked(name):
            pm.register(plugin, name=name)
    if entry_points:
        _load_entry_points(pm)
    for plugin in plugins:
        pm.register(plugin)
    return pm


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    for entry_point in _entry_points(tuple(sys.path)):
        if pm.is_blocked(entry_point.name) or pm.get_plugin(entry_point.name) is not None:
            continue
        try:
            pm.register(entry_point.load(), name=entry_point.name)
        except Exception as error:
            warnings.warn(
                f"plural plugin {entry_point.name!r} ({entry_point.value}) failed to load and is skipped: "
                f"{type(error).__name__}: {error}",
                RuntimeWarning,
                stacklevel=3,
            )


@functools.lru_cache(maxsize=4)
def _entry_points(search_path: tuple[str, ...]) -> tuple[metadata.EntryPoint, ...]:
    # Reading every installed distribution's metadata takes milliseconds: done once for a
    # sys.path (the key: where distributions are found), not for every client built.
    return tuple(metadata.entry_points(group=ENTRY_POINT_GROUP))


def notify(hook: pluggy.HookCaller, **kwargs: Any) -> None:
    """Call an observer hook's implementations one by one; one that raises is logged, not fatal."""
    for impl in reversed(hook.get_hookimpls()):
        try:
            impl.function(*[kwargs[name] for name in impl.argnames])
        except Exception:
            logger.exception(
                "plural plugin %r failed in %s; the call goes on", impl.plugin_name, hook.name
            )
