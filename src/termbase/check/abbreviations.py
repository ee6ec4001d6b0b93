"""The abbreviation-before-full-form rule: an acronym must be introduced by its full form.

Acronyms and full forms count wherever they stand, also inside longer terms: *PBB* in
*Dewan Keamanan PBB*, and *Perserikatan Bangsa-Bangsa* in *resolusi Dewan Keamanan
Perserikatan Bangsa-Bangsa*, which introduces *PBB* as well as writing it out would.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from termbase.check.context import CheckContext, DocumentRun, Role
from termbase.check.rules import MatchRule
from termbase.findings import Finding, Severity
from termbase.matching import TermEntry, TermMatch
from termbase.model import TermRef
from termbase.text.tokenize import tokenize

Use = tuple[TermRef, int, int]
"""A term of a concept written at [start, end) of the analysed text."""


class AbbreviationBeforeFullForm(MatchRule):
    """An acronym or abbreviation is used before its full form appears (off by default).

    House styles ask that an acronym be introduced: *Perserikatan Bangsa-Bangsa (PBB)* before
    *PBB* alone. The first acronym or abbreviation of a concept that comes before any full
    form of it in the same document is reported, once per concept per document. Both count
    inside longer terms: *PBB* in *Dewan Keamanan PBB* is an acronym used, and *Perserikatan
    Bangsa-Bangsa* in *resolusi Dewan Keamanan Perserikatan Bangsa-Bangsa* introduces it.
    Concepts whose glossary entry has no full form (*NATO*) are never reported.
    """

    code = "C006"
    name = "abbreviation-before-full-form"
    severity = Severity.INFO
    default = False

    def prepare(self, context: CheckContext) -> None:
        self._matcher = context.scanner.matcher
        self._inner: dict[str, tuple[tuple[TermRef, int, int], ...]] = {}

    def _role(self, context: CheckContext, ref: TermRef) -> Role | None:
        """FULL or ABBREVIATION for the terms of concepts that have both, else None."""
        roles = context.forms_by_role(ref.concept_id)
        role = context.role(ref)
        if Role.FULL in roles and Role.ABBREVIATION in roles and role in roles:
            return role if role in (Role.FULL, Role.ABBREVIATION) else None
        return None

    def wants(self, context: CheckContext, entries: tuple[TermEntry, ...]) -> bool:
        for entry in entries:
            text = context.term(entry.ref).text
            refs = [entry.ref, *(ref for ref, _, _ in entry.parts)]
            refs += [ref for ref, _, _ in self._inside(text)]
            if any(self._role(context, ref) is not None for ref in refs):
                return True
        return False

    def _inside(self, text: str) -> tuple[tuple[TermRef, int, int], ...]:
        """Terms that start after the first word of ``text`` and end within it, with their
        offsets in ``text`` (the longest at each word), and the spellings inside them."""
        known = self._inner.get(text)
        if known is None:
            found: list[tuple[TermRef, int, int]] = []
            for start in _word_starts(text)[1:]:
                matches = self._matcher.find(text[start:])
                if matches and matches[0].start == 0:
                    found += [(ref, start + s, start + e) for ref, s, e in _places(matches[0])]
            known = self._inner[text] = tuple(found)
        return known

    def _uses(self, run: DocumentRun, match: TermMatch) -> Iterator[Use]:
        yield from _places(match)
        if match.end_token - match.first_token > 1:
            base = match.start
            for ref, start, end in self._inside(run.text[match.start : match.end]):
                yield ref, base + start, base + end

    def check(self, run: DocumentRun, match: TermMatch) -> Iterable[Finding]:
        first: dict[tuple[str, Role], tuple[int, int]] = run.scratch.setdefault(self.code, {})
        for ref, start, end in self._uses(run, match):
            role = self._role(run.context, ref)
            known = first.get((ref.concept_id, role)) if role is not None else None
            if role is not None and (known is None or start < known[0]):
                first[ref.concept_id, role] = (start, end)
        return ()

    def finish(self, run: DocumentRun) -> Iterable[Finding]:
        first: dict[tuple[str, Role], tuple[int, int]] = run.scratch.get(self.code, {})
        context = run.context
        for (concept_id, role), (start, end) in sorted(first.items()):
            full = first.get((concept_id, Role.FULL))
            if role is not Role.ABBREVIATION or (full is not None and full[0] < start):
                continue
            index = context.forms_by_role(concept_id)[Role.FULL][0]
            name = context.concept(concept_id).terms_in(context.lang)[index].text
            where = "before its full form" if full else "without its full form"
            message = f"'{run.text[start:end]}' is used {where} '{name}'"
            yield run.finding(self, (start, end), message, concept_id)


def _places(match: TermMatch) -> Iterator[Use]:
    yield match.ref, match.start, match.end
    for part in match.parts:
        yield part.ref, part.start, part.end


def _word_starts(text: str) -> list[int]:
    """Where each word of ``text`` starts."""
    return [token.start for token in tokenize(text) if token.is_word]
