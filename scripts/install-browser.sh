#!/usr/bin/env bash
# Installs Debian's chromium for tests/test_browser_checkout.py, which Playwright drives headless
# through executable_path (Playwright's own browser download cannot work offline).
#
# .ci/run runs it plainly: no chromium is a failure there. `make test` runs it with
# --best-effort: it installs when it can (root, or sudo without a password) and otherwise says
# so and goes on, and the browser test then skips (it fails only under CI=1).
#
# Does nothing when /usr/bin/chromium is already there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if [ "${1:-}" = "--best-effort" ] && [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
    echo "install-browser: no chromium and no root to install it; the browser test will skip" >&2
    exit 0
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

echo "install-browser: installing Debian's chromium (apt-get) for tests/test_browser_checkout.py" >&2
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
