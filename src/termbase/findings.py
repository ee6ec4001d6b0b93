"""Findings are values: a rule code, a place and a message, produced by validators and checkers.

Engines decide what to report and the exit code; reporters only format findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def from_label(cls, label: str) -> Severity:
        return cls[label.upper()]


_LABELS = {severity: severity.name.lower() for severity in Severity}
"""Labels by severity: an enum's ``name`` is slow to read for every finding printed."""


@dataclass(frozen=True)
class Fix:
    """Replace ``[start, end)`` of a file's text by ``replacement``.

    Offsets count characters of the file as read (line ends kept). A safe fix changes
    nothing but the spelling it corrects; an unsafe one (a guess, such as a near-miss
    correction) is only applied on request.
    """

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place. Ordered by path, line, column, then code."""

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = Severity.ERROR
    end_line: int = 0
    end_column: int = 0
    """Where the problem ends (the column after its last character); 0 when unknown."""
    concept: str = ""
    """The id of the concept the finding is about, when there is one."""
    text: str = ""
    """The text the finding is about, as written."""
    fix: Fix | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str, str, int, int]:
        """The finding's order as a plain tuple: sorting many findings by it is much
        faster than by the dataclass comparison, which builds tuples per comparison."""
        return (
            self.path,
            self.line,
            self.column,
            self.code,
            self.message,
            self.end_line,
            self.end_column,
        )

    @property
    def location(self) -> str:
        where = f"{self.path}:{self.line}"
        return f"{where}:{self.column}" if self.column else where

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.label} {self.code} {self.message}"
