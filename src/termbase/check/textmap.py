"""Positions in a checked file: lines and columns, and offsets through removed markup.

The checker analyses text with markup taken out (Markdown, HTML); every finding must still
point at the line and column of the file as written, and a fix must replace the right
characters of it. ``OffsetMap`` maps offsets of the analysed text back to the original;
``LineIndex`` turns original offsets into 1-based lines and columns (columns count Unicode
code points; a line ends at LF, CRLF or CR).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

_LINE_END = re.compile(r"\r\n|\r|\n")
_past_line_feed = (1).__add__


class LineIndex:
    """Lines and columns of offsets into one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        if "\r" in text:
            self.starts = [0, *(match.end() for match in _LINE_END.finditer(text))]
        else:
            # Line feeds only, as most files: cutting at them is six times faster, and every
            # file with findings is indexed twice (to place them, to show their lines).
            lengths = map(len, text.split("\n")[:-1])
            self.starts = list(accumulate(map(_past_line_feed, lengths), initial=0))

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of ``offset``, both from 1."""
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of line ``line`` (from 1) without its line end."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @property
    def count(self) -> int:
        return len(self.starts)


class _Run(NamedTuple):
    analysed: int
    original: int
    length: int
    verbatim: bool
    """True when the analysed characters are the original ones; False for inserted text."""


class OffsetMap:
    """Analysed-text offsets → original offsets, run by run."""

    def __init__(self, runs: list[_Run]) -> None:
        self._runs = runs
        self._starts = [run.analysed for run in runs]

    def _run(self, offset: int) -> _Run:
        return self._runs[max(bisect_right(self._starts, offset) - 1, 0)]

    def original(self, offset: int) -> int:
        """Where the character at ``offset`` of the analysed text came from."""
        run = self._run(offset)
        if not run.verbatim:
            return run.original
        return run.original + min(offset - run.analysed, max(run.length - 1, 0))

    def original_span(self, start: int, end: int) -> tuple[int, int, bool]:
        """The original span of ``[start, end)``, and whether it is the same characters.

        When markup was taken out from inside the span, or inserted text is part of it,
        the span is not verbatim and no fix may rewrite it.
        """
        if end <= start:
            point = self.original(start)
            return point, point, True
        first, last = self.original(start), self.original(end - 1) + 1
        run = self._run(start)
        verbatim = run.verbatim and end <= run.analysed + run.length
        return first, last, verbatim and last - first == end - start


class TextBuilder:
    """Builds analysed text from pieces of the original and inserted separators."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._runs: list[_Run] = []
        self._length = 0

    def copy(self, start: int, end: int) -> None:
        """Keep ``original[start:end]`` as it is."""
        if end <= start:
            return
        last = self._runs[-1] if self._runs else None
        if (
            last is not None
            and last.verbatim
            and last.original + last.length == start
            and last.analysed + last.length == self._length
        ):
            self._runs[-1] = last._replace(length=last.length + end - start)
        else:
            self._runs.append(_Run(self._length, start, end - start, True))
        self._parts.append(self.original[start:end])
        self._length += end - start

    def insert(self, text: str, at: int) -> None:
        """Add ``text`` (a separator, a decoded entity) standing for original offset ``at``."""
        if not text:
            return
        self._runs.append(_Run(self._length, at, len(text), False))
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        if not self._runs:
            self._runs.append(_Run(0, 0, 0, True))
        return "".join(self._parts), OffsetMap(self._runs)
