"""Loading a large glossary fast: each file's concepts cached as JSON, per file.

Parsing and checking TOML is the slow part of loading 100,000 concepts. The cache keeps,
for every glossary file, its concepts as termbase wrote them, keyed by the file's size,
modification time and inode and by the code that read it; only files that changed are
parsed again. Cross-file rules (duplicate ids, a form claimed twice) are re-checked on every
load, and if one is broken the full validator runs to name the place. The cache is a
convenience: if it cannot be read or written, loading falls back to parsing everything.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

from termbase.code_stamp import code_stamp
from termbase.errors import GlossaryInvalidError
from termbase.fileio import read_text
from termbase.formats.glossary_toml import concept_from_record, parse_document
from termbase.glossary import collisions, concept_claims, load_glossary
from termbase.model import Concept, Glossary
from termbase.project import glossary_files
from termbase.serialize import concept_from_dict, concept_to_dict

CACHE_VERSION = "1"


def file_stamp(path: Path, code: str = "") -> str:
    stat = path.stat()
    return f"{CACHE_VERSION}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}|{code}"


def load_glossary_cached(location: Path, cache: Path) -> Glossary:
    """The glossary at ``location``, re-parsing only files changed since the last load."""
    files = glossary_files(location)
    store = _Store.open(cache / f"glossary-{zlib.crc32(str(location.resolve()).encode()):08x}.db")
    concepts: list[Concept] = []
    code = code_stamp()
    try:
        for path in files:
            concepts += _file_concepts(path, store, code)
        store.forget_except({str(path) for path in files})
    finally:
        store.close()
    ids = [concept.id for concept in concepts]
    if len(set(ids)) != len(ids) or next(collisions(concept_claims(concepts)), None):
        return load_glossary(location)  # raises GlossaryInvalidError naming file and line
    return Glossary(concepts)


def _file_concepts(path: Path, store: _Store, code: str) -> list[Concept]:
    stamp = file_stamp(path, code)
    cached = store.get(str(path), stamp)
    if cached is not None:
        return [concept_from_dict(item) for item in json.loads(cached)]
    document = parse_document(read_text(path), str(path))
    concepts = []
    for record in document.records:
        concept, problems = concept_from_record(record)
        if concept is None:
            raise GlossaryInvalidError(f"{problems[0]} (run `termbase validate`)")
        concepts.append(concept)
    data = json.dumps([concept_to_dict(c) for c in concepts], ensure_ascii=False)
    store.put(str(path), stamp, data)
    return concepts


class _Store:
    """The cache database; every operation degrades to a no-op when SQLite fails."""

    def __init__(self, connection: sqlite3.Connection | None) -> None:
        self.db = connection

    @classmethod
    def open(cls, path: Path) -> _Store:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, timeout=10)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS files "
                "(path TEXT PRIMARY KEY, stamp TEXT NOT NULL, concepts TEXT NOT NULL)"
            )
        except (OSError, sqlite3.Error):
            return cls(None)
        return cls(connection)

    def get(self, path: str, stamp: str) -> str | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "SELECT concepts FROM files WHERE path = ? AND stamp = ?", (path, stamp)
            ).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else str(row[0])

    def put(self, path: str, stamp: str, concepts: str) -> None:
        if self.db is None:
            return
        try:
            with self.db:
                self.db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (path, stamp, concepts)
                )
        except sqlite3.Error:
            self.db = None

    def forget_except(self, paths: set[str]) -> None:
        if self.db is None:
            return
        try:
            known = [row[0] for row in self.db.execute("SELECT path FROM files")]
            with self.db:
                self.db.executemany(
                    "DELETE FROM files WHERE path = ?", [(p,) for p in known if p not in paths]
                )
        except sqlite3.Error:
            self.db = None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
