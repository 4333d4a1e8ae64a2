#!/usr/bin/env bash
# Generates plural_client from openapi/plural.yaml (or SPEC) into OUT/plural_client.
# Run through `make generate` (or `make check-generated`), which puts the pinned generator on PATH.
set -euo pipefail
out=$(realpath -m "${1:?usage: generate.sh OUT_DIR}")
spec=$(realpath "${SPEC:-openapi/plural.yaml}")
cd "$(dirname "$0")/.."
rm -rf "$out/plural_client"
mkdir -p "$out"
openapi-python-client generate \
  --path "$spec" --config openapi/generator.yaml \
  --custom-template-path openapi/templates --meta none \
  --output-path "$out/plural_client" --fail-on-warning >/dev/null
# The package is typed (PEP 561), and carries the spec as JSON: the extension layer
# validates requests against the spec's own rules and the sandbox serves it.
touch "$out/plural_client/py.typed"
python scripts/spec_to_json.py "$spec" > "$out/plural_client/openapi.json"
# Each operation's rules as code, so that no call pays for compiling them.
python scripts/compile_rules.py "$out/plural_client"
