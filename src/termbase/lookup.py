"""Term lookup: a query in either language answered with its concept, in stages.

1. exact — the query is a term as written (or differs only in case, spacing or quotes; for
   an acronym, only one that cannot be an ordinary word in lower case: *nato* is *NATO*);
2. compound — the query is an open compound of the glossary with affixes, spaced as PUEBI
   says or not (*bekerja sama*, *bekerjasama*, *ditanda tangani* → *kerja sama*, *tanda
   tangan*), with a note of how PUEBI writes it; morphological — the query's matching keys
   equal a term's (*hak vetonya*, *memveto*);
3. contains — terms of which the query is a part (*keamanan* → *Dewan Keamanan PBB*), listed
   after any whole-term answer;
4. fuzzy — a misspelt query (*hak vetto*) scored against glossary terms with similar words.

When nothing is found, close spellings and related forms (terms sharing the query's roots in
another derivation: *mengerahkan* → *pengerahan pasukan*) are suggested. Case-sensitive terms
(acronyms) match only in their own capitalisation (*as* is not *AS*, nor part of *AS*), except
an acronym that cannot be an ordinary word in lower case (``termbase.text.acronyms``): *nato*
answers *NATO*, a step below an exact match.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple

from termbase.errors import ConfigError
from termbase.index import Example, LookupIndex
from termbase.lookup_compounds import CompoundSpelling, compound_spellings
from termbase.lookup_parts import PartMatch, PartMatches, find_parts, option_paths, rank_by_concept
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
MAX_PART_HITS = 10
"""Terms containing the query listed by default; the rest are counted."""
RELATED_SCORE = 80.0
"""The score of a related-form suggestion: below a term containing the query."""


class MatchKind(StrEnum):
    EXACT = "exact"
    NORMALIZED = "normalized"
    OTHER_CASE = "other-case"
    COMPOUND = "compound"
    MORPHOLOGICAL = "morphological"
    CONTAINS = "contains"
    FUZZY = "fuzzy"


_KIND_SCORE = {
    MatchKind.EXACT: 100.0,
    MatchKind.NORMALIZED: 99.0,
    MatchKind.OTHER_CASE: 98.0,
    MatchKind.COMPOUND: 96.0,
    MatchKind.MORPHOLOGICAL: 95.0,
    MatchKind.CONTAINS: 90.0,
}


class LookupHit(NamedTuple):
    """A concept found for the query, through one of its terms."""

    concept: Concept
    ref: TermRef
    kind: MatchKind
    score: float
    examples: tuple[Example, ...] = ()
    example_total: int = 0
    spelling: CompoundSpelling | None = None
    """For a compound hit: the query as written and as PUEBI writes it."""

    @property
    def term(self) -> Term:
        return self.concept.terms[self.ref.lang][self.ref.index]

    @property
    def note(self) -> str | None:
        """How the glossary writes an acronym the query gave in another case; what an open
        compound with affixes is a form of, or how PUEBI writes it."""
        if self.kind is MatchKind.OTHER_CASE:
            return f"the glossary writes it {self.term.text!r}"
        if self.spelling is not None:
            return self.spelling.note(self.term.text)
        return None

    @property
    def use_instead(self) -> Term | None:
        """The preferred term when the matched one is deprecated or superseded."""
        if self.term.status in (Status.DEPRECATED, Status.SUPERSEDED):
            return self.concept.preferred(self.ref.lang)
        return None


class SuggestionKind(StrEnum):
    SPELLING = "spelling"
    CASE = "case"
    RELATED = "related"


class Suggestion(NamedTuple):
    text: str
    lang: str
    concept_id: str
    score: float
    kind: SuggestionKind = SuggestionKind.SPELLING
    word: str = ""
    """For a related form: the query word it shares a root with (*mengerahkan*)."""
    root: str = ""
    """... and that root (*kerah*)."""


class LookupResult(NamedTuple):
    query: str
    hits: tuple[LookupHit, ...]
    suggestions: tuple[Suggestion, ...] = ()
    more_hits: int = 0
    """Terms containing the query that the limit left out."""


class _Candidate(NamedTuple):
    ref: TermRef
    kind: MatchKind
    score: float
    spelling: CompoundSpelling | None = None


KeyOptions = list[tuple[str, str]]
"""Each query token's folded and case-sensitive key."""


def lookup(
    index: LookupIndex,
    query: str,
    languages: Sequence[str] = LANGUAGES,
    examples: int = 3,
    limit: int = MAX_PART_HITS,
) -> LookupResult:
    """Find the concepts ``query`` names, best first, with TM examples.

    Whole-term answers (exact, morphological, else fuzzy) come first, with up to
    ``examples`` examples each; then up to ``limit`` concepts with a term containing the
    query (0: all), without examples. A query made only of glossary words (*keamanan*) that
    is part of a term is not corrected to another word by the fuzzy stage. The stemmer is
    only loaded when a query word is neither a glossary word nor an inflection of one, and a
    misspelling is tried first, so a typical lookup never pays for it. A query without a
    word or number (empty, only spaces or punctuation) is a ConfigError.
    """
    text = collapse_whitespace(query)
    tokens = tokenize(text)
    if not any(token.is_word for token in tokens):
        raise ConfigError(f"nothing to look up in {query!r}: the query has no word or number")
    keys = {lang: _query_keys(index, lang, tokens, False) for lang in languages}
    found = [c for lang in languages for c in _exact(index, lang, text)]
    found = found or [
        c
        for lang in languages
        for stage in (_compound(index, lang, text, tokens), _morphological(index, lang, keys[lang]))
        for c in stage
    ]
    parts = _parts(index, languages, tokens, keys)
    compounds = [c.ref for c in found if c.kind is MatchKind.COMPOUND]
    if compounds and not parts.containing:
        parts = _terms_containing(index, compounds)
    fuzzy: list[_Candidate] = []
    if not found and not parts.containing:
        fuzzy = [c for lang in languages for c in _fuzzy(index, lang, text)]
        found = [c for c in fuzzy if c.score >= FUZZY_ACCEPT]
        if not found:
            stemmed = {lang: _query_keys(index, lang, tokens, True) for lang in languages}
            changed = [lang for lang in languages if stemmed[lang] != keys[lang]]
            found = [c for lang in changed for c in _morphological(index, lang, stemmed[lang])]
            parts = _parts(index, languages, tokens, stemmed) if changed else parts
    whole = _best_per_concept(index, found, languages)
    containing = rank_by_concept(parts.containing, languages, {c.ref.concept_id for c in whole})
    shown = containing[:limit] if limit else containing
    hits = tuple(
        [_whole_hit(index, candidate, examples) for candidate in whole]
        + [_part_hit(index, match) for match in shown]
    )
    suggestions = () if hits else _suggestions(index, languages, text, fuzzy, parts.related)
    return LookupResult(query, hits, tuple(suggestions), len(containing) - len(shown))


def _whole_hit(index: LookupIndex, candidate: _Candidate, examples: int) -> LookupHit:
    concept_id, lang = candidate.ref.concept_id, candidate.ref.lang
    return LookupHit(
        index.concept(concept_id),
        candidate.ref,
        candidate.kind,
        candidate.score,
        tuple(index.examples(concept_id, lang, examples)) if examples else (),
        index.example_count(concept_id),
        candidate.spelling,
    )


def _part_hit(index: LookupIndex, match: PartMatch) -> LookupHit:
    """A term containing the query: listed without examples, but with their number."""
    concept_id = match.ref.concept_id
    return LookupHit(
        index.concept(concept_id),
        match.ref,
        MatchKind.CONTAINS,
        _KIND_SCORE[MatchKind.CONTAINS],
        example_total=index.example_count(concept_id),
    )


def _parts(
    index: LookupIndex,
    languages: Sequence[str],
    tokens: Sequence[Token],
    keys: dict[str, KeyOptions],
) -> PartMatches:
    found = [find_parts(index, lang, tokens, keys[lang]) for lang in languages]
    return PartMatches(
        [match for each in found for match in each.containing],
        [match for each in found for match in each.related],
    )


def _terms_containing(index: LookupIndex, refs: Sequence[TermRef]) -> PartMatches:
    """The terms that contain the terms ``refs`` name: for an open compound with affixes,
    whose spelling only the compound's own term explains (*bekerjasama*: *kerja sama* is
    part of *kerja sama militer*)."""
    containing = []
    for ref in refs:
        tokens = tokenize(_term_text(index, ref))
        keys = _query_keys(index, ref.lang, tokens, False)
        containing += find_parts(index, ref.lang, tokens, keys).containing
    return PartMatches(containing, [])


def _exact(index: LookupIndex, lang: str, text: str) -> list[_Candidate]:
    found = []
    for ref, form, case_sensitive, other_case in index.forms(lang, text.casefold()):
        if form == text:
            kind = MatchKind.EXACT
        elif not case_sensitive:
            kind = MatchKind.NORMALIZED
        elif other_case:
            kind = MatchKind.OTHER_CASE
        else:
            continue
        found.append(_Candidate(ref, kind, _KIND_SCORE[kind]))
    return found


def _compound(
    index: LookupIndex, lang: str, text: str, tokens: Sequence[Token]
) -> list[_Candidate]:
    score = _KIND_SCORE[MatchKind.COMPOUND]
    return [
        _Candidate(ref, MatchKind.COMPOUND, score, spelling)
        for ref, spelling in compound_spellings(index, lang, text, tokens)
    ]


def _morphological(index: LookupIndex, lang: str, keys: KeyOptions) -> list[_Candidate]:
    score = _KIND_SCORE[MatchKind.MORPHOLOGICAL]
    return [
        _Candidate(ref, MatchKind.MORPHOLOGICAL, score - (1.0 if via_variant else 0.0))
        for ref, via_variant in index.key_paths(lang, option_paths(keys))
    ]


def _query_keys(
    index: LookupIndex, lang: str, tokens: Sequence[Token], use_stemmer: bool
) -> KeyOptions:
    """The folded and the case-sensitive key of every query token."""
    return [
        (_word_key(index, lang, token, use_stemmer), case_sensitive_key(token)) for token in tokens
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
    index: LookupIndex,
    languages: Sequence[str],
    text: str,
    fuzzy: list[_Candidate],
    related: list[PartMatch],
) -> list[Suggestion]:
    """Related forms (the analyser's findings), then acronyms in other case and close
    spellings (guesses); a concept is offered once, as a related form if it is one."""
    forms = rank_by_concept(related, languages, set())[:MAX_SUGGESTIONS]
    suggestions = [
        Suggestion(
            _term_text(index, match.ref),
            match.ref.lang,
            match.ref.concept_id,
            RELATED_SCORE,
            SuggestionKind.RELATED,
            match.word,
            match.root,
        )
        for match in forms
    ]
    found = [c for c in fuzzy if c.score >= FUZZY_SUGGEST]
    if len(text) >= MIN_CASE_HINT_LENGTH:
        for lang in languages:
            for row in index.forms(lang, text.casefold()):
                found.append(_Candidate(row.ref, MatchKind.NORMALIZED, 90.0))
    offered = {match.ref.concept_id for match in forms}
    found = [c for c in found if c.ref.concept_id not in offered]
    for candidate in _best_per_concept(index, found, languages)[:MAX_SUGGESTIONS]:
        case = candidate.kind is MatchKind.NORMALIZED
        suggestions.append(
            Suggestion(
                _term_text(index, candidate.ref),
                candidate.ref.lang,
                candidate.ref.concept_id,
                candidate.score,
                SuggestionKind.CASE if case else SuggestionKind.SPELLING,
            )
        )
    return suggestions


def _term_text(index: LookupIndex, ref: TermRef) -> str:
    return index.concept(ref.concept_id).terms[ref.lang][ref.index].text


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
