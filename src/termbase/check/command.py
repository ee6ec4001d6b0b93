"""`termbase check` as one library call: configuration, inputs, the run, and fixes.

The CLI turns its options into a ``CheckRequest``, calls ``check`` and prints the outcome;
everything that decides anything happens here or below.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from termbase.check.config import CheckConfig, find_config, load_config
from termbase.check.engine import CheckOptions, CheckReport, collector_paused, run_check
from termbase.check.fixes import apply_fixes, unified_diff, write_fixed
from termbase.check.inputs import DEFAULT_INCLUDE, STDIN, InputKind, discover
from termbase.check.registry import codes, select_rules
from termbase.errors import ConfigError
from termbase.findings import Finding, Fix, Severity

if TYPE_CHECKING:
    from termbase.align.documents import DocumentPair

EXIT_CLEAN = 0
EXIT_FINDINGS = 1


@dataclass(frozen=True)
class CheckRequest:
    """Everything the command line can ask of a check run."""

    paths: tuple[str, ...]
    glossary: Path
    cache: Path | None = None
    config: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None
    target_lang: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    input_format: InputKind | None = None
    stdin_name: str | None = None
    stdin: bytes | None = None
    fix: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    jobs: int = 1
    translation: str | None = None
    """A translation of the one path given (file or directory), to align and check."""


@dataclass(frozen=True)
class CheckOutcome:
    report: CheckReport
    fail_on: Severity | None
    diffs: tuple[tuple[str, str], ...] = ()
    fixed: int = 0
    showing_diff: bool = False

    @property
    def exit_code(self) -> int:
        if self.showing_diff:
            return EXIT_FINDINGS if self.diffs else EXIT_CLEAN
        return EXIT_FINDINGS if self.report.failing(self.fail_on) else EXIT_CLEAN


def _config(request: CheckRequest) -> CheckConfig:
    if request.config is not None:
        return load_config(request.config)
    first = next((Path(path) for path in request.paths if path != STDIN), Path.cwd())
    found = find_config(first if first.exists() else Path.cwd())
    return load_config(found) if found is not None else CheckConfig()


def fail_level(name: str) -> Severity | None:
    return None if name == "never" else Severity.from_label(name)


def options_for(request: CheckRequest, config: CheckConfig) -> CheckOptions:
    select = request.select if request.select is not None else config.select
    rules = select_rules(
        select,
        (*config.extend_select, *request.extend_select),
        (*config.ignore, *request.ignore),
    )
    lang = request.lang or config.lang or "id"
    target = request.target_lang or ("en" if lang == "id" else "id")
    if target == lang:
        raise ConfigError(f"--target-lang must differ from --lang ({lang})")
    per_path = tuple((glob, codes(selectors)) for glob, selectors in config.per_path_ignores)
    return CheckOptions(
        rules, lang, target, per_path, max(request.jobs, 1), request.cache, config.root
    )


def check(request: CheckRequest) -> CheckOutcome:
    """Run the checker as asked; with ``fix`` files are rewritten, with ``diff`` not."""
    from termbase.glossary import load_glossary
    from termbase.glossary_cache import load_glossary_cached

    config = _config(request)
    options = options_for(request, config)
    if request.fix and not request.diff and STDIN in request.paths:
        raise ConfigError("--fix cannot rewrite standard input; use --diff")
    sources = discover(
        request.paths,
        request.include or config.include or DEFAULT_INCLUDE,
        (*config.exclude, *request.exclude),
        request.input_format,
        request.stdin_name,
        config.root,
    )
    with collector_paused():  # the glossary's objects live to the end of the run too
        glossary = (
            load_glossary_cached(request.glossary, request.cache)
            if request.cache is not None
            else load_glossary(request.glossary)
        )
        report = run_check(sources, glossary, options, request.stdin, _aligned(request))
    fail_on = fail_level(request.fail_on or config.fail_on or "warning")
    if not (request.fix or request.diff):
        return CheckOutcome(report, fail_on)
    return _fixing(report, fail_on, request)


def _aligned(request: CheckRequest) -> list[DocumentPair]:
    """The document pairs of ``--translation``: the one source path with its translation."""
    if request.translation is None:
        return []
    from termbase.align.documents import document_pairs

    if len(request.paths) != 1 or request.paths[0] == STDIN:
        raise ConfigError("--translation needs exactly one source file or directory")
    return document_pairs(Path(request.paths[0]), Path(request.translation))


def _fixing(report: CheckReport, fail_on: Severity | None, request: CheckRequest) -> CheckOutcome:
    by_file: dict[str, list[Fix]] = defaultdict(list)
    for finding in report.findings:
        if finding.fix is not None and (finding.fix.safe or request.unsafe_fixes):
            by_file[finding.path].append(finding.fix)
    diffs: list[tuple[str, str]] = []
    done: set[tuple[str, Fix]] = set()
    for name in sorted(by_file):
        document = report.document(name)
        after, applied = apply_fixes(document.original, by_file[name])
        if request.diff:
            diffs.append((name, unified_diff(name, document.original, after, document.bom)))
        elif document.source.path is not None:
            write_fixed(document.source.path, after, document.bom)
            done.update((name, fix) for fix in applied)
    if request.diff:
        return CheckOutcome(report, fail_on, tuple(diffs), 0, True)
    remaining = tuple(finding for finding in report.findings if not _fixed(finding, done))
    fixed = len(report.findings) - len(remaining)
    return CheckOutcome(replace(report, findings=remaining), fail_on, (), fixed)


def _fixed(finding: Finding, done: set[tuple[str, Fix]]) -> bool:
    return finding.fix is not None and (finding.path, finding.fix) in done
