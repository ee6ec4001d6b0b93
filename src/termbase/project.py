"""Where a project's glossary, translation memory and cache live.

By default termbase looks for a ``glossary/`` directory in the current directory or the
nearest parent, as git looks for ``.git``; ``tmx/`` beside it is the translation memory.
Options and the environment (TERMBASE_GLOSSARY, TERMBASE_TM, TERMBASE_CACHE_DIR) override.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from termbase.errors import ConfigError, InputError

GLOSSARY_DIR = "glossary"
GLOSSARY_SUFFIX = ".toml"
TM_DIR = "tmx"


class Project(NamedTuple):
    glossary: Path
    tm: Path | None

    @property
    def root(self) -> Path:
        return self.glossary.parent


def find_glossary(start: Path) -> Path | None:
    """The nearest ``glossary/`` directory at or above ``start``."""
    for directory in (start, *start.parents):
        candidate = directory / GLOSSARY_DIR
        if candidate.is_dir():
            return candidate
    return None


def resolve_project(glossary: Path | None = None, tm: Path | None = None) -> Project:
    """The glossary and TM to use: explicit paths first, then the nearest project."""
    found = glossary or find_glossary(Path.cwd())
    if found is None:
        raise ConfigError(
            f"no {GLOSSARY_DIR}/ directory here or in any parent; "
            "pass --glossary PATH or set TERMBASE_GLOSSARY"
        )
    if not found.exists():
        raise ConfigError(f"{found}: no such glossary file or directory")
    if tm is None:
        beside = (found if found.is_dir() else found.parent).parent / TM_DIR
        tm = beside if beside.is_dir() else None
    elif not tm.exists():
        raise ConfigError(f"{tm}: no such translation memory file or directory")
    return Project(found.resolve(), tm.resolve() if tm else None)


def cache_dir() -> Path:
    """Where termbase keeps indexes: TERMBASE_CACHE_DIR, else the XDG cache directory."""
    explicit = os.environ.get("TERMBASE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "termbase"


def glossary_files(location: Path) -> list[Path]:
    """The glossary files at ``location``: the file itself, or every ``*.toml`` below it;
    InputError when there is none."""
    if location.is_file():
        return [location]
    if not location.is_dir():
        raise InputError(str(location), "no such glossary file or directory")
    files = sorted(
        path
        for path in location.rglob("*" + GLOSSARY_SUFFIX)
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(location).parts)
    )
    if not files:
        # an empty glossary is nearly always the wrong directory: say so rather than pass
        raise InputError(str(location), f"no glossary files (*{GLOSSARY_SUFFIX}) in this directory")
    return files
