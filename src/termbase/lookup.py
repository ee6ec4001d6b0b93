"""Term lookup: a query in either language answered with its concept, in three stages.

1. exact — the query is a term as written (or differs only in case, spacing or quotes);
2. morphological — the query's matching keys equal a term's (*hak vetonya*, *memveto*);
3. fuzzy — a misspelt query (*hak vetto*) scored against glossary terms with similar words.

Case-sensitive terms (acronyms) match only in their own capitalisation: *as* is not *AS*.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from termbase.errors import ConfigError
from termbase.index import Example, LookupIndex
from termbase.model import LANGUAGES, Concept, Status, Term, TermRef
from termbase.text.keys import case_sensitive_key, folded_key
from termbase.text.morphology import IndonesianAnalyzer, analyzer_for
from termbase.text.normalize import collapse_whitespace, fold
from termbase.text.similarity import indel_distance, ratio
from termbase.text.tokenize import Token, TokenKind, tokenize

FUZZY_ACCEPT = 85.0
"""A fuzzy candidate at or above this score is an answer; below it only a suggestion."""
FUZZY_SUGGEST = 60.0
MAX_SUGGESTIONS = 5
MAX_FUZZY_CANDIDATES = 5000
FUZZY_MIN_WORD = 3
"""Shorter query words are too ambiguous to correct (as, di, of)."""
MIN_CASE_HINT_LENGTH = 3
"""Queries shorter than this never suggest an acronym in other case (*as* never → *AS*)."""


class MatchKind(StrEnum):
    EXACT = "exact"
    NORMALIZED = "normalized"
    MORPHOLOGICAL = "morphological"
    FUZZY = "fuzzy"


_KIND_SCORE = {MatchKind.EXACT: 100.0, MatchKind.NORMALIZED: 99.0, MatchKind.MORPHOLOGICAL: 95.0}


class LookupHit(NamedTuple):
    """A concept found for the query, through one of its terms."""

    concept: Concept
    ref: TermRef
    kind: MatchKind
    score: float
    examples: tuple[Example, ...] = ()
    example_total: int = 0

    @property
    def term(self) -> Term:
        return self.concept.terms[self.ref.lang][self.ref.index]

    @property
    def use_instead(self) -> Term | None:
        """The preferred term when the matched one is deprecated or superseded."""
        if self.term.status in (Status.DEPRECATED, Status.SUPERSEDED):
            return self.concept.preferred(self.ref.lang)
        return None


class Suggestion(NamedTuple):
    text: str
    lang: str
    concept_id: str
    score: float


class LookupResult(NamedTuple):
    query: str
    hits: tuple[LookupHit, ...]
    suggestions: tuple[Suggestion, ...] = ()


class _Candidate(NamedTuple):
    ref: TermRef
    kind: MatchKind
    score: float


def lookup(
    index: LookupIndex,
    query: str,
    languages: Sequence[str] = LANGUAGES,
    examples: int = 3,
) -> LookupResult:
    """Find the concepts ``query`` names, best first, with TM examples.

    Stages run in order and stop at the first that finds something. The stemmer is only
    loaded when a query word is neither a glossary word nor an inflection of one, and a
    misspelling is tried first, so a typical lookup never pays for it. A query without a
    word or number (empty, only spaces or punctuation) is a ConfigError.
    """
    text = collapse_whitespace(query)
    if not any(token.is_word for token in tokenize(text)):
        raise ConfigError(f"nothing to look up in {query!r}: the query has no word or number")
    found = [c for lang in languages for c in _exact(index, lang, text)]
    found = found or [c for lang in languages for c in _morphological(index, lang, text, False)]
    fuzzy: list[_Candidate] = []
    if not found:
        fuzzy = [c for lang in languages for c in _fuzzy(index, lang, text)]
        found = [c for c in fuzzy if c.score >= FUZZY_ACCEPT]
    if not found:
        found = [c for lang in languages for c in _morphological(index, lang, text, True)]
    suggestions = [] if found else _suggestions(index, languages, text, fuzzy)
    hits = tuple(
        LookupHit(
            index.concept(c.ref.concept_id),
            c.ref,
            c.kind,
            c.score,
            tuple(index.examples(c.ref.concept_id, c.ref.lang, examples)) if examples else (),
            index.example_count(c.ref.concept_id),
        )
        for c in _best_per_concept(index, found, languages)
    )
    return LookupResult(query, hits, tuple(suggestions))


def _exact(index: LookupIndex, lang: str, text: str) -> list[_Candidate]:
    found = []
    for ref, form, case_sensitive in index.forms(lang, text.casefold()):
        if form == text:
            found.append(_Candidate(ref, MatchKind.EXACT, _KIND_SCORE[MatchKind.EXACT]))
        elif not case_sensitive:
            found.append(_Candidate(ref, MatchKind.NORMALIZED, _KIND_SCORE[MatchKind.NORMALIZED]))
    return found


def _morphological(index: LookupIndex, lang: str, text: str, use_stemmer: bool) -> list[_Candidate]:
    tokens = tokenize(text)
    folded = [_word_key(index, lang, token, use_stemmer) for token in tokens]
    if not tokens or (use_stemmer and folded == [_word_key(index, lang, t, False) for t in tokens]):
        return []
    options = [(key, case_sensitive_key(token)) for key, token in zip(folded, tokens, strict=True)]
    if len(options) > 8:
        paths: Iterable[tuple[str, ...]] = [
            tuple(o[0] for o in options),
            tuple(o[1] for o in options),
        ]
    else:
        paths = itertools.product(*options)
    score = _KIND_SCORE[MatchKind.MORPHOLOGICAL]
    return [
        _Candidate(ref, MatchKind.MORPHOLOGICAL, score - (1.0 if via_variant else 0.0))
        for ref, via_variant in index.key_paths(lang, paths)
    ]


def _word_key(index: LookupIndex, lang: str, token: Token, use_stemmer: bool) -> str:
    """A query word's key: the glossary's own when the word (or an inflection of it) is a
    glossary word; otherwise the analyser's, or, without the stemmer, the folded word."""
    analyzer = analyzer_for(lang)
    if token.kind is not TokenKind.WORD:
        return folded_key(token, analyzer)
    word = fold(token.norm)
    candidates = (
        analyzer.inflection_candidates(word)
        if isinstance(analyzer, IndonesianAnalyzer)
        else [word, analyzer.key(word)]
    )
    for candidate in candidates:
        known = index.word_key(lang, candidate)
        if known is not None:
            return known
    return analyzer.key(token.norm) if use_stemmer else word


def _fuzzy(index: LookupIndex, lang: str, text: str) -> list[_Candidate]:
    """Terms sharing a close spelling of every query word, scored on the whole string."""
    words = [fold(t.norm) for t in tokenize(text) if t.kind is TokenKind.WORD]
    words = [w for w in words if len(w) >= FUZZY_MIN_WORD]
    query = text.casefold()
    # ratio() >= FUZZY_SUGGEST is impossible when one string is much longer than the other.
    stretch = 200.0 / FUZZY_SUGGEST - 1.0
    lengths = (int(len(query) / stretch), int(len(query) * stretch) + 1)
    pool: dict[TermRef, str] | None = None
    for word in words:
        allowed = 2 * max(1, len(word) // 4)
        close = [w for w in index.similar_words(lang, word) if indel_distance(word, w) <= allowed]
        if not close:
            continue
        found = index.terms_with_words(lang, close, lengths, MAX_FUZZY_CANDIDATES)
        pool = found if pool is None else {ref: form for ref, form in found.items() if ref in pool}
    return [
        _Candidate(ref, MatchKind.FUZZY, round(ratio(query, form.casefold()), 1))
        for ref, form in sorted((pool or {}).items(), key=lambda item: item[0].concept_id)
    ]


def _suggestions(
    index: LookupIndex, languages: Sequence[str], text: str, fuzzy: list[_Candidate]
) -> list[Suggestion]:
    found = [c for c in fuzzy if c.score >= FUZZY_SUGGEST]
    if len(text) >= MIN_CASE_HINT_LENGTH:
        for lang in languages:
            for ref, _form, _case_sensitive in index.forms(lang, text.casefold()):
                found.append(_Candidate(ref, MatchKind.NORMALIZED, 90.0))
    suggestions = []
    for candidate in _best_per_concept(index, found, languages)[:MAX_SUGGESTIONS]:
        term = index.concept(candidate.ref.concept_id).terms[candidate.ref.lang]
        suggestions.append(
            Suggestion(
                term[candidate.ref.index].text,
                candidate.ref.lang,
                candidate.ref.concept_id,
                candidate.score,
            )
        )
    return suggestions


def _best_per_concept(
    index: LookupIndex, found: list[_Candidate], languages: Sequence[str]
) -> list[_Candidate]:
    order = {lang: rank for rank, lang in enumerate(languages)}
    ranked = sorted(
        found,
        key=lambda c: (-c.score, order.get(c.ref.lang, 99), c.ref.index),
    )
    best: dict[str, _Candidate] = {}
    for candidate in ranked:
        best.setdefault(candidate.ref.concept_id, candidate)
    return sorted(
        best.values(),
        key=lambda c: (-c.score, index.position(c.ref.concept_id)),
    )
