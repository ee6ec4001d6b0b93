"""Fixes: new spellings that keep the writer's inflection and case, applied or shown as a diff.

*Kerjasamanya* becomes *Kerja samanya* and *KERJASAMA* becomes *KERJA SAMA*: the fixed
form is found inside what was written, its case pattern is carried over to the replacement,
and whatever the writer attached (clitics, suffixes) stays. A form with a prefix glued to
it gets no fix here: an open compound with affixes is spaced by its own rule
(``open_compounds``: *bekerjasama* → *bekerja sama*, *dikerjasamakan* is right). Fixes
change no other character of the file.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from termbase.fileio import UTF8_BOM, atomic_binary_writer
from termbase.findings import Finding, Fix


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_title_case(text: str) -> bool:
    """Several words, each starting with a capital (*Kerjasama Militer*)."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) > 1 and all(word[:1].isupper() for word in words)


def transfer_case(model: str, replacement: str, title: bool = False) -> str:
    """``replacement`` in the case pattern of ``model``: upper, title, capitalised or as is.

    ``title`` says that the text around ``model`` is in title case.
    """
    letters = [char for char in model if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return replacement.upper()
    if is_title_case(model) or (title and model[:1].isupper()):
        return " ".join(capitalize_first(word) for word in replacement.split(" "))
    if model[:1].isupper():
        return capitalize_first(replacement)
    return replacement


def keep_form(written: str, form: str, replacement: str, title: bool = False) -> str | None:
    """``written`` with ``form`` in it replaced by ``replacement``, inflection and case kept.

    ``written`` is an occurrence of ``form`` as found in a text (*Kerjasamanya* for
    *kerjasama*). None when the form cannot be found letter for letter in it, or when a
    prefix is glued to it: the caller then reports without a fix.
    """
    words = form.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    found = pattern.search(written)
    if found is None:
        return None
    prefix, core, suffix = written[: found.start()], found.group(), written[found.end() :]
    if prefix[-1:].isalpha() or pattern.search(suffix):
        # A glued prefix, or a reduplication (kerjasama-kerjasama): no one fix is right.
        return None
    return prefix + transfer_case(core, replacement, title) + suffix


def exclusive_fixes(findings: Sequence[Finding]) -> list[Finding]:
    """The findings with no two fixes overlapping in one file.

    Where two would, a safe fix wins over an unsafe one, else the earlier over the later;
    the other finding is kept without its fix, and the next run offers it again on the
    corrected text. The same edit offered by two findings is one edit, not a clash.
    """
    fixed = [(finding, finding.fix) for finding in findings if finding.fix is not None]
    if len(fixed) < 2:
        return list(findings)
    taken: dict[str, list[Fix]] = defaultdict(list)
    """Per file, the fixes kept so far, in text order (they do not overlap)."""
    losers: set[int] = set()
    for finding, fix in sorted(fixed, key=_precedence):
        kept = taken[finding.path]
        at = bisect_left(kept, (fix.start, fix.end), key=_span)
        near = kept[max(at - 1, 0) : at + 1]
        if any(other != fix and other.start < fix.end and fix.start < other.end for other in near):
            losers.add(id(finding))
        elif fix not in near:
            kept.insert(at, fix)
    return [replace(f, fix=None) if id(f) in losers else f for f in findings]


def _span(fix: Fix) -> tuple[int, int]:
    return fix.start, fix.end


def _precedence(fixed: tuple[Finding, Fix]) -> tuple[str, bool, int, int, str, str, str]:
    """Safe fixes first, then in text order (rule and message break ties)."""
    finding, fix = fixed
    return (
        finding.path,
        not fix.safe,
        fix.start,
        fix.end,
        fix.replacement,
        finding.code,
        finding.message,
    )


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """``text`` with the fixes applied; a fix overlapping an earlier one waits for a rerun."""
    applied: list[Fix] = []
    parts: list[str] = []
    cursor = 0
    for fix in sorted(set(fixes), key=lambda f: (f.start, f.end, f.replacement)):
        if fix.start < cursor:
            continue
        parts.append(text[cursor : fix.start])
        parts.append(fix.replacement)
        cursor = fix.end
        applied.append(fix)
    parts.append(text[cursor:])
    return "".join(parts), applied


_PATCH_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
"""A line as ``patch`` and ``git apply`` see one: up to LF (str.splitlines also cuts at
form feeds and Unicode separators, which would make hunks that do not apply)."""
NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(name: str, before: str, after: str, bom: bool = False) -> str:
    """The change as a unified diff that ``patch -p1`` and ``git apply`` accept.

    A last line without a line end gets the "No newline" marker, and a BOM is part of the
    first line, as it is in the file.
    """
    mark = "\ufeff" if bom else ""
    lines = difflib.unified_diff(
        _PATCH_LINE.findall(mark + before),
        _PATCH_LINE.findall(mark + after),
        f"a/{name.lstrip('/')}",
        f"b/{name.lstrip('/')}",
    )
    return "".join(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}" for line in lines)


def write_fixed(path: Path, text: str, bom: bool) -> None:
    """Write the fixed text atomically, as UTF-8, with the BOM the file had."""
    with atomic_binary_writer(path) as out:
        out.write((UTF8_BOM if bom else b"") + text.encode("utf-8"))
