"""The version of plural-sdk: pyproject.toml reads it from here (one place to change)."""

__version__ = "0.2.0"
