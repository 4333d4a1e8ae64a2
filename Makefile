# Every target bootstraps .venv by itself, so a fresh clone needs only Python >= 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUNTIME := $(VENV)/.installed-runtime
SPEC := openapi/plural.yaml
GEN_ARGS := --path $(SPEC) --config openapi/generator.yaml --custom-template-path openapi/templates --meta none

.PHONY: all venv test lint generate check-generated bench demo sandbox record clean

all: lint test

# The package and its few runtime dependencies: all that the demo and the sandbox need.
$(RUNTIME): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

# The whole toolchain, for the tests, the linters and the generator.
$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

venv: $(STAMP)

# The main job: a whole seamless card checkout on the local sandbox, no credentials, no network.
demo: $(RUNTIME)
	$(BIN)/plural demo

sandbox: $(RUNTIME)
	$(BIN)/plural sandbox --port $${PORT:-8080}

test: $(STAMP)
	scripts/install-browser.sh --best-effort
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check plural_ext tests scripts
	$(BIN)/mypy
	$(BIN)/python -m openapi_spec_validator $(SPEC)

# generated/ is written by this target only; scripts/generate.sh does the work.
generate: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" scripts/generate.sh generated

check-generated: $(STAMP)
	rm -rf .check-generated && mkdir .check-generated
	PATH="$(CURDIR)/$(BIN):$$PATH" scripts/generate.sh .check-generated
	diff -r -x __pycache__ generated .check-generated || { echo "generated/ is stale: run 'make generate' and commit"; rm -rf .check-generated; exit 1; }
	rm -rf .check-generated
	@echo "generated/ matches openapi/plural.yaml"

# Prints the cost of one call through the whole layer as a ratio to raw httpx (and to pinelabs-python).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python scripts/bench.py

# Re-records cassettes/sandbox from real flows against the local sandbox (cassettes/uat when
# PLURAL_CLIENT_ID and PLURAL_CLIENT_SECRET are set), and cassettes/guide from the spec's
# examples; secrets are scrubbed before anything is written.
record: $(STAMP)
	$(BIN)/python scripts/record_cassettes.py
	$(BIN)/python scripts/make_sample_cassettes.py

clean:
	rm -rf $(VENV) .check-generated .pytest_cache .mypy_cache .ruff_cache
