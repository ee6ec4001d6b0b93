"""What rules work with: the glossary facts of a run and the state of one document.

``CheckContext`` holds what does not change from file to file (the glossary, the scanner,
the rules that run, and answers rules ask again and again, memoised); ``DocumentRun`` holds
one document's scan and turns offsets of its analysed text into findings that point at the
file as written.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from termbase.check.inputs import Document
from termbase.check.rules import DocumentRule, MatchRule, Rule
from termbase.findings import Finding, Fix
from termbase.matching import replacement_index
from termbase.model import Concept, Glossary, Status, Term, TermRef, TermType
from termbase.text.normalize import fold

if TYPE_CHECKING:
    from termbase.check.open_compounds import OpenCompounds
    from termbase.check.respelling import RespeltHit
    from termbase.scanning import ScannedText, TermScanner

Use = tuple[str, int]
"""One form of a concept: (concept id, index of the term in the checked language)."""


class Role(StrEnum):
    """The part a term plays: forms of one role are alternatives, of two roles companions.

    A full form and its acronym are used together (*Amerika Serikat* … *AS*); two full forms
    (*pakta pertahanan timbal balik* / *pakta bantuan pertahanan bersama*) or two spellings
    of the acronym (*AS* / *A.S.*) are a choice a text should make once. A full form with a
    part written as another concept's acronym (*Dewan Keamanan PBB* beside *Dewan Keamanan
    Perserikatan Bangsa-Bangsa*) is partly abbreviated: a companion of the full form too.
    """

    FULL = "full form"
    ABBREVIATION = "abbreviation"
    PARTIAL = "partly abbreviated form"
    SHORT = "short form"


def role_of(term: Term) -> Role:
    if term.term_type.is_abbreviation:
        return Role.ABBREVIATION
    if term.term_type is TermType.SHORT_FORM:
        return Role.SHORT
    return Role.FULL


UNAPPROVED = (Status.DEPRECATED, Status.SUPERSEDED)


class CheckContext:
    """The glossary side of a run: terms, forms and the rules that run."""

    def __init__(
        self, glossary: Glossary, lang: str, scanner: TermScanner, rules: list[Rule]
    ) -> None:
        self.glossary = glossary
        self.lang = lang
        self.scanner = scanner
        self.rules = rules
        self.match_rules = [rule for rule in rules if isinstance(rule, MatchRule)]
        self.document_rules = [rule for rule in rules if isinstance(rule, DocumentRule)]
        self._replacements: dict[TermRef, Term | None] = {}
        self._roles: dict[str, dict[Role, list[int]]] = {}
        self._term_roles: dict[tuple[str, int], Role] = {}
        self._expansions: dict[str, list[str]] | None = None

    def term(self, ref: TermRef) -> Term:
        return self.glossary.term(ref)

    def concept(self, concept_id: str) -> Concept:
        return self.glossary[concept_id]

    def approved(self, ref: TermRef) -> bool:
        return self.term(ref).status not in UNAPPROVED

    def forms_by_role(self, concept_id: str) -> dict[Role, list[int]]:
        """The approved terms of a concept in the checked language, by role."""
        known = self._roles.get(concept_id)
        if known is None:
            known = {}
            terms = self.concept(concept_id).terms_in(self.lang)
            approved = [i for i, term in enumerate(terms) if term.status not in UNAPPROVED]
            full = [i for i in approved if role_of(terms[i]) is Role.FULL]
            for index in approved:
                role = role_of(terms[index])
                if len(full) > 1 and role is Role.FULL and self._expands(index, full, terms):
                    role = Role.PARTIAL
                known.setdefault(role, []).append(index)
                self._term_roles[concept_id, index] = role
            self._roles[concept_id] = known
        return known

    def role(self, ref: TermRef) -> Role:
        """The role of a term in its concept (approved terms as ``forms_by_role`` sees them)."""
        self.forms_by_role(ref.concept_id)
        return self._term_roles.get((ref.concept_id, ref.index)) or role_of(self.term(ref))

    def _expands(self, index: int, full: list[int], terms: tuple[Term, ...]) -> bool:
        """Whether writing out an acronym inside ``terms[index]`` gives another full form."""
        others = {fold(terms[i].text) for i in full if i != index}
        words = terms[index].text.split(" ")
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                for expansion in self.expansions.get(" ".join(words[start:end]), ()):
                    written_out = " ".join([*words[:start], expansion, *words[end:]])
                    if fold(written_out) in others:
                        return True
        return False

    @property
    def expansions(self) -> dict[str, list[str]]:
        """Every approved acronym or abbreviation of the glossary, with its concept's full forms."""
        if self._expansions is None:
            self._expansions = {}
            for concept in self.glossary:
                terms = [t for t in concept.terms_in(self.lang) if t.status not in UNAPPROVED]
                full = [t.text for t in terms if role_of(t) is Role.FULL]
                for term in terms:
                    if full and term.term_type.is_abbreviation:
                        self._expansions.setdefault(term.text, []).extend(full)
        return self._expansions

    @cached_property
    def wanted(self) -> list[tuple[MatchRule, ...]]:
        """Per automaton pattern, the match rules that must see its matches."""
        return [
            tuple(rule for rule in self.match_rules if rule.wants(self, entries))
            for entries in self.scanner.entries
        ]

    @cached_property
    def wanted_flags(self) -> list[bool]:
        return [bool(rules) for rules in self.wanted]

    @cached_property
    def open_compounds(self) -> OpenCompounds | None:
        """The glossary's open compounds and their affixed spellings (deprecated-term and
        near-miss both need them); None for a language without compound data."""
        # Imported here: that module needs word_boundaries, which imports this one.
        from termbase.check.open_compounds import open_compounds

        return open_compounds(self)

    def replacement(self, ref: TermRef) -> Term | None:
        """What to write instead of a deprecated term: its approved spelling, else the
        preferred term of its concept."""
        if ref not in self._replacements:
            self._replacements[ref] = self._find_replacement(ref)
        return self._replacements[ref]

    def _find_replacement(self, ref: TermRef) -> Term | None:
        index = replacement_index(self.concept(ref.concept_id), ref)
        return None if index is None else self.concept(ref.concept_id).terms[ref.lang][index]


class DocumentRun:
    """One document being checked: its scan, and findings placed in the file as written."""

    def __init__(self, context: CheckContext, document: Document, scanned: ScannedText) -> None:
        self.context = context
        self.document = document
        self.scanned = scanned
        self.usage: Counter[Use] = Counter()
        """How often each form of a concept occurs here (for the consistency rules)."""
        self.scratch: dict[str, Any] = {}
        """Per-document state of rules, by rule code."""
        self.respelt: list[RespeltHit] = []
        """Terms that the word-boundary near misses reported here complete (for the
        consistency rules)."""

    @property
    def text(self) -> str:
        """The analysed text (markup taken out) that offsets refer to."""
        return self.document.analysed

    def finding(
        self,
        rule: Rule,
        span: tuple[int, int],
        message: str,
        concept: str = "",
        replacement: str | None = None,
        safe: bool = True,
    ) -> Finding:
        """A finding about ``span`` of the analysed text, placed in the file as written.

        ``replacement`` becomes a fix unless markup inside the span makes that unsafe.
        """
        return finding_in(self.document, rule, span, message, concept, replacement, safe)


def finding_in(
    document: Document,
    rule: Rule,
    span: tuple[int, int],
    message: str,
    concept: str = "",
    replacement: str | None = None,
    safe: bool = True,
) -> Finding:
    """A finding about ``span`` of a document's analysed text, placed in the file as written
    (see ``DocumentRun.finding``); needs no scan of the document."""
    start, end, rewritable = document.original_span(*span)
    written = document.original[start:end]
    line, column = document.lines.position(start)
    end_line, end_column = document.lines.position(end)
    fix = None
    if replacement is not None and rewritable and replacement != written:
        fix = Fix(start, end, replacement, safe)
    return Finding(
        document.source.name,
        line,
        column,
        rule.code,
        message,
        rule.severity,
        end_line,
        end_column,
        concept,
        written,
        fix,
    )
