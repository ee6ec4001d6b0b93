"""The near-miss rule: a misspelt word of a glossary term, found by edit distance.

Work is done per distinct word: when the scanner first meets a piece of text, each of its
words that is unknown to the general lexicon is compared, through a deletion index (every
glossary word and its one-letter deletions), with the glossary's words. Only the documents
that contain such a piece are looked at again, and an occurrence is reported when putting
the glossary word in its place makes a glossary term match there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import compress, count

from rapidfuzz.distance import OSA

from termbase.check.context import CheckContext, DocumentRun
from termbase.check.fixes import keep_form
from termbase.check.respelling import SplitReduplications, approved_writing, term_if_written
from termbase.check.rules import DocumentRule, Fixable
from termbase.findings import Finding, Severity
from termbase.model import Term
from termbase.scanning import OTHER
from termbase.text.normalize import fold
from termbase.text.similarity import deletions
from termbase.text.tokenize import Token, TokenKind, tokenize

MIN_LENGTH = 5
"""Shorter words are not corrected: too many real words are one letter from each other."""
LEXICON_SIZE = 200_000
"""How many of wordfreq's most frequent words of the language count as known."""

_Candidate = tuple[int, str, tuple[str, ...]]
"""(token index in the piece, the word as compared, glossary words one edit away)."""


class NearMiss(DocumentRule):
    """A word one edit away from a word of a glossary term, where the correction forms a term.

    *Dewan Keamaan PBB* for *Dewan Keamanan PBB*, *artilleri* for *artileri*. A word is a
    candidate when it is at least five letters long, is not in the general lexicon
    (Sastrawi's root dictionary, wordfreq's word list of the language) and is one insertion,
    deletion, substitution or swap of neighbouring letters away from a word of a glossary
    term; clitics are looked through (*Keamaannya*). It is reported only when putting the
    glossary word in its place makes a glossary term match there, so names and rare words
    that merely look alike stay quiet. A reduplicated word of a term written as two words
    is a near miss too (*Perserikatan Bangsa Bangsa* for *Perserikatan Bangsa-Bangsa*). The
    fix (``--fix --unsafe-fixes``) writes the glossary spelling, keeping case and clitics.
    """

    code = "C005"
    name = "near-miss"
    severity = Severity.WARNING
    fixable = Fixable.UNSAFE

    def prepare(self, context: CheckContext) -> None:
        self._context = context
        analyzer = context.scanner.analyzer
        self._lexicon = _lexicon(context.lang, getattr(analyzer, "roots", frozenset()))
        approved, words = _term_words(context)
        # A deprecated spelling is never the correction to suggest.
        self._words = {
            word: context.scanner.code(analyzer.key(word))
            for word in approved
            if len(word) >= MIN_LENGTH
        }
        self._index: dict[str, set[str]] = defaultdict(set)
        for word in self._words:
            for deletion in (*deletions(word), word):
                self._index[deletion].add(word)
        self._suspects: dict[str, tuple[_Candidate, ...]] = {}
        self._split = SplitReduplications(context, words)
        context.scanner.watch(self._see)

    def _see(self, piece: str, tokens: list[Token], codes: str) -> None:
        found = []
        for position, (token, code) in enumerate(zip(tokens, codes, strict=True)):
            if code == OTHER and token.kind is TokenKind.WORD:
                candidate = self._candidates(fold(token.norm))
                if candidate:
                    found.append((position, *candidate))
        if found:
            self._suspects[piece] = tuple(found)

    def _candidates(self, word: str) -> tuple[str, tuple[str, ...]] | None:
        if len(word) < MIN_LENGTH or word in self._lexicon or word in self._words:
            return None
        strip = getattr(self._context.scanner.analyzer, "strip_clitics", None)
        forms = dict.fromkeys((word, strip(word) if strip else word))
        for form in forms:
            if form != word and form in self._lexicon:
                return None
            close = {
                near
                for deletion in (*deletions(form), form)
                for near in self._index.get(deletion, ())
                if near != form and OSA.distance(form, near, score_cutoff=1) <= 1
            }
            if close:
                return form, tuple(sorted(close))
        return None

    def check_document(self, run: DocumentRun) -> Iterable[Finding]:
        for split in self._split.find(run):
            yield self._finding(run, split.span, split.replacement, split.term)
        suspects = self._suspects
        scanned = run.scanned
        if not suspects or suspects.keys().isdisjoint(scanned.pieces):
            return
        pieces = scanned.pieces
        approved = approved_writing(run.context)
        for index in compress(count(), map(suspects.__contains__, pieces)):
            for position, form, close in suspects[pieces[index]]:
                token = scanned.piece_first_token(index) + position
                for word in close:
                    term = term_if_written(run, token, self._words[word], accept=approved)
                    if term is not None:
                        span = scanned.token_span(token)
                        fixed = keep_form(run.text[span[0] : span[1]], form, word) or word
                        yield self._finding(run, span, fixed, term)
                        break

    def _finding(self, run: DocumentRun, span: tuple[int, int], fixed: str, term: Term) -> Finding:
        written = run.text[span[0] : span[1]]
        message = f"'{written}' looks like a misspelling of '{fixed}' (glossary term '{term.text}')"
        return run.finding(self, span, message, "", fixed, safe=False)


def _term_words(context: CheckContext) -> tuple[set[str], list[str]]:
    """The words of the case-insensitive terms, folded: those of approved terms (each once:
    words recur from term to term), and every occurrence in glossary order."""
    approved: set[str] = set()
    words: list[str] = []
    for _, term in context.glossary.terms(context.lang):
        if term.case_sensitive:
            continue
        spelt = [fold(t.norm) for t in tokenize(term.text) if t.kind is TokenKind.WORD]
        words += spelt
        if term.approved:
            approved.update(spelt)
    return approved, words


def _lexicon(lang: str, roots: frozenset[str]) -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list(lang, LEXICON_SIZE)) | roots
