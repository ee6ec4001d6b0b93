"""The lookup index's tables and their version, shared by building and querying it.

Kept apart from ``termbase.index_build`` so that a lookup, which only queries the index,
does not import the building code. A new ``SCHEMA_VERSION`` makes every older index stale.
"""

SCHEMA_VERSION = "7"
KEY_SEPARATOR = "\x1f"

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concepts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE forms (lang TEXT, folded TEXT, form TEXT, case_sensitive INTEGER,
                    concept TEXT, term INTEGER, other_case INTEGER);
CREATE TABLE key_paths (lang TEXT, keys TEXT, concept TEXT, term INTEGER,
                        variant_concept TEXT, variant_term INTEGER);
CREATE TABLE word_keys (lang TEXT, word TEXT, key TEXT, PRIMARY KEY (lang, word)) WITHOUT ROWID;
CREATE TABLE term_words (lang TEXT, word TEXT, concept TEXT, term INTEGER, form TEXT,
                         length INTEGER);
CREATE TABLE fuzzy (lang TEXT, deletion TEXT, word TEXT);
CREATE TABLE term_parts (lang TEXT, roots TEXT, keys TEXT, concept TEXT, term INTEGER,
                         start INTEGER, length INTEGER, status INTEGER, position INTEGER,
                         PRIMARY KEY (lang, roots, keys, concept, term, start)) WITHOUT ROWID;
CREATE TABLE compound_words (lang TEXT, word TEXT, concept TEXT, term INTEGER,
                             split INTEGER, prefixed INTEGER, suffixed INTEGER,
                             PRIMARY KEY (lang, word, concept, term)) WITHOUT ROWID;
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
