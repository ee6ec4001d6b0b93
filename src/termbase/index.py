"""The lookup index: glossary and translation memory precomputed into one SQLite file.

Building runs the morphology and the term matcher once over the glossary and the TM;
a lookup then needs only a few indexed queries, so a fresh process answers in tens of
milliseconds even for 100,000 concepts. The index lives in the cache directory and is
rebuilt whenever the content of a glossary or TM file changes, a file is added, removed or
renamed, or termbase's indexing code changes (``termbase.index_stamp``).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from termbase.code_stamp import code_stamp
from termbase.errors import OutputError
from termbase.index_schema import KEY_SEPARATOR, SCHEMA_VERSION
from termbase.index_stamp import content_stamp, source_files, stat_stamp
from termbase.model import Concept, TermRef
from termbase.project import Project
from termbase.serialize import concept_from_dict
from termbase.text.similarity import deletions


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


class FormRow(NamedTuple):
    """A term as written, found by its case-folded form."""

    ref: TermRef
    form: str
    case_sensitive: bool
    other_case: bool
    """An acronym also recognised in another case (*NATO* as *nato*; never *AS* as *as*)."""


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


class CompoundRow(NamedTuple):
    """An open compound's term, found by one of its affixed spellings written as one word."""

    ref: TermRef
    word: str
    """The spelling found, folded (*bekerjasama*)."""
    split: int
    """Where PUEBI puts the space when there is one: letters of the first word and its
    prefix."""
    prefixed: bool
    suffixed: bool


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
            # here, not above: only a rebuild needs the building code
            from termbase.index_build import Stamps, build_in_memory, build_index

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

    def forms(self, lang: str, folded: str) -> list[FormRow]:
        """Terms whose whitespace-collapsed, case-folded form is ``folded``.

        Each comes with its form as written, its case-sensitivity and whether, being an
        acronym, it is also recognised in another case (``termbase.text.acronyms``), for the
        caller to decide whether the query's capitalisation is acceptable.
        """
        rows = self.db.execute(
            "SELECT concept, term, form, case_sensitive, other_case FROM forms"
            " WHERE lang = ? AND folded = ?",
            (lang, folded),
        )
        return [
            FormRow(TermRef(c, lang, t), form, bool(cs), bool(oc)) for c, t, form, cs, oc in rows
        ]

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

    def compound_words(self, lang: str, words: Sequence[str]) -> list[CompoundRow]:
        """The open compounds of which one of ``words`` (folded) is an affixed spelling,
        ``words``' order first, then the glossary's."""
        marks = ",".join("?" * len(words))
        rows = self.db.execute(
            "SELECT w.concept, w.term, w.word, w.split, w.prefixed, w.suffixed "
            "FROM compound_words w JOIN concepts c ON c.id = w.concept "
            f"WHERE w.lang = ? AND w.word IN ({marks}) ORDER BY c.position, w.term",
            (lang, *words),
        )
        found = [
            CompoundRow(TermRef(concept, lang, term), word, split, bool(prefix), bool(suffix))
            for concept, term, word, split, prefix, suffix in rows
        ]
        return sorted(found, key=lambda row: words.index(row.word))

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


def concept_from_json(data: str) -> Concept:
    return concept_from_dict(json.loads(data))
