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

from rapidfuzz.distance import OSA

from termbase.check.context import CheckContext, DocumentRun
from termbase.check.fixes import keep_form
from termbase.check.respelling import RespeltHit, approved_writing, hit_if_written
from termbase.check.rules import DocumentRule, Fixable
from termbase.check.word_boundaries import OpenEnd, Respacing, Suspect, WordBoundaries
from termbase.findings import Finding, Severity
from termbase.lang import language_module
from termbase.scanning import OTHER
from termbase.text.capitals import capital_is_positional
from termbase.text.normalize import fold
from termbase.text.similarity import deletions
from termbase.text.tokenize import Token, TokenKind, tokenize

MIN_LENGTH = 5
"""Shorter words are not corrected: too many real words are one letter from each other."""
LEXICON_SIZE = 200_000
"""How many of wordfreq's most frequent words of the language count as known."""

SPACINGS = {"": "one word", " ": "two words", "-": "hyphenated"}
"""How a respaced stretch is written in the glossary, by what joins its parts."""

_Candidate = tuple[int, str, tuple[str, ...]]
"""(token index in the piece, the word as compared, glossary words one edit away)."""


class NearMiss(DocumentRule):
    """A glossary word misspelt by one letter or by a word boundary, where the correction
    forms a term.

    Two kinds of slip are near misses. A letter: *Dewan Keamaan PBB* for *Dewan Keamanan
    PBB*, *artilleri* for *artileri*. A word is a candidate when it is at least five letters
    long, is not in the general lexicon (Sastrawi's root dictionary, wordfreq's word list of
    the language) and is one insertion, deletion, substitution or swap of neighbouring
    letters away from a word of a glossary term; clitics are looked through (*Keamaannya*).

    A word boundary: one glossary word written as two or hyphenated (*rudal balistik antar
    benua* or *antar-benua* for *antarbenua*, *non proliferasi* for *nonproliferasi*), two
    written as one or hyphenated (*pakta pertahanan timbal-balik* or *timbalbalik* for
    *timbal balik*, *kerja-sama* for *kerja sama*, *ujicoba rudal* for *uji coba rudal*), a
    hyphen left out (*Indo Pasifik* for *Indo-Pasifik*, *Perserikatan Bangsa Bangsa* for
    *Perserikatan Bangsa-Bangsa*). A glossary word is looked for cut in two after a bound
    form of the language (Indonesian *antar-, pasca-, non-, swa-, tuna-*..., which standard
    spelling joins to the next word) or where it has a hyphen; two glossary words are looked
    for run together in a word that is not in the dictionary (*pernah* is never *per* +
    *nah*).

    Either is reported only when the corrected spelling makes an approved glossary term
    match over it and the text as written matches none across it, so names and rare words
    that merely look alike stay quiet (a word capitalised in the middle of a sentence is a
    name, *Mayjen Herman Senjaya*, unless the term capitalises it too: *Dewan Keamaan*), and
    so do true reduplications (*negara-negara*), hyphenated names (*Korea Utara-Rusia*,
    *Indo-Pasifik*), numbers (*F-16*), hyphens the glossary writes (*kerja sama
    militer-teknis*) and free words that only look like a bound form (*layanan antar jemput*). A
    spelling the glossary deprecates (*kerjasama*) is deprecated-term's to report. The fix
    (``--fix --unsafe-fixes``) writes the glossary spelling, keeping the writer's case and
    clitics (*Antar-benuanya* → *Antarbenuanya*, *Kerja-samanya* → *Kerja samanya*). The
    mixed-forms rules count a word-boundary near miss as the term it completes (*pakta
    pertahanan timbal-balik* beside *pakta bantuan pertahanan bersama* is a mix); a letter
    off is a guess, and is not counted.
    """

    code = "C005"
    name = "near-miss"
    severity = Severity.WARNING
    fixable = Fixable.UNSAFE

    def prepare(self, context: CheckContext) -> None:
        self._context = context
        analyzer = context.scanner.analyzer
        self._lexicon = _lexicon(context.lang, getattr(analyzer, "roots", frozenset()))
        approved, spelt = _term_words(context)
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
        self._suspects: dict[str, tuple[tuple[_Candidate, ...], tuple[Suspect | OpenEnd, ...]]]
        self._suspects = {}
        data = language_module(context.lang, "compounds")
        self._boundaries = WordBoundaries(context, spelt, data) if data is not None else None
        context.scanner.watch(self._see)

    def _see(self, piece: str, tokens: list[Token], codes: str) -> bool:
        found = []
        for position, (token, code) in enumerate(zip(tokens, codes, strict=True)):
            if code == OTHER and token.kind is TokenKind.WORD:
                candidate = self._candidates(fold(token.norm))
                if candidate:
                    found.append((position, *candidate))
        boundaries = self._boundaries.suspects(tokens, codes) if self._boundaries else ()
        if found or boundaries:
            self._suspects[piece] = (tuple(found), boundaries)
            return True
        return False

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
        suspects = self._suspects
        scanned = run.scanned
        pieces = scanned.pieces
        approved = approved_writing(run.context)
        for index in scanned.marked_pieces():
            found = suspects.get(pieces[index])
            if found is None:
                continue
            misspelt, boundaries = found
            respaced: list[tuple[int, int]] = []
            if boundaries and self._boundaries is not None:
                for respacing in self._boundaries.find(run, index, boundaries):
                    respaced.append(respacing.span)
                    # Counted by the consistency rules: a boundary moved is no guess.
                    run.respelt.append(respacing.hit)
                    yield self._respaced(run, respacing)
            for position, form, close in misspelt:
                token = scanned.piece_first_token(index) + position
                span = scanned.token_span(token)
                if any(start <= span[0] < end for start, end in respaced):
                    continue
                for word in close:
                    hit = hit_if_written(run, token, self._words[word], accept=approved)
                    if hit is not None and not self._a_name(run, span, word, hit):
                        fixed = keep_form(run.text[span[0] : span[1]], form, word) or word
                        yield self._finding(run, span, fixed, hit)
                        break

    def _a_name(self, run: DocumentRun, span: tuple[int, int], word: str, hit: RespeltHit) -> bool:
        """Whether the word is written as a name where the term has a common word.

        *Herman Senjaya* is no *senjata*: a capital in the middle of a sentence marks a
        name, unless the term writes that word with a capital too (*Dewan Keamaan*).
        """
        written = run.text[span[0] : span[1]]
        if not written[:1].isupper() or written.isupper():
            return False
        term = run.context.term(hit.entry.ref).text
        if any(
            fold(t.norm) == word and t.text[:1].isupper()
            for t in tokenize(term)
            if t.kind is TokenKind.WORD
        ):
            return False
        return not capital_is_positional(run.text, span[0])

    def _finding(
        self, run: DocumentRun, span: tuple[int, int], fixed: str, hit: RespeltHit
    ) -> Finding:
        written = run.text[span[0] : span[1]]
        term = run.context.term(hit.entry.ref)
        message = f"'{written}' looks like a misspelling of '{fixed}' (glossary term '{term.text}')"
        return run.finding(self, span, message, "", fixed, safe=False)

    def _respaced(self, run: DocumentRun, respacing: Respacing) -> Finding:
        span, fixed = respacing.span, respacing.replacement
        term = run.context.term(respacing.hit.entry.ref)
        written = run.text[span[0] : span[1]]
        how = SPACINGS[respacing.separator]
        message = f"'{written}' is {how} in the glossary: '{fixed}' (glossary term '{term.text}')"
        return run.finding(self, span, message, "", fixed, safe=False)


def _term_words(context: CheckContext) -> tuple[set[str], set[str]]:
    """The words of the approved case-insensitive terms: as tokens, folded, and as the
    glossary spells them between spaces.

    Words recur from term to term, so each is tokenised once: no token spans a space, so
    a term's tokens are those of its space-separated words."""
    spelt: set[str] = set()
    for _, term in context.glossary.terms(context.lang):
        if not term.case_sensitive and term.approved:
            spelt.update(term.text.split())
    approved = {
        fold(token.norm)
        for word in spelt
        for token in tokenize(word)
        if token.kind is TokenKind.WORD
    }
    return approved, spelt


def _lexicon(lang: str, roots: frozenset[str]) -> frozenset[str]:
    from wordfreq import top_n_list

    return frozenset(top_n_list(lang, LEXICON_SIZE)) | roots
