"""A stamp of the code a cache's content was computed with, so that upgrading termbase or
editing an editable install never leaves a stale cache answering with old keys.

Only file sizes and modification times are read (no hashing): stamps are compared on every
lookup, where a few stat calls cost microseconds.
"""

from __future__ import annotations

from pathlib import Path

from termbase import __version__

_PACKAGE = Path(__file__).resolve().parent

INDEXING_CODE: tuple[str, ...] = (
    "model.py",
    "serialize.py",
    "matching.py",
    "index.py",
    "index_build.py",
    "index_schema.py",
    "term_parts.py",
    "compounds.py",
    "glossary.py",
    "glossary_cache.py",
    "formats/glossary_toml.py",
    "formats/toml_layout.py",
    "formats/tmx.py",
    "text",
    "lang",
)
"""The modules and packages whose code decides what the lookup index and the glossary cache
hold: the model, its files, the text layer and the language data."""


def code_stamp(parts: tuple[str, ...] = INDEXING_CODE, package: Path = _PACKAGE) -> str:
    """termbase's version, and the size and modification time of every module in ``parts``
    (paths relative to ``package``)."""
    entries = [__version__]
    for part in parts:
        path = package / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            try:
                stat = file.stat()
            except OSError:
                continue
            entries.append(f"{file.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return ";".join(entries)
