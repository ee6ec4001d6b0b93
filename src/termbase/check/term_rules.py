"""Rules about single term occurrences: deprecated forms and wrong case."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from termbase.check.context import CheckContext, DocumentRun
from termbase.check.fixes import is_title_case, keep_form, transfer_case
from termbase.check.open_compounds import Respelling, Suspect
from termbase.check.rules import Fixable, MatchRule
from termbase.findings import Finding, Severity
from termbase.lang import language_module
from termbase.matching import TermEntry, TermMatch
from termbase.model import Term, TermRef
from termbase.text.acronyms import recase_acronym, written_in_other_case
from termbase.text.capitals import capital_is_positional
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, TokenKind, tokenize


def _refs(entry: TermEntry) -> Iterator[TermRef]:
    yield entry.ref
    for ref, _, _ in entry.parts:
        yield ref


class DeprecatedTerm(MatchRule):
    """A deprecated or superseded term is used.

    The glossary marks some forms deprecated (*kerjasama*, a non-standard spelling of *kerja
    sama*) or superseded. Every occurrence is reported with the form to use instead: the
    approved spelling of the same term, or else the concept's preferred term. Inflected forms
    count (*kerjasamanya*), and so does a deprecated spelling inside a longer term
    (*Kerjasama Militer*), which is reported and fixed where it stands, or a deprecated term
    overlapping another term (*senjata pemusnah masal* in *perlombaan senjata pemusnah
    masal*).

    The fix keeps the writer's inflection and case: *Kerjasamanya* → *Kerja samanya*,
    *KERJASAMA* → *KERJA SAMA*.

    An open compound whose one-word spelling the glossary deprecates (*kerja sama*,
    *tanda tangan*, *tanggung jawab*) is also checked with its affixes, as PUEBI spaces
    them. With a prefix only or a suffix only it stays two words, the affix joined to the
    word beside it: *bekerjasama* → *bekerja sama*, *Bekerjasamalah* → *Bekerja samalah*,
    *tandatangani* → *tanda tangani*, *bekerja-sama* → *bekerja sama*. With a prefix and a
    suffix at once it is one word: *ditanda tangani* or *ditanda-tangani* →
    *ditandatangani*, *penanda tanganan* → *penandatanganan*, *dikerja samakan* →
    *dikerjasamakan*; those one-word forms are right and never reported. Clitics are no
    suffixes (*kerja samanya*). Only compounds with a deprecated one-word spelling are
    checked: that spelling is the glossary's word that the term is a compound and that
    writers join it; most multi-word terms are phrases (*anggota tetap*), whose words take
    affixes each on its own.

    These are reported here rather than as near misses (C005), though a space is what
    moves: the compound's spelling is settled by the glossary and the rule is mechanical,
    not a guess, so the finding is an error with a safe fix, like the deprecated spelling
    it is a form of (*bekerjasama* is *kerjasama* with a prefix); and the whole family of a
    deprecated spelling stays under one rule, selected or ignored together.
    """

    code = "C001"
    name = "deprecated-term"
    severity = Severity.ERROR
    fixable = Fixable.SAFE

    def prepare(self, context: CheckContext) -> None:
        compounds = self._compounds = context.open_compounds
        self._suspects: dict[str, tuple[Suspect, ...]] = {}
        """Pieces of text with a suspect spacing of an open compound, by piece."""
        if not compounds:
            return

        def see(piece: str, tokens: list[Token], codes: str) -> bool:
            found = compounds.suspects(tokens)
            if found:
                self._suspects[piece] = found
            return bool(found)

        context.scanner.watch(see)

    def wants(self, context: CheckContext, entries: tuple[TermEntry, ...]) -> bool:
        return any(not context.approved(ref) for entry in entries for ref in _refs(entry))

    def check(self, run: DocumentRun, match: TermMatch) -> Iterable[Finding]:
        context = run.context
        if not context.approved(match.ref) and not self._affixed(run, match.start, match.end):
            yield self._finding(run, match.ref, (match.start, match.end))
        title = is_title_case(run.text[match.start : match.end])
        for part in match.parts:
            if not context.approved(part.ref) and not self._affixed(run, part.start, part.end):
                yield self._finding(run, part.ref, (part.start, part.end), title)

    def _affixed(self, run: DocumentRun, start: int, end: int) -> bool:
        """Whether a match holds an open compound with an affix written as one word: right
        with a prefix and a suffix (*dikerjasamakan*), else reported by ``finish``
        (*bekerjasama*, *kerjasamakan*), which places the space."""
        compounds = self._compounds
        if not compounds:
            return False
        return any(compounds.affixed(fold(word)) for word in run.text[start:end].split())

    def finish(self, run: DocumentRun) -> Iterable[Finding]:
        suspects, compounds = self._suspects, self._compounds
        if not suspects or compounds is None:
            return
        pieces = run.scanned.pieces
        for index in run.scanned.marked_pieces():
            found = suspects.get(pieces[index])
            if found is not None:
                for respelling in compounds.find(run, index, found):
                    yield self._respaced(run, respelling)

    def _respaced(self, run: DocumentRun, respelling: Respelling) -> Finding:
        span, fixed, compound = respelling.span, respelling.replacement, respelling.compound
        written = run.text[span[0] : span[1]]
        use = f": use '{fixed}'" if fixed else ""
        both = respelling.prefixed and respelling.suffixed
        affixes = "a prefix and a suffix" if both else "a prefix only"
        if not respelling.prefixed:
            affixes = "a suffix only"
        spacing = "is one word" if both else "stays two words"
        why = f"with {affixes}, {compound.first} {compound.second} {spacing}; PUEBI"
        message = f"'{written}' is non-standard{use} ({why})"
        return run.finding(self, span, message, compound.concept, fixed)

    def _finding(
        self, run: DocumentRun, ref: TermRef, span: tuple[int, int], title: bool = False
    ) -> Finding:
        term = run.context.term(ref)
        instead = run.context.replacement(ref)
        written = run.text[span[0] : span[1]]
        why = f" ({term.usage})" if term.usage else ""
        if instead is None:
            message = f"'{written}' is {term.status.value}{why}"
            return run.finding(self, span, message, ref.concept_id)
        fixed = keep_form(written, term.text, instead.text, title)
        advice = fixed or transfer_case(written, instead.text, title)
        message = f"'{written}' is {term.status.value}: use '{advice}'{why}"
        return run.finding(self, span, message, ref.concept_id, fixed)


@lru_cache(maxsize=1 << 16)
def recase(written: str, form: str) -> str | None:
    """``written`` with the capitals of ``form`` restored, or None when none is missing.

    Words are compared one by one on the letters they share with the glossary form, so
    inflection stays (*korea utaranya* → *Korea Utaranya*), and so does a reduplicated word
    written as its half (*perserikatan bangsa* → *Perserikatan Bangsa*); capitals that
    ``form`` does not have are left, and text all in capitals is accepted as it is.
    """
    if written == form:
        return None
    letters = [char for char in written if char.isalpha()]
    if not letters or all(char.isupper() for char in letters):
        return None
    tokens, model = tokenize(written), tokenize(form)
    if len(tokens) != len(model):
        return None
    parts, cursor, wrong = [], 0, False
    for token, expected in zip(tokens, model, strict=True):
        # A written word may be shorter than the glossary's: one half of a reduplication
        # (*bangsa* for *Bangsa-Bangsa*) keys as the whole.
        size = min(len(expected.text), len(token.text))
        head = token.text[:size]
        if head.lower() != expected.text[:size].lower():
            continue
        fixed = "".join(
            want if want.isupper() and have.islower() else have
            for have, want in zip(head, expected.text, strict=False)
        )
        wrong = wrong or fixed != head
        parts += [written[cursor : token.start], fixed + token.text[size:]]
        cursor = token.end
    if not wrong:
        return None
    return "".join([*parts, written[cursor:]])


class WrongCase(MatchRule):
    """A proper term is written with a capital letter missing.

    Names of states, organisations and their organs are proper nouns (*Dewan Keamanan PBB*,
    *Korea Utara*): where a capital of the glossary form is written in lower case (*dewan
    keamanan PBB*) the occurrence is reported, and the fix restores the glossary's capitals,
    keeping any inflection. The same holds for a name inside a longer term that is not itself
    a name (*resolusi dewan keamanan PBB* → *resolusi Dewan Keamanan PBB*): the capitals the
    glossary writes are the ones checked. Capitals the glossary form does not have are
    accepted (a sentence or a heading may start with one), and so is text written all in
    capitals.

    A name made only of common words (*Dewan Keamanan*, *Kelompok Tujuh*: every word in the
    language's dictionary of roots) can also be a description: *membentuk dewan keamanan
    regional*, *sebuah kelompok tujuh pemuda*. Written all in lower case (or with only the
    capital a sentence start gives it) after a determiner or before a modifying word
    (language data: ``termbase.lang.id.phrases``), it is not reported. A capital the writer
    gave it (*Dewan keamanan*, mid-sentence), a name in it (*dewan keamanan PBB*, *korea
    utara*) or nothing around it to make it common (*di dewan keamanan.*) shows the name.

    Acronyms (case-sensitive terms) match as written, so that *AS* is never *as*. One that
    cannot be an ordinary word in lower case is also recognised in another case, and
    reported: *Nato*, *Asean*, *pbb* (Indonesian) → *NATO*, *ASEAN*, *PBB*. That is a word in
    capitals of three letters or more, left alone by the analyser, without a vowel or (in a
    language with a dictionary of roots: Indonesian) not in the dictionary. Two-letter ones
    (*AS*, *RI*, *UN*) and dictionary words (*HAM*: *ham*) count only in capitals. The fix
    writes the capitals and joins a clitic the language's way: *Natonya* → *NATO-nya*
    (PUEBI hyphenates a clitic on a word in capitals), English *Wmds* → *WMDs*. English
    has no dictionary here, so English text is checked only for acronyms without a vowel
    (*Wmd*, *prc*): *Nato* and *Asean*, also the house style of British English, are left
    alone there. The consistency rules count such a spelling as the acronym.
    """

    code = "C004"
    name = "wrong-case"
    severity = Severity.WARNING
    fixable = Fixable.SAFE

    @staticmethod
    def _has_capitals(term: Term) -> bool:
        """Whether the glossary writes capitals that a text could leave out."""
        return not term.case_sensitive and any(char.isupper() for char in term.text)

    def wants(self, context: CheckContext, entries: tuple[TermEntry, ...]) -> bool:
        return any(
            entry.other_case or self._has_capitals(context.term(entry.ref)) for entry in entries
        )

    def prepare(self, context: CheckContext) -> None:
        self._forms: dict[int, str | None] = {}
        """By entry order: the form whose capitals count, None when there are none."""
        self._common: dict[TermRef, bool] = {}
        """By term: whether every word of it is a common word."""
        self._phrases = language_module(context.lang, "phrases")

    def passes(self, context: CheckContext, entries: tuple[TermEntry, ...], written: str) -> bool:
        if len(entries) > 1:
            return False
        # With one entry, the match is of its term, over exactly the text written: the
        # test of ``check``, with what depends on the term alone worked out once.
        entry = entries[0]
        if entry.other_case:
            return False
        if entry.order not in self._forms:
            term = context.term(entry.ref)
            self._forms[entry.order] = term.text if self._has_capitals(term) else None
        form = self._forms[entry.order]
        return form is None or recase(written, form) is None

    def check(self, run: DocumentRun, match: TermMatch) -> Iterable[Finding]:
        term = run.context.term(match.ref)
        written = run.text[match.start : match.end]
        if term.case_sensitive:
            yield from self._acronym(run, match, term, written)
            return
        if not self._has_capitals(term):
            return
        fixed = recase(written, term.text)
        if fixed is not None and not self._description(run, match, term):
            what = "is a proper name" if term.is_proper else "has a proper name in it"
            message = f"'{written}' {what}: write '{fixed}'"
            yield run.finding(self, (match.start, match.end), message, match.ref.concept_id, fixed)

    def _acronym(
        self, run: DocumentRun, match: TermMatch, term: Term, written: str
    ) -> Iterator[Finding]:
        """An acronym recognised in another case (*Nato*, *Natonya*)."""
        if not written_in_other_case(written, term.text):
            return
        fixed = recase_acronym(written, term.text, run.context.lang)
        advice = f"write '{fixed}'" if fixed else f"the glossary writes '{term.text}'"
        message = f"'{written}' is an acronym: {advice}"
        yield run.finding(self, (match.start, match.end), message, match.ref.concept_id, fixed)

    def _description(self, run: DocumentRun, match: TermMatch, term: Term) -> bool:
        """Whether the match reads as a description in common words, not as the name."""
        text = run.text
        written = text[match.start : match.end]
        if any(char.isupper() for char in written[1:]):
            return False
        if written[:1].isupper() and not capital_is_positional(text, match.start):
            return False
        phrases = self._phrases
        if phrases is None or not self._common_words(run, match.ref, term):
            return False
        before = _WORD_BEFORE.search(text, max(0, match.start - _REACH), match.start)
        if before and before.group(1).lower() in phrases.DETERMINERS:
            return True
        after = _WORD_AFTER.match(text, match.end, match.end + _REACH)
        if after is None:
            return False
        word = after.group(1)
        return (
            word.islower()
            and word in self._roots(run)
            and word not in phrases.NOT_MODIFIERS
            # *perserikatan bangsa bangsa*: a reduplication written apart, not a modifier
            and not written.lower().endswith(word)
        )

    def _common_words(self, run: DocumentRun, ref: TermRef, term: Term) -> bool:
        """Whether every word of the term is in the language's dictionary of roots."""
        if ref not in self._common:
            analyzer = run.context.scanner.analyzer
            words = [t.norm for t in tokenize(term.text) if t.kind is TokenKind.WORD]
            roots = self._roots(run)
            self._common[ref] = bool(roots) and all(
                analyzer.root(analyzer.key(word)) in roots for word in words
            )
        return self._common[ref]

    @staticmethod
    def _roots(run: DocumentRun) -> frozenset[str]:
        """The language's dictionary of roots (read only when a finding needs it)."""
        roots: frozenset[str] = getattr(run.context.scanner.analyzer, "roots", frozenset())
        return roots


_REACH = 40
"""How far before or after a match a neighbouring word is looked for."""
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")
