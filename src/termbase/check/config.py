"""The checker's configuration: ``[tool.termbase.check]`` in pyproject.toml, or ``[check]``
in termbase.toml, found as git finds ``.git`` (the nearest one at or above a directory).

::

    [tool.termbase.check]
    select = ["C0"]                 # rules to run (default: every rule that is on by default)
    extend-select = ["C006"]        # added to select
    ignore = ["C003"]               # taken out
    fail-on = "error"               # info | warning | error | never
    lang = "id"
    include = ["*.md", "*.txt"]     # which files a directory walk checks
    exclude = ["drafts/*"]
    [tool.termbase.check.per-path-ignores]
    "archive/*" = ["C002", "C003"]

Globs match a path as shown, its file name, or the path relative to the configuration
file's directory, so the same file works from any working directory. Command-line options
override the file: ``--select`` replaces ``select``, ``--ignore`` and
``--extend-select`` add to theirs.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termbase.errors import ConfigError, InputError

PYPROJECT = "pyproject.toml"
TERMBASE_TOML = "termbase.toml"
FAIL_LEVELS = ("info", "warning", "error", "never")
LANGUAGES = ("id", "en")
_KEYS = (
    "select",
    "extend-select",
    "ignore",
    "fail-on",
    "lang",
    "include",
    "exclude",
    "per-path-ignores",
)


@dataclass(frozen=True)
class CheckConfig:
    """The settings of a configuration file (all optional)."""

    origin: str = ""
    """The file and table the settings came from, for messages."""
    root: Path | None = None
    """The directory of the configuration file: its globs also match paths relative to it."""
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()


def find_config(start: Path) -> Path | None:
    """The nearest termbase.toml, or pyproject.toml with a [tool.termbase] table."""
    directory = start if start.is_dir() else start.parent
    for candidate in (directory.resolve(), *directory.resolve().parents):
        if (candidate / TERMBASE_TOML).is_file():
            return candidate / TERMBASE_TOML
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and "[tool.termbase" in pyproject.read_text(
            encoding="utf-8", errors="replace"
        ):
            return pyproject
    return None


def load_config(path: Path) -> CheckConfig:
    """Read the checker's table of a configuration file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        line, column = (int(found.group(1)), int(found.group(2))) if found else (None, None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise InputError(str(path), f"not valid TOML: {message}", line, column) from None
    if path.name == PYPROJECT:
        table, where = (
            data.get("tool", {}).get("termbase", {}).get("check", {}),
            "[tool.termbase.check]",
        )
    else:
        table, where = data.get("check", {}), "[check]"
    return _config(table, f"{path} {where}", path.resolve().parent)


def _config(table: Any, origin: str, root: Path | None = None) -> CheckConfig:
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: must be a table")
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{origin}: unknown key {unknown[0]!r} (known: {', '.join(_KEYS)})")
    fail_on = _string(table, "fail-on", origin)
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{origin}: fail-on must be one of {', '.join(FAIL_LEVELS)}")
    lang = _string(table, "lang", origin)
    if lang is not None and lang not in LANGUAGES:
        raise ConfigError(f"{origin}: lang must be one of {', '.join(LANGUAGES)}")
    paths = table.get("per-path-ignores", {})
    if not isinstance(paths, dict):
        raise ConfigError(f"{origin}: per-path-ignores must be a table of glob = [rules]")
    return CheckConfig(
        origin,
        root,
        _rules(table, "select", origin) if "select" in table else None,
        _rules(table, "extend-select", origin),
        _rules(table, "ignore", origin),
        fail_on,
        lang,
        _strings(table, "include", origin) if "include" in table else None,
        _strings(table, "exclude", origin),
        tuple((glob, _rules(paths, glob, origin)) for glob in sorted(paths)),
    )


def _rules(table: dict[str, Any], key: str, origin: str) -> tuple[str, ...]:
    """Rule selectors, each checked now so that a typo names the file it is in."""
    from termbase.check.registry import matching

    selectors = _strings(table, key, origin)
    for selector in selectors:
        try:
            matching(selector)
        except ConfigError as error:
            raise ConfigError(f"{origin}: {key}: {error}") from None
    return selectors


def _string(table: dict[str, Any], key: str, origin: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{origin}: {key} must be a string")
    return value


def _strings(table: dict[str, Any], key: str, origin: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{origin}: {key} must be a list of strings")
    return tuple(value)
