"""Terms found by a part of them: those that contain the query (*keamanan* → *Dewan Keamanan
PBB*), and those whose words share the query's roots in another derivation (*mengerahkan* →
*pengerahan pasukan*: root *kerah*), which lookup offers as related forms.

Both come from one range scan of the index's ``term_parts`` table by the query's roots; a
row whose keys also match contains the query, the others are related forms. Case-sensitive
keys (acronyms) are their own roots, so *as* finds neither kind of term with *AS* in it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from termbase.index import LookupIndex, PartRow
from termbase.model import TermRef
from termbase.text.keys import key_root
from termbase.text.morphology import analyzer_for
from termbase.text.tokenize import Token

MAX_PRODUCT_WORDS = 8
"""Longer queries try only their all-folded and all-case-sensitive roots, not every mix."""


class PartMatch(NamedTuple):
    """A term that contains the query, or one of its related forms."""

    ref: TermRef
    length: int
    status: int
    position: int
    word: str = ""
    """For a related form: the query word whose derivation differs (*mengerahkan*)."""
    root: str = ""
    """... and the root it shares with the term's word (*kerah*)."""


class PartMatches(NamedTuple):
    containing: list[PartMatch]
    related: list[PartMatch]


def find_parts(
    index: LookupIndex, lang: str, tokens: Sequence[Token], keys: Sequence[tuple[str, str]]
) -> PartMatches:
    """Terms containing the query's key run, and terms whose roots contain its root run.

    ``keys`` holds each query token's folded and case-sensitive key. A term equal to the
    query as a whole is neither: that is a morphological match.
    """
    analyzer = analyzer_for(lang)
    roots = [(key_root(folded, analyzer), exact) for folded, exact in keys]
    containing, related = [], []
    for row in index.parts_with_roots(lang, option_paths(roots)):
        differing = _first_difference(row, keys)
        if differing is None:
            if row.start or row.length > len(keys):
                containing.append(_match(row))
        else:
            related.append(_match(row, tokens[differing].text, row.roots[differing]))
    return PartMatches(containing, related)


def option_paths(options: Sequence[tuple[str, str]]) -> Iterable[tuple[str, ...]]:
    """Every sequence taking one of each token's two keys (or roots), folded or
    case-sensitive: a query may mix a word with an acronym (*Dewan Keamanan PBB*)."""
    if len(options) > MAX_PRODUCT_WORDS:
        return [tuple(o[0] for o in options), tuple(o[1] for o in options)]
    return itertools.product(*options)


def _first_difference(row: PartRow, keys: Sequence[tuple[str, str]]) -> int | None:
    """Where the row's keys leave the query's (the roots agree), or None if they never do."""
    for position, (folded, exact) in enumerate(keys):
        if row.keys[position] not in (folded, exact):
            return position
    return None


def _match(row: PartRow, word: str = "", root: str = "") -> PartMatch:
    return PartMatch(row.ref, row.length, row.status, row.position, word, root)


def rank_by_concept(
    matches: Iterable[PartMatch], languages: Sequence[str], exclude: set[str]
) -> list[PartMatch]:
    """One term per concept, best first; concepts in ``exclude`` left out.

    A concept is shown by its preferred term when that contains the query (then the shorter
    term, then the query's language order); concepts come shorter term first, then preferred
    first, then in glossary order.
    """
    order = {lang: rank for rank, lang in enumerate(languages)}
    best: dict[str, PartMatch] = {}
    for match in sorted(
        matches, key=lambda m: (m.status, m.length, order.get(m.ref.lang, 99), m.ref.index)
    ):
        if match.ref.concept_id not in exclude:
            best.setdefault(match.ref.concept_id, match)
    return sorted(
        best.values(),
        key=lambda m: (m.length, m.status, order.get(m.ref.lang, 99), m.position),
    )
