"""Alignments as translation units: what goes into the project's TMX.

Only links with text on both sides become units; each carries the source document's file
name (``x-document``, which ``termbase lookup`` shows), the link's shape (``x-link``), its
confidence (``x-confidence``) and, below the threshold, ``x-weak``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from termbase.align.documents import DocumentAlignment
from termbase.formats.tmx import TmxHeader
from termbase.memory import Segment, TranslationUnit


def translation_units(
    alignments: Iterable[DocumentAlignment], source_lang: str, target_lang: str, date: str
) -> Iterator[TranslationUnit]:
    for alignment in alignments:
        stem = alignment.document.source.stem
        number = 0
        for link in alignment.links:
            if not link.is_pair:
                continue
            number += 1
            props = [
                ("x-document", alignment.document.name),
                ("x-link", link.shape),
                ("x-confidence", f"{link.confidence:.2f}"),
            ]
            if link.weak:
                props.append(("x-weak", "yes"))
            yield TranslationUnit(
                tuid=f"{stem}-{number:04d}",
                segments=(
                    Segment(source_lang, link.source_text),
                    Segment(target_lang, link.target_text),
                ),
                props=tuple(props),
                created=date,
            )


def tmx_header(source_lang: str, date: str) -> TmxHeader:
    return TmxHeader(srclang=source_lang, segtype="sentence", creationdate=date)
