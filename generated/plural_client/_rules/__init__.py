"""Each operation's request rules as code (see scripts/compile_rules.py)."""
