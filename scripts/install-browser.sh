#!/usr/bin/env bash
# Installs Debian's chromium for tests/test_browser_checkout.py, which drives it headless over
# the Chrome DevTools Protocol (a websocket from Python: no chromedriver, no Selenium Manager,
# no browser download). Run by .ci/run before `make test`, and by hand on a fresh machine.
#
# Why a script and not a Makefile target: installing a system package needs root (sudo when
# not root) and apt, which only CI and a developer's own machine should decide to use; `make
# test` stays free of side effects, and without chromium the browser test skips locally but
# fails under CI=1, so CI cannot pass without the browser by accident.
#
# Does nothing when /usr/bin/chromium is already there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
