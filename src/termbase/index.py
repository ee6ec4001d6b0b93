"""The lookup index: glossary and translation memory precomputed into one SQLite file.

Building runs the morphology and the term matcher once over the glossary and the TM;
a lookup then needs only a few indexed queries, so a fresh process answers in tens of
milliseconds even for 100,000 concepts. The index lives in the cache directory and is
rebuilt whenever the content of a glossary or TM file changes, a file is added, removed or
renamed, or termbase's indexing code changes (``termbase.index_stamp``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from termbase.code_stamp import code_stamp
from termbase.errors import OutputError
from termbase.index_stamp import content_stamp, source_files, stat_stamp
from termbase.model import LANGUAGES, STATUS_ORDER, Concept, Glossary, TermRef
from termbase.project import Project
from termbase.serialize import concept_from_dict, concept_to_dict
from termbase.text.normalize import collapse_whitespace, fold
from termbase.text.similarity import deletions
from termbase.text.tokenize import TokenKind, tokenize

if TYPE_CHECKING:
    from termbase.matching import TermMatcher

SCHEMA_VERSION = "5"
KEY_SEPARATOR = "\x1f"
FUZZY_MIN_LENGTH = 3

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concepts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE forms (lang TEXT, folded TEXT, form TEXT, case_sensitive INTEGER,
                    concept TEXT, term INTEGER);
CREATE TABLE key_paths (lang TEXT, keys TEXT, concept TEXT, term INTEGER,
                        variant_concept TEXT, variant_term INTEGER);
CREATE TABLE word_keys (lang TEXT, word TEXT, key TEXT, PRIMARY KEY (lang, word)) WITHOUT ROWID;
CREATE TABLE term_words (lang TEXT, word TEXT, concept TEXT, term INTEGER, form TEXT,
                         length INTEGER);
CREATE TABLE fuzzy (lang TEXT, deletion TEXT, word TEXT);
CREATE TABLE term_parts (lang TEXT, roots TEXT, keys TEXT, concept TEXT, term INTEGER,
                         start INTEGER, length INTEGER, status INTEGER, position INTEGER,
                         PRIMARY KEY (lang, roots, keys, concept, term, start)) WITHOUT ROWID;
CREATE TABLE units (id INTEGER PRIMARY KEY, tuid TEXT, document TEXT);
CREATE TABLE segments (unit INTEGER, lang TEXT, text TEXT, PRIMARY KEY (unit, lang));
CREATE TABLE hits (concept TEXT, unit INTEGER, lang TEXT, term INTEGER,
                   start INTEGER, end INTEGER);
"""
INDEXES = """
CREATE INDEX forms_by_folded ON forms (lang, folded);
CREATE INDEX key_paths_by_keys ON key_paths (lang, keys);
CREATE INDEX term_words_by_word ON term_words (lang, word, length);
CREATE INDEX fuzzy_by_deletion ON fuzzy (lang, deletion);
CREATE INDEX hits_by_concept ON hits (concept, unit);
"""


class Stamps(NamedTuple):
    """What an index was built from (``termbase.index_stamp``): the stat and content stamps
    of its sources, schema and indexing code."""

    stat: str
    content: str


def index_path(project: Project, cache: Path) -> Path:
    """One index per glossary/TM pair, named by a checksum of their paths."""
    name = f"{zlib.crc32(str(project.glossary).encode()):08x}"
    name += f"{zlib.crc32(str(project.tm).encode()):08x}"
    return cache / f"lookup-{name}.sqlite"


class Example(NamedTuple):
    """One translation-memory unit showing a concept in use."""

    tuid: str
    document: str
    texts: dict[str, str]
    spans: dict[str, list[tuple[int, int]]]


class PartRow(NamedTuple):
    """A term seen from one of its words on (``termbase.term_parts``), as stored."""

    ref: TermRef
    keys: tuple[str, ...]
    roots: tuple[str, ...]
    start: int
    length: int
    status: int
    """The rank of the term's status (``STATUS_ORDER``): preferred first."""
    position: int
    """The concept's place in the glossary."""


class LookupIndex:
    """Read access to a built index."""

    def __init__(self, connection: sqlite3.Connection, warning: str = "") -> None:
        self.db = connection
        self.warning = warning
        """Why the index is not kept in the cache directory this time, for the user."""

    @classmethod
    def open(cls, project: Project, cache: Path) -> LookupIndex:
        """Open the project's index, building it first when missing or stale.

        When the cache directory cannot hold the index, the index is built in memory for
        this one call, and ``warning`` says why.
        """
        path = index_path(project, cache)
        files = source_files(project)
        version = f"schema {SCHEMA_VERSION}, code {code_stamp()}"
        wanted = stat_stamp(files, version)
        connection = _connect_if_current(path, wanted) or _reuse_if_content_unchanged(
            path, wanted, files, version
        )
        if connection is None:
            try:
                build_index(project, path, Stamps(wanted, content_stamp(files, version)))
            except (OSError, sqlite3.OperationalError) as error:
                reason = getattr(error, "strerror", None) or str(error)
                return cls(
                    build_in_memory(project),
                    f"{cache}: cannot keep the lookup index there ({reason}); built it in "
                    "memory for this lookup. Set TERMBASE_CACHE_DIR to a writable directory.",
                )
            connection = _connect_if_current(path, wanted)
            if connection is None:
                raise OutputError(f"{path}: the index could not be built")
        return cls(connection)

    def concept(self, concept_id: str) -> Concept:
        row = self.db.execute("SELECT data FROM concepts WHERE id = ?", (concept_id,)).fetchone()
        return concept_from_json(row[0])

    def position(self, concept_id: str) -> int:
        row = self.db.execute(
            "SELECT position FROM concepts WHERE id = ?", (concept_id,)
        ).fetchone()
        return int(row[0]) if row else 0

    def forms(self, lang: str, folded: str) -> list[tuple[TermRef, str, bool]]:
        """Terms whose whitespace-collapsed, case-folded form is ``folded``.

        Each comes with its form as written and its case-sensitivity, for the caller to
        decide whether the query's capitalisation is acceptable.
        """
        rows = self.db.execute(
            "SELECT concept, term, form, case_sensitive FROM forms WHERE lang = ? AND folded = ?",
            (lang, folded),
        )
        return [(TermRef(c, lang, t), form, bool(cs)) for c, t, form, cs in rows]

    def word_key(self, lang: str, word: str) -> str | None:
        row = self.db.execute(
            "SELECT key FROM word_keys WHERE lang = ? AND word = ?", (lang, word)
        ).fetchone()
        return None if row is None else str(row[0])

    def key_paths(self, lang: str, paths: Iterable[Sequence[str]]) -> list[tuple[TermRef, bool]]:
        """Terms whose key sequence is one of ``paths``; True when reached via a variant."""
        joined = sorted({KEY_SEPARATOR.join(path) for path in paths})
        found = []
        for start in range(0, len(joined), 500):
            chunk = joined[start : start + 500]
            rows = self.db.execute(
                "SELECT concept, term, variant_concept FROM key_paths WHERE lang = ? AND keys IN "
                f"({','.join('?' * len(chunk))})",
                (lang, *chunk),
            )
            found += [(TermRef(c, lang, t), variant is not None) for c, t, variant in rows]
        return found

    def similar_words(self, lang: str, word: str) -> list[str]:
        """Glossary words one deletion away from ``word`` on either side."""
        keys = sorted(deletions(word) | {word})
        rows = self.db.execute(
            "SELECT DISTINCT word FROM fuzzy WHERE lang = ? AND deletion IN "
            f"({','.join('?' * len(keys))})",
            (lang, *keys),
        )
        return sorted(row[0] for row in rows)

    def terms_with_words(
        self, lang: str, words: Sequence[str], lengths: tuple[int, int], limit: int
    ) -> dict[TermRef, str]:
        """Case-insensitive terms containing any of ``words`` whose length is in ``lengths``."""
        marks = ",".join("?" * len(words))
        rows = self.db.execute(
            f"SELECT concept, term, form FROM term_words WHERE lang = ? AND word IN ({marks}) "
            "AND length BETWEEN ? AND ? ORDER BY concept, term LIMIT ?",
            (lang, *words, *lengths, limit),
        )
        return {TermRef(concept, lang, term): form for concept, term, form in rows}

    def parts_with_roots(self, lang: str, paths: Iterable[Sequence[str]]) -> list[PartRow]:
        """Terms with a run of words whose roots are one of ``paths``, from that run on."""
        found = []
        for joined in sorted({KEY_SEPARATOR.join(path) for path in paths}):
            # one range (an OR would cost a full scan): the path, and the longer paths that
            # begin with it and a separator, which sort below the separator's successor
            rows = self.db.execute(
                "SELECT concept, term, keys, roots, start, length, status, position "
                "FROM term_parts WHERE lang = ? AND roots >= ? AND roots < ?",
                (lang, joined, joined + chr(ord(KEY_SEPARATOR) + 1)),
            )
            longer = joined + KEY_SEPARATOR
            found += [
                PartRow(
                    TermRef(concept, lang, term),
                    tuple(keys.split(KEY_SEPARATOR)),
                    tuple(roots.split(KEY_SEPARATOR)),
                    start,
                    length,
                    status,
                    position,
                )
                for concept, term, keys, roots, start, length, status, position in rows
                if roots == joined or roots.startswith(longer)
            ]
        return found

    def examples(self, concept_id: str, lang: str, limit: int) -> list[Example]:
        """Units that contain the concept, those where it occurs in ``lang`` first."""
        rows = self.db.execute(
            "SELECT u.id, u.tuid, u.document FROM hits h JOIN units u ON u.id = h.unit "
            "WHERE h.concept = ? GROUP BY u.id ORDER BY MIN(h.lang != ?), u.id",
            (concept_id, lang),
        )
        examples: list[Example] = []
        seen: set[tuple[tuple[str, str], ...]] = set()
        for unit, tuid, document in rows:
            texts = dict(self.db.execute("SELECT lang, text FROM segments WHERE unit = ?", (unit,)))
            identity = tuple(sorted(texts.items()))
            if identity in seen:
                continue
            seen.add(identity)
            spans: dict[str, list[tuple[int, int]]] = {}
            for hit_lang, start, end in self.db.execute(
                "SELECT lang, start, end FROM hits WHERE concept = ? AND unit = ? "
                "ORDER BY lang, start",
                (concept_id, unit),
            ):
                spans.setdefault(hit_lang, []).append((start, end))
            examples.append(Example(tuid, document, texts, spans))
            if len(examples) >= limit:
                break
        return examples

    def example_count(self, concept_id: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(DISTINCT unit) FROM hits WHERE concept = ?", (concept_id,)
        ).fetchone()
        return int(row[0])


def _connect_if_current(path: Path, wanted: str) -> sqlite3.Connection | None:
    """The index at ``path`` if it was built from sources with the stat stamp ``wanted``."""
    connection = _open_read_only(path)
    if connection is not None and _meta(connection, "stat_stamp") != wanted:
        connection.close()
        return None
    return connection


def _reuse_if_content_unchanged(
    path: Path, wanted: str, files: list[Path], version: str
) -> sqlite3.Connection | None:
    """The index at ``path`` if only the sources' stat stamp changed, not their content
    (a touched file); its stored stat stamp is then set to ``wanted``, so that the next
    lookup does not hash again — where the cache is read-only, it will."""
    connection = _open_read_only(path)
    if connection is None:
        return None
    if _meta(connection, "content_stamp") != content_stamp(files, version):
        connection.close()
        return None
    try:
        with closing(sqlite3.connect(path, timeout=5)) as writer, writer:
            writer.execute("UPDATE meta SET value = ? WHERE name = 'stat_stamp'", (wanted,))
    except sqlite3.Error:
        pass
    return connection


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    if not path.exists():
        return None
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return None


def _meta(connection: sqlite3.Connection, name: str) -> str | None:
    try:
        row = connection.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def concept_to_json(concept: Concept) -> str:
    return json.dumps(concept_to_dict(concept), ensure_ascii=False, sort_keys=True)


def concept_from_json(data: str) -> Concept:
    return concept_from_dict(json.loads(data))


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
    if project.tm is not None:
        _fill_memory(db, project.tm, matchers)


def _fill_language(
    db: sqlite3.Connection, glossary: Glossary, lang: str, matcher: TermMatcher
) -> None:
    forms, words, word_keys = [], [], {}
    for ref, term in glossary.terms(lang):
        text = collapse_whitespace(term.text)
        forms.append((lang, text.casefold(), text, term.case_sensitive, ref.concept_id, ref.index))
        if term.case_sensitive:
            continue
        for token in tokenize(text):
            if token.kind is TokenKind.WORD:
                word = fold(token.norm)
                word_keys[word] = matcher.analyzer.key(token.norm)
                words.append((lang, word, ref.concept_id, ref.index, text, len(text)))
    db.executemany("INSERT INTO forms VALUES (?, ?, ?, ?, ?, ?)", forms)
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
    for match in matcher.find(text):
        yield (match.ref.concept_id, unit, lang, match.ref.index, match.start, match.end)
