"""`termbase validate`: every glossary problem at once, syntax errors included.

A syntax error in one file does not hide the problems of the others: each file is parsed
on its own, and the rules run over every file that parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from termbase.errors import InputError
from termbase.fileio import read_text
from termbase.findings import Finding
from termbase.formats.glossary_toml import GlossaryDocument, parse_document
from termbase.glossary import validate_documents
from termbase.project import glossary_files


@dataclass(frozen=True)
class ValidationReport:
    files: int
    concepts: int
    findings: tuple[Finding, ...]
    syntax_errors: tuple[Finding, ...]
    """Files that could not be parsed, as findings with code G000."""

    def summary(self) -> str:
        files = f"{self.files} file{'s' if self.files != 1 else ''}"
        problems = len(self.findings) + len(self.syntax_errors)
        if not problems:
            concepts = f"{self.concepts} concept{'s' if self.concepts != 1 else ''}"
            return f"{concepts} in {files}: no problems"
        return f"{problems} problem{'s' if problems != 1 else ''} in {files}"


def check_locations(locations: Iterable[Path]) -> ValidationReport:
    """Parse and validate every glossary file at ``locations``."""
    documents: list[GlossaryDocument] = []
    errors: list[Finding] = []
    count = 0
    seen: set[Path] = set()
    for location in locations:
        for path in glossary_files(location):
            # a file named twice (validate glossary glossary/defence.toml) is checked once,
            # not reported as a duplicate of itself
            if path.resolve() in seen:
                continue
            seen.add(path.resolve())
            count += 1
            try:
                documents.append(parse_document(read_text(path), str(path)))
            except InputError as error:
                errors.append(
                    Finding(error.path, error.line or 0, error.column or 0, "G000", error.message)
                )
    result = validate_documents(documents)
    return ValidationReport(count, len(result.concepts), result.findings, tuple(errors))
