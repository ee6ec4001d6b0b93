"""The check engine: runs the rules over every input and decides what is reported.

Documents are checked one by one (spread over processes with ``jobs``): each yields its
findings, the places of the forms of concepts it uses and its suppression markers. The
consistency rules then decide, over the whole set, which forms to report, and their
recorded places become findings (no document is scanned again). Translation files go
through the bilingual rules. Last, per-path ignores and inline suppressions are applied and
the findings sorted, so the output does not depend on the number of processes.
"""

from __future__ import annotations

import gc
import multiprocessing
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from termbase.check.bilingual import BilingualChecker, file_pairs
from termbase.check.consistency import ConceptForms, MixDecision, decide
from termbase.check.context import CheckContext, DocumentRun, Use
from termbase.check.fixes import exclusive_fixes
from termbase.check.inputs import Document, InputKind, Source, matches, read_document
from termbase.check.occurrences import FormIndex, Verdicts
from termbase.check.registry import code_of
from termbase.check.rules import DocumentRule, MatchRule, PairRule, Rule, SetRule
from termbase.check.suppress import Suppressions, parse_suppressions
from termbase.check.textmap import LineIndex
from termbase.errors import InputError
from termbase.findings import Finding, Severity
from termbase.matching import TermMatcher
from termbase.model import Glossary
from termbase.scanning import TermScanner
from termbase.text import key_cache
from termbase.text.morphology import analyzer_for

if TYPE_CHECKING:
    from termbase.align.documents import DocumentPair

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class CheckOptions:
    """What to run and how."""

    rules: tuple[type[Rule], ...]
    lang: str = "id"
    target_lang: str = "en"
    per_path_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    jobs: int = 1
    cache: Path | None = None
    """Where matching keys are kept between runs (None: not kept)."""
    config_root: Path | None = None
    """The configuration file's directory, which per-path globs may be relative to."""


@dataclass(frozen=True)
class CheckReport:
    """The outcome of a run: what to report, the form summary and the inputs read."""

    findings: tuple[Finding, ...]
    summary: tuple[ConceptForms, ...]
    sources: tuple[Source, ...]
    suppressed: int = 0
    stdin: bytes | None = field(default=None, repr=False)

    def failing(self, fail_on: Severity | None) -> bool:
        """Whether any finding is at or above ``fail_on`` (None: never fail)."""
        return fail_on is not None and any(f.severity >= fail_on for f in self.findings)

    def document(self, name: str) -> Document:
        """The document a finding's path names, read again."""
        source = next(source for source in self.sources if source.name == name)
        return read_document(source, self.stdin if source.path is None else None)


@dataclass
class DocumentResult:
    name: str
    findings: list[Finding]
    usage: Counter[Use]
    suppressions: Suppressions
    keys: dict[str, str]
    """Matching keys computed while checking the document, for the persistent cache."""
    places: array[int] = field(default_factory=lambda: array("q"))
    """Where the forms of mixable concepts stand (``FormIndex.record``)."""


class _Worker:
    """What a process needs to check documents; built once, before processes fork."""

    def __init__(self, context: CheckContext, forms: FormIndex | None, stdin: bytes | None) -> None:
        self.context = context
        self.forms = forms
        self.stdin = stdin

    def read(self, source: Source) -> Document:
        return read_document(source, self.stdin if source.path is None else None)

    def analyse(self, source: Source) -> DocumentResult:
        document = self.read(source)
        context = self.context
        scanned = context.scanner.scan(document.analysed, maximal=True)
        run = DocumentRun(context, document, scanned)
        findings = self._match_findings(run)
        for match_rule in context.match_rules:
            findings += match_rule.finish(run)
        for document_rule in context.document_rules:
            findings += document_rule.check_document(run)
        places = array("q")
        if self.forms is not None:
            places = self.forms.record(run.scanned, run.respelt)
            run.usage.update(self.forms.usage(places))
        suppressions = parse_suppressions(document.original, code_of)
        keys = key_cache.take_computed(context.scanner.analyzer)
        return DocumentResult(source.name, findings, run.usage, suppressions, keys, places)

    def _match_findings(self, run: DocumentRun) -> list[Finding]:
        """What the match rules find in the hits they want, building a hit's match only
        for the rules that cannot pass it from its text alone."""
        findings: list[Finding] = []
        context, scanned = self.context, run.scanned
        hits, text, entries = scanned.hits, scanned.text, context.scanner.entries
        for hit in compress(hits, map(context.wanted_flags.__getitem__, map(itemgetter(0), hits))):
            pattern, first, end = hit
            start, stop = scanned.tokens_span(first, end)
            written = text[start:stop]
            rules = [
                rule
                for rule in context.wanted[pattern]
                if not rule.passes(context, entries[pattern], written)
            ]
            if rules:
                match = scanned.match(hit)
                for rule in rules:
                    findings += rule.check(run, match)
        return _distinct(findings)

    def locate(self, source: Source, places: array[int], wanted: Verdicts) -> list[Finding]:
        """The findings of the forms to report in a document, from its recorded places."""
        assert self.forms is not None
        return list(self.forms.locate(self.read(source), places, wanted))


_CURRENT: _Worker | None = None


def _call(task: tuple[str, Any]) -> Any:
    assert _CURRENT is not None
    method, argument = task
    return getattr(_CURRENT, method)(argument)


class _Pool:
    """Runs worker methods in this process, or over forked processes for ``jobs`` > 1."""

    def __init__(self, worker: _Worker, jobs: int, size: int) -> None:
        global _CURRENT
        self.worker = worker
        usable = jobs > 1 and size > 1 and "fork" in multiprocessing.get_all_start_methods()
        self.executor: ProcessPoolExecutor | None = None
        if usable:
            _CURRENT = worker
            context = multiprocessing.get_context("fork")
            self.executor = ProcessPoolExecutor(min(jobs, size), mp_context=context)

    def map(self, method: str, items: Sequence[Any]) -> list[Any]:
        if self.executor is None:
            return [getattr(self.worker, method)(item) for item in items]
        return list(self.executor.map(_call, [(method, item) for item in items]))

    def close(self) -> None:
        global _CURRENT
        if self.executor is not None:
            self.executor.shutdown()
        _CURRENT = None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a block, then as it was.

    A run builds millions of objects that live until it ends and form no cycles (matches,
    places, findings); every full collection walks all of them again, which cost 1.1 s of
    an 8 s check of 20 MB. Forked workers inherit the pause, and so no longer write to
    every page they share with the parent either.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def run_check(
    sources: Sequence[Source],
    glossary: Glossary,
    options: CheckOptions,
    stdin: bytes | None = None,
    aligned: Sequence[DocumentPair] = (),
) -> CheckReport:
    """Check every source, and each document pair in ``aligned`` as a translation (aligned
    sentence by sentence); the report holds what survives ignores and suppressions."""
    with collector_paused():
        return _run_check(sources, glossary, options, stdin, aligned)


def _run_check(
    sources: Sequence[Source],
    glossary: Glossary,
    options: CheckOptions,
    stdin: bytes | None,
    aligned: Sequence[DocumentPair],
) -> CheckReport:
    texts = [source for source in sources if not source.kind.bilingual]
    translations = [source for source in sources if source.kind.bilingual]
    findings: list[Finding] = []
    summary: tuple[ConceptForms, ...] = ()
    suppressions: dict[str, Suppressions] = {}
    if texts and any(not issubclass(rule, PairRule) for rule in options.rules):
        findings, summary, suppressions = _check_texts(texts, glossary, options, stdin)
    pairs: list[Iterable[Any]] = [_pairs(source, options) for source in translations]
    if aligned:
        from termbase.align.aligner import Aligner
        from termbase.check.aligned import aligned_pairs

        aligner = Aligner(options.lang, options.target_lang, glossary)
        pairs.append(aligned_pairs(aligned, aligner))
    if pairs:
        findings += _check_translations(chain.from_iterable(pairs), glossary, options)
    kept = [f for f in findings if not _ignored(f, options, suppressions.get(f.path))]
    kept = exclusive_fixes(kept)
    return CheckReport(
        tuple(sorted(kept, key=Finding.sort_key)),
        summary,
        tuple(sources),
        len(findings) - len(kept),
        stdin,
    )


def _distinct(findings: list[Finding]) -> list[Finding]:
    """One finding per rule, place and concept: overlapping matches may share a place (a
    deprecated spelling inside both), which is one occurrence."""
    seen: set[tuple[str, int, int, int, int, str]] = set()
    kept = []
    for finding in findings:
        key = (
            finding.code,
            finding.line,
            finding.column,
            finding.end_line,
            finding.end_column,
            finding.concept,
        )
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _ignored(finding: Finding, options: CheckOptions, suppressions: Suppressions | None) -> bool:
    for glob, codes in options.per_path_ignores:
        if finding.code in codes and matches(finding.path, (glob,), options.config_root):
            return True
    return suppressions is not None and suppressions.covers(finding)


def _context(glossary: Glossary, options: CheckOptions) -> tuple[CheckContext, FormIndex | None]:
    analyzer = analyzer_for(options.lang)
    if options.cache is not None:
        key_cache.preload(analyzer, options.cache)
    scanner = TermScanner(TermMatcher(glossary, options.lang, analyzer))
    rules: list[Rule] = [
        rule() for rule in options.rules if issubclass(rule, (MatchRule, DocumentRule))
    ]
    context = CheckContext(glossary, options.lang, scanner, rules)
    for rule in rules:
        rule.prepare(context)
    counting = any(issubclass(rule, SetRule) for rule in options.rules)
    return context, FormIndex(context) if counting else None


def _check_texts(
    texts: list[Source], glossary: Glossary, options: CheckOptions, stdin: bytes | None
) -> tuple[list[Finding], tuple[ConceptForms, ...], dict[str, Suppressions]]:
    context, forms = _context(glossary, options)
    worker = _Worker(context, forms, stdin)
    pool = _Pool(worker, options.jobs, len(texts))
    try:
        results: list[DocumentResult] = pool.map("analyse", texts)
        findings = list(chain.from_iterable(result.findings for result in results))
    finally:
        pool.close()
    decision = _decide(results, context, options) if forms is not None else None
    if decision is not None:
        # In this process: building the findings costs no more than unpickling them would.
        for source, result in zip(texts, results, strict=True):
            wanted = decision.reports.get(source.name)
            if wanted:
                findings += worker.locate(source, result.places, wanted)
    _save_keys(context, options, results)
    summary = decision.summary if decision is not None else ()
    return findings, summary, {result.name: result.suppressions for result in results}


def _decide(
    results: list[DocumentResult], context: CheckContext, options: CheckOptions
) -> MixDecision:
    rules = {rule.code: rule() for rule in options.rules if issubclass(rule, SetRule)}
    return decide(
        {result.name: result.usage for result in results},
        context,
        rules.get("C002"),
        rules.get("C003"),
    )


def _save_keys(
    context: CheckContext, options: CheckOptions, results: Iterable[DocumentResult]
) -> None:
    if options.cache is None:
        return
    keys = key_cache.take_computed(context.scanner.analyzer)
    for result in results:
        keys.update(result.keys)
    key_cache.save(options.lang, options.cache, keys)


def _check_translations(
    pairs: Iterable[Any], glossary: Glossary, options: CheckOptions
) -> list[Finding]:
    codes = [rule.code for rule in options.rules if issubclass(rule, PairRule)]
    if not codes:
        return []
    checker = BilingualChecker(glossary, options.lang, options.target_lang, codes)
    return checker.check(pairs)


def _pairs(source: Source, options: CheckOptions) -> Iterable[Any]:
    if source.path is None:
        raise InputError(source.name, "translation files cannot be read from stdin")
    po_file = source.kind is InputKind.PO
    return file_pairs(source.path, source.name, options.lang, options.target_lang, po_file)


def line_provider(report: CheckReport) -> Callable[[str, int], str]:
    """Source lines for reporters: reads each file once, when its first finding is shown,
    and cuts out each line once for the findings on it (they come one after another)."""
    current: dict[str, LineIndex] = {}
    last: list[tuple[str, int, str]] = [("", 0, "")]

    def line(name: str, number: int) -> str:
        known_name, known_number, text = last[0]
        if number == known_number and name == known_name:
            return text
        if name not in current:
            current.clear()
            try:
                current[name] = report.document(name).lines
            except (InputError, StopIteration):
                current[name] = LineIndex("")
        index = current[name]
        text = index.line_text(number) if 0 < number <= index.count else ""
        last[0] = (name, number, text)
        return text

    return line
