"""A source text and its translation as aligned pairs: what bilingual rules read.

``termbase check SOURCE --translation TARGET`` aligns each document pair with the project's
sentence aligner and hands every link with text on both sides to the pair rules, pointing
at the first source sentence's line in the source file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from termbase.align.aligner import Aligner
from termbase.align.documents import DocumentPair, align_documents
from termbase.check.bilingual import AlignedPair


def aligned_pairs(documents: Iterable[DocumentPair], aligner: Aligner) -> Iterator[AlignedPair]:
    """Every two-sided link of every document pair, numbered from 1 per document."""
    for alignment in align_documents(list(documents), aligner):
        path = str(alignment.document.source)
        links = (link for link in alignment.links if link.is_pair)
        for number, link in enumerate(links, 1):
            yield AlignedPair(
                link.source_text,
                link.target_text,
                path,
                link.source[0].line,
                str(number),
            )
