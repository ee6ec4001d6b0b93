"""termbase: Indonesian-English terminology and translation-memory tool."""

__version__ = "0.1.0"
