"""The glossary directory: load, validate and format every glossary file in it.

A glossary is a directory of ``*.toml`` files (or one file). Loading builds the model;
validation reports every broken rule at once as findings with ``file:line``; formatting
rewrites files in canonical form without losing a value or a comment.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from termbase.errors import GlossaryInvalidError
from termbase.fileio import atomic_write_text, read_text
from termbase.findings import Finding
from termbase.formats.glossary_toml import (
    ConceptRecord,
    GlossaryDocument,
    canonical_data,
    concept_from_record,
    parse_document,
    render_document,
)
from termbase.model import Concept, Glossary
from termbase.project import glossary_files
from termbase.text.normalize import collapse_whitespace


def load_documents(location: Path) -> list[GlossaryDocument]:
    """Parse every glossary file; InputError on the first syntax error."""
    return [parse_document(read_text(path), str(path)) for path in glossary_files(location)]


@dataclass(frozen=True)
class ValidationResult:
    concepts: tuple[Concept, ...]
    findings: tuple[Finding, ...]


def validate_documents(documents: Iterable[GlossaryDocument]) -> ValidationResult:
    """Build the concepts and find every broken rule, sorted by place."""
    records = [record for document in documents for record in document.records]
    concepts = []
    findings: list[Finding] = []
    for record in records:
        concept, problems = concept_from_record(record)
        findings.extend(problems)
        if concept is not None:
            concepts.append(concept)
    findings.extend(_duplicate_ids(records))
    findings.extend(_claimed_twice(records))
    return ValidationResult(tuple(concepts), tuple(sorted(set(findings))))


def _duplicate_ids(records: list[ConceptRecord]) -> Iterable[Finding]:
    first: dict[str, ConceptRecord] = {}
    for record in records:
        earlier = first.setdefault(record.id, record)
        if earlier is not record:
            yield Finding(
                record.path,
                record.line,
                0,
                "G001",
                f"duplicate concept id {record.id!r}, first defined at "
                f"{earlier.path}:{earlier.line}",
            )


@dataclass(frozen=True)
class Claim:
    """A term's claim on a surface form in one language, for the G002 rule."""

    owner: int
    """Which concept entry makes the claim (its position among all entries)."""
    concept_id: str
    lang: str
    index: int
    text: str
    case_sensitive: bool
    homograph: bool


def collisions(claims: Iterable[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (earlier, later) claiming one form in one language, unless both are homographs.

    Case-sensitive forms only collide with the same capitalisation (AS, As); a form listed
    twice in one concept always collides.
    """
    seen: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if not claim.text:
            continue
        bucket = seen[(claim.lang, claim.text.casefold())]
        for earlier in bucket:
            if _collide(earlier, claim):
                yield earlier, claim
                break
        bucket.append(claim)


def _collide(earlier: Claim, later: Claim) -> bool:
    if earlier.case_sensitive and later.case_sensitive and earlier.text != later.text:
        return False
    if earlier.owner == later.owner:
        return True
    return not (earlier.homograph and later.homograph)


def concept_claims(concepts: Iterable[Concept]) -> Iterator[Claim]:
    for owner, concept in enumerate(concepts):
        for lang in concept.languages:
            for index, term in enumerate(concept.terms[lang]):
                yield Claim(
                    owner,
                    concept.id,
                    lang,
                    index,
                    collapse_whitespace(term.text),
                    term.case_sensitive,
                    term.homograph,
                )


def _record_claims(records: list[ConceptRecord]) -> Iterator[Claim]:
    for owner, record in enumerate(records):
        for lang in record.languages():
            items = record.table.get(lang)
            if not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                if isinstance(item, dict) and isinstance(item.get("term"), str):
                    yield Claim(
                        owner,
                        record.id,
                        lang,
                        index,
                        collapse_whitespace(item["term"]),
                        item.get("case_sensitive") is True,
                        item.get("homograph") is True,
                    )


def _claimed_twice(records: list[ConceptRecord]) -> Iterator[Finding]:
    """G002 findings for every form claimed twice in one language."""
    for earlier, later in collisions(_record_claims(records)):
        first, record = records[earlier.owner], records[later.owner]
        where = f"{first.path}:{first.element_line(earlier.lang, earlier.index)}"
        if earlier.owner == later.owner:
            message = f"{later.lang} term {later.text!r} is listed twice (also at {where})"
        else:
            message = (
                f"{later.lang} term {later.text!r} is also claimed by concept "
                f"{earlier.concept_id!r} at {where}; mark both homograph = true if the form "
                "really names both"
            )
        line = record.element_line(later.lang, later.index)
        yield Finding(record.path, line, 0, "G002", message)


def load_glossary(location: Path) -> Glossary:
    """The glossary at ``location``; GlossaryInvalidError when any rule is broken."""
    result = validate_documents(load_documents(location))
    if result.findings:
        count = len(result.findings)
        raise GlossaryInvalidError(
            f"{location}: {count} problem{'s' if count > 1 else ''} "
            f"(run `termbase validate`); first: {result.findings[0]}"
        )
    return Glossary(result.concepts)


@dataclass(frozen=True)
class FormatChange:
    path: str
    before: str
    after: str


def format_changes(documents: Iterable[GlossaryDocument]) -> list[FormatChange]:
    """The files whose canonical form differs from what is on disk."""
    changes = []
    for document in documents:
        before = read_text(document.path)
        after = render_document(document)
        if after != before:
            changes.append(FormatChange(document.path, before, after))
    return changes


def apply_changes(changes: Iterable[FormatChange]) -> None:
    """Write formatted files, each atomically; the content is re-checked for loss first."""
    for change in changes:
        _check_nothing_lost(change)
        atomic_write_text(change.path, change.after)


def _check_nothing_lost(change: FormatChange) -> None:
    before = parse_document(change.before, change.path)
    after = parse_document(change.after, change.path)
    old = {record.id: _comparable(canonical_data(record.table)) for record in before.records}
    new = {record.id: _comparable(canonical_data(record.table)) for record in after.records}
    changed = sorted(set(old) ^ set(new)) or sorted(i for i in old if old[i] != new[i])
    if changed:
        raise GlossaryInvalidError(
            f"{change.path}: formatting would change concept {changed[0]!r}; file left as it "
            "was (please report this as a bug in termbase fmt)"
        )
    if _comments(before) != _comments(after):
        raise GlossaryInvalidError(
            f"{change.path}: formatting would lose or change a comment; file left as it was "
            "(please report this as a bug in termbase fmt)"
        )


_NOT_A_NUMBER = ("float", "nan")
"""Stands for nan in comparisons: nan is unequal to itself, but two nans are the same data."""


def _comparable(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return _NOT_A_NUMBER
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value


def _comments(document: GlossaryDocument) -> list[str]:
    layout = document.layout
    found = [*layout.header_comments, *layout.trailing_comments]
    for table in layout.tables:
        found += [*table.comments.before, table.comments.trailing]
        for key in table.keys:
            found += [*key.comments.before, key.comments.trailing]
            found += [*key.closing.before, key.closing.trailing]
            for element in key.elements:
                found += [*element.comments.before, element.comments.trailing]
    return sorted(comment for comment in found if comment)
