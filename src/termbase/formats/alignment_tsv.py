"""Sentence alignments as tab-separated text: the gold files, and ``termbase align --format tsv``.

Gold files (``tests/data/corpus/align/*.tsv``) have no header and two columns,
``SOURCE<TAB>TARGET``, one row per link in document order; a cell joins one or more
sentences with one space and an empty cell is a 1-0 or 0-1 link. The inspection format
written by :func:`write` has a header row and the columns of :data:`COLUMNS`, texts last.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple, TextIO

from termbase.errors import InputError
from termbase.fileio import read_text

NAME = "alignment-tsv"
EXTENSIONS = (".tsv",)
COLUMNS = (
    "document",
    "source_line",
    "target_line",
    "link",
    "confidence",
    "weak",
    "source",
    "target",
)


class GoldLink(NamedTuple):
    """One row of a gold alignment file."""

    source: str
    target: str
    line: int


def read(source: Path | str) -> Iterator[GoldLink]:
    """The rows of a gold file; InputError names the line of a row without exactly one tab."""
    path = str(source)
    for number, line in enumerate(read_text(source).split("\n"), 1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise InputError(
                path, f"expected 2 tab-separated columns, found {len(cells)}", line=number
            )
        yield GoldLink(cells[0], cells[1], number)


class Row(NamedTuple):
    document: str
    source_line: int | None
    target_line: int | None
    link: str
    confidence: float
    weak: bool
    source: str
    target: str


def write(rows: Iterable[Row], sink: TextIO) -> int:
    """Write the header and ``rows``; tabs and line breaks inside texts become spaces."""
    sink.write("\t".join(COLUMNS) + "\n")
    count = 0
    for row in rows:
        cells = (
            row.document,
            "" if row.source_line is None else str(row.source_line),
            "" if row.target_line is None else str(row.target_line),
            row.link,
            f"{row.confidence:.2f}",
            "weak" if row.weak else "",
            _flat(row.source),
            _flat(row.target),
        )
        sink.write("\t".join(cells) + "\n")
        count += 1
    return count


def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())
