"""Reporters: the same findings as text for people, JSON for tools, and CI annotations.

Reporters only format: what to report and in which order was decided by the engine.

- text: ``path:line:col: severity CODE message``, the source line and a caret under the
  span, then the table of forms of every concept written more than one way;
- json: one document with a stable schema (``SCHEMA``, described in docs/check.md);
- github: GitHub Actions workflow commands; GitHub shows only the first ten annotations of
  each level per step, so the first ``limit`` per level are annotations and every finding is
  also printed as a plain log line, with a notice saying how many were not annotated;
- sarif: SARIF 2.1.0 for code-scanning services (at most ``SARIF_LIMIT`` results per run).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from termbase import __version__
from termbase.check.consistency import ConceptForms
from termbase.check.engine import CheckReport
from termbase.check.registry import BY_CODE, RULES
from termbase.findings import Finding, Severity

SCHEMA = "termbase-check/1"
CONTEXT = 60
"""Characters of the source line shown on each side of a finding."""
GITHUB_LIMIT = 10
SARIF_LIMIT = 25_000
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

LineSource = Callable[[str, int], str]
_NOT_TAB = re.compile(r"[^\t]")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def totals(report: CheckReport, fixed: int = 0) -> str:
    """One line: how many findings of each severity, fixable, in how many files."""
    findings = report.findings
    counts = Counter(finding.severity for finding in findings)
    parts = [_plural(counts[s], s.label) for s in sorted(counts, reverse=True)]
    text = _plural(len(findings), "finding") + (f" ({', '.join(parts)})" if parts else "")
    fixable = sum(1 for finding in findings if finding.fix is not None)
    if fixable:
        text += f", {fixable} fixable"
    text += f" in {_plural(len(report.sources), 'file')}"
    if fixed:
        text += f"; {fixed} fixed"
    if report.suppressed:
        text += f"; {report.suppressed} suppressed"
    return text


def render_text(report: CheckReport, line_of: LineSource, summary: bool = True) -> Iterator[str]:
    """Lines of the human report."""
    for finding in report.findings:
        yield str(finding)
        if finding.column:
            yield from _excerpt(finding, line_of(finding.path, finding.line))
    if summary and report.summary:
        yield ""
        yield "Forms of concepts written more than one way (count per file):"
        for concept in report.summary:
            yield from _summary_lines(concept)


def _excerpt(finding: Finding, line: str) -> Iterator[str]:
    """The source line (cut to about ``CONTEXT`` characters around the span) and a caret."""
    if not line:
        return
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    first, last = max(start - CONTEXT, 0), min(max(end, start + 1) + CONTEXT, len(line))
    head = "…" if first else ""
    shown = head + line[first:last] + ("…" if last < len(line) else "")
    before = head + line[first:start]
    # Tabs stay so that the caret lines up; most lines have none, and a regular
    # expression per finding is a large part of writing a big report.
    pad = _NOT_TAB.sub(" ", before) if "\t" in before else " " * len(before)
    yield f"    {shown}"
    yield f"    {pad}{'^' * max(min(end, last) - start, 1)}"


def _summary_lines(concept: ConceptForms) -> Iterator[str]:
    yield f"  {concept.concept}"
    width = max(len(form.text) for form in concept.forms)
    for form in concept.forms:
        files = ", ".join(f"{name}: {count}" for name, count in form.files)
        label = f"({form.status}, {form.role.value})"
        yield f"    {form.text:<{width}}  {label:<26} {form.total:>5}  {files}"


def finding_json(finding: Finding) -> dict[str, Any]:
    rule = BY_CODE.get(finding.code)
    fix = finding.fix
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "code": finding.code,
        "rule": rule.name if rule else "",
        "severity": finding.severity.label,
        "message": finding.message,
        "concept": finding.concept,
        "text": finding.text,
        "fix": None if fix is None else {"replacement": fix.replacement, "safe": fix.safe},
    }


def render_json(report: CheckReport) -> str:
    counts = Counter(finding.severity.label for finding in report.findings)
    document = {
        "schema": SCHEMA,
        "termbase": __version__,
        "files": [source.name for source in report.sources],
        "findings": [finding_json(finding) for finding in report.findings],
        "summary": [
            {
                "concept": concept.concept,
                "forms": [
                    {
                        "form": form.text,
                        "status": form.status,
                        "role": form.role.value,
                        "total": form.total,
                        "files": dict(form.files),
                    }
                    for form in concept.forms
                ],
            }
            for concept in report.summary
        ],
        "counts": {label: counts[label] for label in ("error", "warning", "info")},
        "suppressed": report.suppressed,
    }
    return indented_json(document)


def indented_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, faster for large reports.

    json writes indented output with its pure-Python encoder. Here strings go through
    json's own (native) string encoder, and dicts and lists are written with their line
    breaks and indentation in one join; any other value is left to json.
    """
    return _indented(value, "\n")


def _indented(value: Any, newline: str) -> str:
    """``value`` as JSON, its lines after the first starting with ``newline``."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if value is None or kind is bool:
        return _CONSTANTS[value]
    inner = newline + "  "
    if kind is dict and all(type(key) is str for key in value):
        items = [
            f"{encode_basestring(key)}: {_indented(item, inner)}" for key, item in value.items()
        ]
        return f"{{{inner}{f',{inner}'.join(items)}{newline}}}" if items else "{}"
    if kind is list:
        items = [_indented(item, inner) for item in value]
        return f"[{inner}{f',{inner}'.join(items)}{newline}]" if items else "[]"
    # json's own text: its line breaks are all between items (a string is encoded without
    # any), so replacing them indents it.
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)


_CONSTANTS = {None: "null", True: "true", False: "false"}


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def render_github(report: CheckReport, limit: int = GITHUB_LIMIT) -> Iterator[str]:
    """Workflow commands: the first ``limit`` findings of each level annotate, all are logged.

    The closing notice about findings left unannotated is a notice too, so it takes the
    last notice place when notices would otherwise fill them all.
    """
    levels = Counter(finding.severity for finding in report.findings)
    room = dict.fromkeys(Severity, limit)
    if any(count > limit for count in levels.values()) and levels[Severity.INFO] >= limit:
        room[Severity.INFO] = limit - 1
    shown: Counter[Severity] = Counter()
    for finding in report.findings:
        yield str(finding)
        if shown[finding.severity] >= room[finding.severity]:
            continue
        shown[finding.severity] += 1
        properties = [f"file={_escape(finding.path, True)}", f"line={finding.line}"]
        if finding.column:
            properties.append(f"col={finding.column}")
        if finding.end_line:
            properties += [f"endLine={finding.end_line}", f"endColumn={finding.end_column}"]
        rule = BY_CODE.get(finding.code)
        title = f"{finding.code} {rule.name}" if rule else finding.code
        properties.append(f"title={_escape(title, True)}")
        level = _GITHUB_LEVEL[finding.severity]
        yield f"::{level} {','.join(properties)}::{_escape(finding.message)}"
    hidden = len(report.findings) - sum(shown.values())
    if hidden:
        yield (
            f"::notice title=termbase check::{_plural(hidden, 'more finding')} not annotated "
            f"(GitHub shows {limit} per level and step); every finding is in the log above"
        )


def render_sarif(report: CheckReport) -> str:
    results = [_sarif_result(finding) for finding in report.findings[:SARIF_LIMIT]]
    notifications = []
    if len(report.findings) > SARIF_LIMIT:
        notifications.append(
            {
                "level": "warning",
                "message": {
                    "text": f"{len(report.findings) - SARIF_LIMIT} findings left out: "
                    f"at most {SARIF_LIMIT} results per run are accepted"
                },
            }
        )
    run = {
        "tool": {
            "driver": {
                "name": "termbase",
                "version": __version__,
                "rules": [_sarif_rule(rule.code) for rule in RULES],
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "results": results,
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return indented_json(document)


def _sarif_rule(code: str) -> dict[str, Any]:
    rule = BY_CODE[code]
    text = rule.explain().split("\n\n", 2)
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": text[1].split("\n")[0] if len(text) > 1 else rule.name},
        "fullDescription": {"text": rule.explain()},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
    }


def _sarif_result(finding: Finding) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": max(finding.line, 1)}
    if finding.column:
        region["startColumn"] = finding.column
    if finding.end_line:
        region |= {"endLine": finding.end_line, "endColumn": finding.end_column}
    return {
        "ruleId": finding.code,
        "level": _SARIF_LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _sarif_uri(finding.path)},
                    "region": region,
                }
            }
        ],
    }


@lru_cache(maxsize=4096)
def _sarif_uri(path: str) -> str:
    """A path as the URI SARIF wants: ``file:`` when absolute, else percent-encoded and
    relative (code-scanning services resolve it against the repository)."""
    posix = PurePath(path).as_posix()
    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(posix)
