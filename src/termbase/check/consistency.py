"""Consistency: one concept written two or more ways, within a document or across the set.

A *form* is one term of the glossary, whatever its inflection: *hak veto* and *hak vetonya*
are one form. Terms play roles (``Role``): a full form and its acronym are companions
(*Amerika Serikat* … *AS*) while two terms of one role are alternatives (*AS* / *A.S.*,
*pakta pertahanan timbal balik* / *pakta bantuan pertahanan bersama*, *Korea Utara* /
*Korut*). When a run uses two or more approved alternatives of a concept, every occurrence
of each alternative but the reference one (the best status of the role, then the first in
the glossary) is reported,
once: as a mix in its document when that document uses another alternative too, else as a
mix across the set. Deprecated forms are left to ``deprecated-term``.

Counting happens per document from the automaton hits (cheap: no offsets); only occurrences
to report are located, in a second pass over the documents concerned.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain, compress
from operator import itemgetter

from termbase.check.context import CheckContext, DocumentRun, Role, Use
from termbase.check.rules import SetRule
from termbase.findings import Finding, Severity
from termbase.matching import TermEntry, TermMatch
from termbase.model import STATUS_ORDER, Term, TermRef


class MixedFormsInFile(SetRule):
    """One concept is written in two or more alternative forms in one document.

    Alternatives are terms of one role: two full forms (*pakta pertahanan timbal balik* and
    *pakta bantuan pertahanan bersama*), two spellings of an acronym (*AS* and *A.S.*), a full
    name and a clipping listed as its variant (*Korea Utara* and *Korut*). A full form with
    its acronym or short form (*Amerika Serikat* … *AS*) is normal usage, not a mix, and
    inflected forms are one form (*hak veto*, *hak vetonya*). Every occurrence of each
    alternative except the reference one is reported once; the reference is the form of the
    role with the best status, then the first in the glossary (when it is not used at all,
    every occurrence of the alternatives is reported). Spellings
    inside longer terms count (*P.B.B.* in *Dewan Keamanan P.B.B.*). Deprecated forms are
    reported by deprecated-term instead. The summary after the findings lists each form of a
    mixed concept with its count per file.
    """

    code = "C002"
    name = "mixed-forms-in-file"
    severity = Severity.WARNING


class MixedFormsAcrossFiles(SetRule):
    """One concept is written in different alternative forms in different documents.

    The same test as mixed-forms-in-file, across every document checked in one run: *A.S.*
    in one article and *AS* in another. It reports the occurrences of a non-reference form in
    documents that use no other alternative themselves (those are mixed-forms-in-file). Check
    the documents that must agree with each other in one run, or ignore this rule.
    """

    code = "C003"
    name = "mixed-forms-across-files"
    severity = Severity.WARNING


class FormIndex:
    """Which forms every automaton pattern stands for, for the concepts that can be mixed."""

    def __init__(self, context: CheckContext) -> None:
        self.context = context
        self.mixable = {
            concept.id
            for concept in context.glossary
            if any(len(forms) > 1 for forms in context.forms_by_role(concept.id).values())
        }
        self.static: list[tuple[Use, ...]] = []
        self.multiple: list[bool] = []
        self.patterns: dict[Use, list[int]] = defaultdict(list)
        """For each form, the patterns whose hits are that form."""
        for pattern, entries in enumerate(context.scanner.entries):
            several = len(entries) > 1 and any(self._uses_of_entry(e) for e in entries)
            self.multiple.append(several)
            self.static.append(() if several else self._uses_of_entry(entries[0]))
            for use in self.static[-1]:
                self.patterns[use].append(pattern)
        self._several = [pattern for pattern, several in enumerate(self.multiple) if several]

    def _uses_of_entry(self, entry: TermEntry) -> tuple[Use, ...]:
        refs = [entry.ref, *(ref for ref, _, _ in entry.parts)]
        return tuple((ref.concept_id, ref.index) for ref in refs if ref.concept_id in self.mixable)

    def places(self, match: TermMatch) -> Iterator[tuple[Use, tuple[int, int]]]:
        """Each form of a mixable concept in a match, with its span."""
        if match.ref.concept_id in self.mixable:
            yield (match.ref.concept_id, match.ref.index), (match.start, match.end)
        for part in match.parts:
            if part.ref.concept_id in self.mixable:
                yield (part.ref.concept_id, part.ref.index), (part.start, part.end)

    def count(self, run: DocumentRun) -> None:
        """Add the forms used in a document to ``run.usage``."""
        hits = run.scanned.hits
        for pattern, count in Counter(map(itemgetter(0), hits)).items():
            for use in self.static[pattern]:
                run.usage[use] += count
        flags = map(self.multiple.__getitem__, map(itemgetter(0), hits))
        for hit in compress(hits, flags):
            for use, _ in self.places(run.scanned.match(hit)):
                run.usage[use] += 1

    def locate(
        self, run: DocumentRun, wanted: Mapping[Use, tuple[SetRule, str]]
    ) -> Iterator[Finding]:
        """Findings for every occurrence of the ``wanted`` forms in a document."""
        patterns = bytearray(len(self.static))
        for pattern in chain(self._several, *(self.patterns.get(use, ()) for use in wanted)):
            patterns[pattern] = 1
        hits = run.scanned.hits
        for hit in compress(hits, map(patterns.__getitem__, map(itemgetter(0), hits))):
            for use, span in self.places(run.scanned.match(hit)):
                if use in wanted:
                    rule, message = wanted[use]
                    yield run.finding(rule, span, message, use[0])


@dataclass(frozen=True)
class FormCount:
    """One form of a concept in the summary table: how often, in which files."""

    text: str
    status: str
    role: Role
    total: int
    files: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ConceptForms:
    concept: str
    forms: tuple[FormCount, ...]


@dataclass(frozen=True)
class MixDecision:
    reports: dict[str, dict[Use, tuple[SetRule, str]]]
    """Per file, the forms whose occurrences there are to be reported, with rule and message."""
    summary: tuple[ConceptForms, ...]


def decide(
    usage: Mapping[str, Counter[Use]],
    context: CheckContext,
    in_file: SetRule | None,
    across: SetRule | None,
) -> MixDecision:
    """Which forms to report where, from the forms counted in each file."""
    totals: dict[str, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for path in sorted(usage):
        for (concept, index), count in sorted(usage[path].items()):
            totals[concept][index][path] = count
    reports: dict[str, dict[Use, tuple[SetRule, str]]] = defaultdict(dict)
    summary = []
    for concept in sorted(totals):
        mixed = False
        for indexes in context.forms_by_role(concept).values():
            used = [index for index in indexes if index in totals[concept]]
            if len(used) > 1:
                mixed = True
                group = (_reference(context, concept, indexes), used)
                _report_group(context, concept, group, totals[concept], (in_file, across), reports)
        if mixed:
            summary.append(_summary(context, concept, totals[concept]))
    return MixDecision(dict(reports), tuple(summary))


def _reference(context: CheckContext, concept: str, indexes: list[int]) -> int:
    """The form to keep: the best status of the role, then the first in the glossary."""
    terms = context.concept(concept).terms_in(context.lang)
    return min(indexes, key=lambda index: (STATUS_ORDER[terms[index].status], index))


def _report_group(
    context: CheckContext,
    concept: str,
    group: tuple[int, list[int]],
    counts: dict[int, dict[str, int]],
    rules: tuple[SetRule | None, SetRule | None],
    reports: dict[str, dict[Use, tuple[SetRule, str]]],
) -> None:
    terms = context.concept(concept).terms_in(context.lang)
    reference, used = group
    keep = f"keep one form: '{terms[reference].text}'"
    for index in used:
        if index == reference:
            continue
        for path in counts[index]:
            here = [other for other in used if other != index and path in counts[other]]
            rule = rules[0] if here else rules[1]
            if rule is None:
                continue
            if here:
                others = _list(terms[o].text for o in here)
                message = (
                    f"'{terms[index].text}' mixed with {others} in this file ({concept}); {keep}"
                )
            else:
                elsewhere = _elsewhere(terms, [o for o in used if o != index], counts)
                message = f"'{terms[index].text}' here but {elsewhere} ({concept}); {keep}"
            reports[path][(concept, index)] = (rule, message)


def _list(texts: Iterable[str]) -> str:
    return ", ".join(f"'{text}'" for text in texts)


def _elsewhere(
    terms: tuple[Term, ...], others: list[int], counts: dict[int, dict[str, int]]
) -> str:
    parts = []
    for other in others:
        files = counts[other]
        plural = "s" if len(files) != 1 else ""
        parts.append(f"'{terms[other].text}' {sum(files.values())}× in {len(files)} file{plural}")
    return " and ".join(parts)


def _summary(
    context: CheckContext, concept: str, counts: dict[int, dict[str, int]]
) -> ConceptForms:
    terms = context.concept(concept).terms_in(context.lang)
    forms = tuple(
        FormCount(
            terms[index].text,
            terms[index].status.value,
            context.role(TermRef(concept, context.lang, index)),
            sum(counts[index].values()),
            tuple(sorted(counts[index].items())),
        )
        for index in sorted(counts)
    )
    return ConceptForms(concept, forms)
