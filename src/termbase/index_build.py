"""Building the lookup index: the glossary and translation memory written into SQLite.

The morphology and the term matcher run here, once per change of a source file, so that
``termbase.index`` answers a lookup with indexed queries only. The schema is in
``termbase.index_schema``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from termbase.index_schema import INDEXES, KEY_SEPARATOR, SCHEMA
from termbase.model import LANGUAGES, STATUS_ORDER, Concept, Glossary, TermRef
from termbase.project import Project
from termbase.serialize import concept_to_dict
from termbase.text.normalize import collapse_whitespace, fold
from termbase.text.similarity import deletions
from termbase.text.tokenize import TokenKind, tokenize

if TYPE_CHECKING:
    from termbase.matching import TermMatcher

FUZZY_MIN_LENGTH = 3


class Stamps(NamedTuple):
    """What an index was built from (``termbase.index_stamp``): the stat and content stamps
    of its sources, schema and indexing code."""

    stat: str
    content: str


def concept_to_json(concept: Concept) -> str:
    return json.dumps(concept_to_dict(concept), ensure_ascii=False, sort_keys=True)


def build_index(project: Project, path: Path, stamps: Stamps) -> None:
    """Build the index for ``project`` into ``path`` atomically."""
    import tempfile

    from termbase.glossary_cache import load_glossary_cached

    glossary = load_glossary_cached(project.glossary, path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=".lookup-", suffix=".tmp", dir=path.parent)
    os.close(descriptor)
    temporary = Path(name)
    try:
        connection = sqlite3.connect(temporary)
        _build(connection, glossary, project, stamps)
        connection.close()
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def build_in_memory(project: Project) -> sqlite3.Connection:
    """The index for ``project`` in memory, for when the cache directory is unusable."""
    from termbase.glossary import load_glossary

    connection = sqlite3.connect(":memory:")
    _build(connection, load_glossary(project.glossary), project, Stamps("", ""))
    return connection


def _build(db: sqlite3.Connection, glossary: Glossary, project: Project, stamps: Stamps) -> None:
    with db:
        db.executescript(SCHEMA)
        _fill(db, glossary, project)
        db.executescript(INDEXES)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("stat_stamp", stamps.stat), ("content_stamp", stamps.content)],
        )


def _fill(db: sqlite3.Connection, glossary: Glossary, project: Project) -> None:
    from termbase.matching import TermMatcher

    db.executemany(
        "INSERT INTO concepts VALUES (?, ?, ?)",
        ((c.id, position, concept_to_json(c)) for position, c in enumerate(glossary)),
    )
    matchers = {lang: TermMatcher(glossary, lang) for lang in LANGUAGES}
    for lang, matcher in matchers.items():
        _fill_language(db, glossary, lang, matcher)
        _fill_parts(db, glossary, matcher)
        _fill_compounds(db, glossary, lang)
    if project.tm is not None:
        _fill_memory(db, project.tm, matchers)


def _fill_language(
    db: sqlite3.Connection, glossary: Glossary, lang: str, matcher: TermMatcher
) -> None:
    forms, words, word_keys = [], [], {}
    for ref, term in glossary.terms(lang):
        text = collapse_whitespace(term.text)
        other_case = ref in matcher.other_case
        forms.append(
            (
                lang,
                text.casefold(),
                text,
                term.case_sensitive,
                ref.concept_id,
                ref.index,
                other_case,
            )
        )
        if term.case_sensitive:
            continue
        for token in tokenize(text):
            if token.kind is TokenKind.WORD:
                word = fold(token.norm)
                word_keys[word] = matcher.analyzer.key(token.norm)
                words.append((lang, word, ref.concept_id, ref.index, text, len(text)))
    db.executemany("INSERT INTO forms VALUES (?, ?, ?, ?, ?, ?, ?)", forms)
    db.executemany("INSERT INTO term_words VALUES (?, ?, ?, ?, ?, ?)", words)
    db.executemany(
        "INSERT INTO word_keys VALUES (?, ?, ?)",
        ((lang, word, key) for word, key in sorted(word_keys.items())),
    )
    db.executemany(
        "INSERT INTO key_paths VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                lang,
                KEY_SEPARATOR.join(keys),
                ref.concept_id,
                ref.index,
                variant.concept_id if variant else None,
                variant.index if variant else None,
            )
            for keys, ref, variant in matcher.paths()
        ),
    )
    db.executemany(
        "INSERT INTO fuzzy VALUES (?, ?, ?)",
        (
            (lang, deletion, word)
            for word in sorted(word_keys)
            if len(word) >= FUZZY_MIN_LENGTH
            for deletion in sorted(deletions(word) | {word})
        ),
    )


def _fill_parts(db: sqlite3.Connection, glossary: Glossary, matcher: TermMatcher) -> None:
    from termbase.term_parts import term_parts

    positions = {concept.id: position for position, concept in enumerate(glossary)}
    db.executemany(
        "INSERT OR IGNORE INTO term_parts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                matcher.lang,
                KEY_SEPARATOR.join(part.roots),
                KEY_SEPARATOR.join(part.keys),
                part.ref.concept_id,
                part.ref.index,
                part.start,
                part.length,
                STATUS_ORDER[glossary.term(part.ref).status],
                positions[part.ref.concept_id],
            )
            for part in term_parts(glossary, matcher)
        ),
    )


def _fill_compounds(db: sqlite3.Connection, glossary: Glossary, lang: str) -> None:
    """Every affixed spelling, written as one word, of the open compounds that are a term of
    their own (*kerja sama*, not the *kerja sama* in *kerja sama militer*)."""
    from termbase.compounds import affixed_spellings, glossary_compounds
    from termbase.lang import language_module

    data = language_module(lang, "compounds")
    if data is None or not hasattr(data, "COMPOUND_SUFFIXES"):
        return
    rows = []
    for compound in glossary_compounds(glossary, lang):
        term = glossary.term(TermRef(compound.concept, lang, compound.term))
        if fold(term.text).split() != [compound.first, compound.second]:
            continue
        for word, affixed in affixed_spellings(compound, data):
            split, prefix, suffix = affixed.split, affixed.prefixed, affixed.suffixed
            rows.append((lang, word, compound.concept, compound.term, split, prefix, suffix))
    db.executemany("INSERT OR IGNORE INTO compound_words VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _fill_memory(db: sqlite3.Connection, tm: Path, matchers: dict[str, TermMatcher]) -> None:
    from termbase.formats import tmx
    from termbase.memory import primary_language

    files = [tm] if tm.is_file() else sorted(tm.rglob("*.tmx"))
    unit_id = 0
    for path in files:
        document = path.name
        for unit in tmx.read(path):
            unit_id += 1
            document_name = unit.prop("x-document") or document
            db.execute("INSERT INTO units VALUES (?, ?, ?)", (unit_id, unit.tuid, document_name))
            for segment in unit.segments:
                lang = primary_language(segment.lang)
                matcher = matchers.get(lang)
                db.execute(
                    "INSERT OR IGNORE INTO segments VALUES (?, ?, ?)", (unit_id, lang, segment.text)
                )
                if matcher is None:
                    continue
                db.executemany(
                    "INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?)",
                    _hits(matcher, segment.text, unit_id, lang),
                )


def _hits(matcher: TermMatcher, text: str, unit: int, lang: str) -> Iterator[tuple[object, ...]]:
    # Maximal matches: a term overlapping another is as much an example as any.
    for match in matcher.find(text, maximal=True):
        yield (match.ref.concept_id, unit, lang, match.ref.index, match.start, match.end)
