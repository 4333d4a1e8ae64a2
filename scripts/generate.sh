#!/usr/bin/env bash
# Generates plural_client from openapi/plural.yaml into OUT/plural_client.
# Run through `make generate` (or `make check-generated`), which puts the pinned generator on PATH.
set -euo pipefail
out=${1:?usage: generate.sh OUT_DIR}
cd "$(dirname "$0")/.."
rm -rf "$out/plural_client"
mkdir -p "$out"
openapi-python-client generate \
  --path openapi/plural.yaml --config openapi/generator.yaml \
  --custom-template-path openapi/templates --meta none \
  --output-path "$out/plural_client" --fail-on-warning >/dev/null
# The package is typed (PEP 561), and carries the spec as JSON: the extension layer
# validates requests against the spec's own rules and the sandbox serves it.
touch "$out/plural_client/py.typed"
python scripts/spec_to_json.py openapi/plural.yaml > "$out/plural_client/openapi.json"
