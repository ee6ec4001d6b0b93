"""Every place a term can be found from by a part of it: rows for the lookup index.

A term is stored once per word: with its keys and roots from that word to its end. "Terms
containing *keamanan*" is then a range scan for roots beginning ``aman`` followed by a check
of the keys, and "terms whose words share the roots of *mengerahkan*" (*pengerahan pasukan*)
is the same scan without the check. Spelling variants of other concepts count as written in
the term (*kerjasama teknis* is part of *kerja sama teknis militer*), as they do for whole
terms in ``termbase.matching``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from termbase.matching import TermMatcher
from termbase.model import Glossary, TermRef
from termbase.text.keys import key_root, part_keys

Spelling = tuple[TermRef, tuple[str, ...]]
"""A term and one way of spelling its keys."""


class TermPart(NamedTuple):
    """A term seen from one of its words on: the keys and roots from there to its end."""

    ref: TermRef
    start: int
    keys: tuple[str, ...]
    roots: tuple[str, ...]
    length: int
    """Tokens in the whole term (as spelt on this path)."""


def term_parts(glossary: Glossary, matcher: TermMatcher) -> Iterator[TermPart]:
    """The parts of every term of ``matcher``'s language, once for each distinct spelling."""
    analyzer = matcher.analyzer
    for ref, keys in dict.fromkeys(_spellings(glossary, matcher)):
        roots = tuple(key_root(key, analyzer) for key in keys)
        for start, key in enumerate(keys):
            if any(char.isalnum() for char in key):
                yield TermPart(ref, start, keys[start:], roots[start:], len(keys))


def _spellings(glossary: Glossary, matcher: TermMatcher) -> Iterator[Spelling]:
    """Each term's part keys, and the same with another concept's spelling variant swapped
    in wherever the matcher has a path for it (*Dewan Keamanan P.B.B.*)."""
    own = {
        ref: part_keys(term.text, matcher.analyzer, term.case_sensitive)
        for ref, term in glossary.terms(matcher.lang)
    }
    yield from own.items()
    for path, entries in matcher.nodes():
        for entry in entries:
            if entry.variant is None:
                continue
            for used, first, count in entry.parts:
                if used == entry.variant:
                    written = own[entry.ref]
                    replaced = len(written) - len(path) + count
                    yield entry.ref, written[:first] + own[used] + written[first + replaced :]
