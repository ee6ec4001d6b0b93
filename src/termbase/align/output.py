"""``termbase align``: align document pairs and stream the result as TMX or TSV.

Documents are aligned one at a time and their units written as they come, so memory holds
one document pair, not the corpus. A file output is written to a temporary name and renamed
when complete; what the command prints afterwards comes from :class:`AlignReport`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from termbase.align.aligner import Aligner, Link
from termbase.align.documents import (
    DocumentAlignment,
    DocumentPair,
    align_documents,
)
from termbase.align.memory import tmx_header, translation_units
from termbase.fileio import atomic_binary_writer, atomic_text_writer, read_text
from termbase.formats import alignment_tsv, tmx
from termbase.memory import TranslationUnit

FORMATS = ("tmx", "tsv")
NON_PARALLEL_BELOW = 0.4
"""A document pair whose mean confidence is lower probably is not a translation pair."""


@dataclass
class DocumentSummary:
    name: str
    links: int
    units: int
    confidence: float
    weak: list[Link] = field(default_factory=list)
    empty_sides: tuple[str, ...] = ()
    """"source" and/or "target" when that file has no text at all."""

    @property
    def looks_parallel(self) -> bool:
        return self.confidence >= NON_PARALLEL_BELOW


@dataclass
class AlignReport:
    """What was aligned and written, for the command's closing lines."""

    documents: list[DocumentSummary] = field(default_factory=list)

    @property
    def units(self) -> int:
        return sum(d.units for d in self.documents)

    def watch(self, alignments: Iterable[DocumentAlignment]) -> Iterator[DocumentAlignment]:
        for alignment in alignments:
            links = alignment.links
            self.documents.append(
                DocumentSummary(
                    alignment.document.name,
                    len(links),
                    sum(link.is_pair for link in links),
                    alignment.confidence,
                    [link for link in links if link.is_pair and link.weak],
                    _empty_sides(links),
                )
            )
            yield alignment


def _empty_sides(links: tuple[Link, ...]) -> tuple[str, ...]:
    """Which files had no text: an empty file is not a pair that 'may not be parallel'."""
    sides = (
        ("source", any(link.source for link in links)),
        ("target", any(link.target for link in links)),
    )
    return tuple(side for side, found in sides if not found)


def write_alignment(
    pairs: list[DocumentPair],
    aligner: Aligner,
    output: Path | None,
    output_format: str,
    date: str,
) -> AlignReport:
    """Align ``pairs`` and write them to ``output`` (standard output when None).

    A file is written to a temporary name and renamed when complete; standard output cannot
    be taken back, so every input is decoded once before the first byte is written to it.
    """
    if output is None:
        for pair in pairs:
            read_text(pair.source)
            read_text(pair.target)
    report = AlignReport()
    alignments = report.watch(align_documents(pairs, aligner))
    if output_format == "tmx":
        units = translation_units(alignments, aligner.source_lang, aligner.target_lang, date)
        header = tmx_header(aligner.source_lang, date)
        if output is None:
            _write_tmx(units, sys.stdout.buffer, header)
        else:
            with atomic_binary_writer(output) as out:
                _write_tmx(units, out, header)
    else:
        rows = tsv_rows(alignments)
        if output is None:
            alignment_tsv.write(rows, sys.stdout)
        else:
            with atomic_text_writer(output) as text_out:
                alignment_tsv.write(rows, text_out)
    return report


def _write_tmx(units: Iterable[TranslationUnit], out: IO[bytes], header: tmx.TmxHeader) -> None:
    tmx.write_stream(units, out, header)
    out.flush()


def tsv_rows(alignments: Iterable[DocumentAlignment]) -> Iterator[alignment_tsv.Row]:
    for alignment in alignments:
        for link in alignment.links:
            yield alignment_tsv.Row(
                alignment.document.name,
                link.source[0].line if link.source else None,
                link.target[0].line if link.target else None,
                link.shape,
                link.confidence,
                link.weak and link.is_pair,
                link.source_text,
                link.target_text,
            )


def describe_link(document: str, link: Link) -> str:
    """One line for ``--show-weak``: where the link is, its confidence, both texts."""
    where = f"{document}:{link.source[0].line}" if link.source else document
    return (
        f"{where}: {link.shape} confidence {link.confidence:.2f}: "
        f"{_clip(link.source_text)} | {_clip(link.target_text)}"
    )


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
