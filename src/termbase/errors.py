"""The library's error hierarchy: every failure a user can cause is one of these.

The CLI turns them into a one-line message and exit code 2; the library never exits or prints.
"""

from __future__ import annotations


class TermbaseError(Exception):
    """Base class of every error termbase raises on purpose."""


class InputError(TermbaseError):
    """An input file is unreadable or malformed at a known place."""

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[InputError], tuple[object, ...]]:
        # Errors raised in --jobs worker processes are pickled back to the parent; the
        # default pickling passes only the message and would fail to rebuild this class.
        return type(self), (self.path, self.message, self.line, self.column, self.offset)

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        elif self.offset is not None:
            where += f": byte {self.offset}"
        return f"{where}: {self.message}"


class GlossaryInvalidError(TermbaseError):
    """The glossary parsed but breaks its rules; `termbase validate` lists why."""


class DuplicateConceptError(TermbaseError):
    """Two concepts share one id."""


class ConfigError(TermbaseError):
    """A command-line option or configuration value is unusable."""


class OutputError(TermbaseError):
    """An output file could not be written."""
