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

The places of the forms are recorded while each document is analysed
(``termbase.check.occurrences``); once the set is decided, those to report become findings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from termbase.check.context import CheckContext, Role, Use
from termbase.check.rules import SetRule
from termbase.findings import Severity
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
    every occurrence of the alternatives is reported). Spellings inside longer terms count
    (*P.B.B.* in *Dewan Keamanan P.B.B.*), and so do forms overlapping another term; two
    forms of the concept run into each other (*Republik Korea Selatan*) are one use, of the
    form that comes first. A term that a word-boundary near miss completes counts too, when
    near-miss runs (*pakta pertahanan timbal-balik* is a *pakta pertahanan timbal balik*).
    Deprecated forms are reported by deprecated-term instead. The summary after the findings
    lists each form of a mixed concept with its count per file.
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
    # Files in order, so that each form lists its files in order; the forms themselves are
    # sorted where they are shown.
    for path in sorted(usage):
        for (concept, index), count in usage[path].items():
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
        others = [other for other in used if other != index]
        # A form used in many files gets one message per set of other forms beside it.
        messages: dict[tuple[int, ...], str] = {}
        for path in counts[index]:
            here = tuple(other for other in others if path in counts[other])
            rule = rules[0] if here else rules[1]
            if rule is None:
                continue
            message = messages.get(here)
            if message is None:
                message = f"{_message(terms, index, here, others, counts)} ({concept}); {keep}"
                messages[here] = message
            reports[path][(concept, index)] = (rule, message)


def _message(
    terms: tuple[Term, ...],
    index: int,
    here: tuple[int, ...],
    others: list[int],
    counts: dict[int, dict[str, int]],
) -> str:
    """What a message says of one form: mixed with the ``here`` forms in its file, else
    used where the ``others`` are used elsewhere."""
    if here:
        return f"'{terms[index].text}' mixed with {_list(terms[o].text for o in here)} in this file"
    return f"'{terms[index].text}' here but {_elsewhere(terms, others, counts)}"


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
