"""PO (gettext) files as translation memories: ``msgid`` the source, ``msgstr`` the target.

Each translated entry becomes a unit of two segments; ``msgctxt`` (which keeps homographs
and concept ids apart), flags, references and translator comments travel as unit props,
extracted comments (``#.``) as notes. Obsolete and untranslated entries are not units. The
target language comes from the header's ``Language`` (or the caller); PO files do not say
what the source language is, so the caller does. Parsing is polib's; its errors are
reported with file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import polib

from termbase.errors import InputError
from termbase.fileio import atomic_write_text, read_text
from termbase.memory import Segment, TranslationUnit

NAME = "po"
EXTENSIONS = (".po", ".pot")
CONTEXT_PROP = "x-context"
FLAGS_PROP = "x-flags"
REFERENCES_PROP = "x-references"
COMMENT_PROP = "x-translator-comment"
_SYNTAX_LINE = re.compile(r"\(line (\d+)\)")
_PO_LINE = re.compile(
    r'^(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"$'
)


def _check_lines(text: str, path: str) -> None:
    """Refuse what polib would silently drop (an unterminated string, a stray line)."""
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not _PO_LINE.match(stripped):
            raise InputError(path, f"not a PO line: {stripped[:40]!r}", line=number)


def _parse(path: str) -> polib.POFile:
    text = read_text(path)
    _check_lines(text, path)
    try:
        return polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as error:
        found = _SYNTAX_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        raise InputError(path, "not a valid PO file: syntax error", line=line) from None


def read_located(
    source: Path | str, source_lang: str = "id", target_lang: str | None = None
) -> Iterator[tuple[int, TranslationUnit]]:
    """Each translated entry as a unit, with the line the entry starts on."""
    catalog = _parse(str(source))
    target = target_lang or catalog.metadata.get("Language") or "en"
    number = 0
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        translation = entry.msgstr or (entry.msgstr_plural or {}).get(0, "")
        if not translation:
            continue
        number += 1
        yield entry.linenum, _unit(entry, str(number), source_lang, target, translation)


def read(
    source: Path | str, source_lang: str = "id", target_lang: str | None = None
) -> Iterator[TranslationUnit]:
    """The translation units of a PO file."""
    for _, unit in read_located(source, source_lang, target_lang):
        yield unit


def _unit(
    entry: polib.POEntry, tuid: str, source_lang: str, target_lang: str, translation: str
) -> TranslationUnit:
    props = []
    if entry.msgctxt:
        props.append((CONTEXT_PROP, entry.msgctxt))
    if entry.flags:
        props.append((FLAGS_PROP, ",".join(entry.flags)))
    if entry.occurrences:
        props.append(
            (
                REFERENCES_PROP,
                " ".join(f"{file}:{line}" if line else file for file, line in entry.occurrences),
            )
        )
    if entry.tcomment:
        props.append((COMMENT_PROP, entry.tcomment))
    notes = (entry.comment,) if entry.comment else ()
    segments = (Segment(source_lang, entry.msgid), Segment(target_lang, translation))
    return TranslationUnit(tuid, segments, tuple(props), notes)


def write(
    units: Iterable[TranslationUnit],
    sink: Path | str,
    source_lang: str = "id",
    target_lang: str = "en",
) -> int:
    """Write units as a PO file (atomically); return how many were written."""
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": target_lang,
        "X-Generator": "termbase",
    }
    count = 0
    for unit in units:
        source, target = unit.text(source_lang), unit.text(target_lang)
        if not source or target is None:
            continue
        catalog.append(_entry(unit, source, target))
        count += 1
    atomic_write_text(sink, str(catalog).rstrip("\n") + "\n")
    return count


def _entry(unit: TranslationUnit, source: str, target: str) -> polib.POEntry:
    flags = unit.prop(FLAGS_PROP)
    references = unit.prop(REFERENCES_PROP)
    occurrences = []
    for reference in (references or "").split():
        file, _, line = reference.rpartition(":")
        occurrences.append((file, line) if file else (reference, ""))
    return polib.POEntry(
        msgid=source,
        msgstr=target,
        msgctxt=unit.prop(CONTEXT_PROP),
        comment="\n".join(unit.notes),
        tcomment=unit.prop(COMMENT_PROP) or "",
        flags=flags.split(",") if flags else [],
        occurrences=occurrences,
    )
