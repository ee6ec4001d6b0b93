"""Findings are values: a rule code, a place and a message, produced by validators and checkers.

Engines decide what to report and the exit code; reporters only format findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place. Ordered by path, line, column, then code."""

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def location(self) -> str:
        where = f"{self.path}:{self.line}"
        return f"{where}:{self.column}" if self.column else where

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.label} {self.code} {self.message}"
