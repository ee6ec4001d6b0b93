"""Language knowledge kept as data: one subpackage per language, constants only.

``language_module`` finds one topic's data for a language; a language without it gets None,
and the code asking falls back to its defaults.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType


def language_module(lang: str, topic: str) -> ModuleType | None:
    """The ``topic`` module (``compounds``, ``segmentation``, …) of language ``lang``, None
    when termbase has none."""
    try:
        return import_module(f"termbase.lang.{lang}.{topic}")
    except ModuleNotFoundError:
        return None
