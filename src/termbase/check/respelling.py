"""What a text would match if a stretch of it were spelt otherwise: the near-miss rule's test.

A suspect spelling is reported only when writing the glossary's spelling in its place makes
a glossary term match there, over the whole respelt stretch. This module answers that
question for some tokens replaced by others, and says whether the text as written already
matches a term over a stretch (then a respelling is no correction). The hit it finds is
placed in the text as written, so that the consistency rules can count the term there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from termbase.check.context import CheckContext, DocumentRun
from termbase.matching import TermEntry
from termbase.text.normalize import fold

if TYPE_CHECKING:
    from termbase.scanning import ScannedText

_FIRST_TOKEN = itemgetter(1)
Accept = Callable[[TermEntry], bool]
"""Whether a term a hit may stand for is one to suggest."""


class RespeltHit(NamedTuple):
    """A term that a respelt stretch of a text would complete, placed in the text as written.

    Token numbers count the text's tokens as written; the hit's own tokens (as the pattern
    has them) include the stretch's respelt tokens instead of its written ones.
    """

    pattern: int
    entry: TermEntry
    first: int
    """The hit's first token."""
    end: int
    """The token after its last."""
    stretch: int
    """The respelt stretch's first token."""
    width: int
    """The stretch's tokens as written."""
    respelt: int
    """Its tokens respelt."""

    def span(self, scanned: ScannedText, head: int = 0, last: int = -1) -> tuple[int, int]:
        """Offsets from the hit's ``head``-th token to its ``last``-th (-1: its last), counted
        as the pattern counts them. The respelt stretch's first and last tokens stand for the
        written ones (*P.B.B.* in *Keamanan P.B.B.* for *Keamanan-P.B.B.*); one of its
        tokens that is neither (*antarbenua* for *antar benua*) stands for all of it."""
        start = scanned.token_span(self._written(head, False))[0]
        last = self.respelt_length - 1 if last == -1 else last
        return start, scanned.token_span(self._written(last, True))[1]

    @property
    def respelt_length(self) -> int:
        """The hit's tokens as the pattern counts them."""
        return self.end - self.first - self.width + self.respelt

    def _written(self, token: int, at_end: bool) -> int:
        """The written token for the hit's ``token``-th; ``at_end``: for the end of a span."""
        absolute = self.first + token
        if absolute >= self.stretch + self.respelt:
            return absolute - self.respelt + self.width
        inside = absolute - self.stretch
        if inside < 0 or (inside == 0 and self.respelt > 1):
            return absolute
        if inside == self.respelt - 1 and self.respelt > 1:
            return self.stretch + self.width - 1
        return self.stretch + (self.width - 1 if at_end else 0)


def hit_if_written(
    run: DocumentRun,
    token: int,
    codes: str,
    width: int = 1,
    accept: Accept | None = None,
) -> RespeltHit | None:
    """A term that would match over all the ``width`` tokens from ``token`` if they were
    written as tokens of key codes ``codes``; None when none would.

    Terms are tried from the leftmost start on, each start's longest term, so that a term
    ending just before the stretch (*uji coba rudal* in *uji coba rudal balistik antar benua*)
    does not hide one over it. ``accept`` picks among the terms a hit may stand for (the
    first, without it).
    """
    scanner = run.context.scanner
    text_codes = run.scanned.codes
    first = max(token - scanner.longest + 1, 0)
    after = token + width
    window = text_codes[first:token] + codes + text_codes[after : after + scanner.longest - 1]
    start, end = token - first, token - first + len(codes)
    starts = scanner.first_codes
    for offset in range(start + 1):
        if window[offset] not in starts:
            continue
        hits = scanner.hits(window[offset:])
        if not hits or hits[0][1] != 0 or hits[0][2] < end - offset:
            continue
        pattern, _, length = hits[0]
        for entry in scanner.entries[pattern]:
            if accept is None or accept(entry):
                hit_end = first + offset + length - len(codes) + width
                return RespeltHit(pattern, entry, first + offset, hit_end, token, width, len(codes))
    return None


def approved_writing(context: CheckContext, words: Iterable[str] = ()) -> Accept:
    """Accepts an approved term, matched through no deprecated spelling inside it, that
    writes each of ``words`` (folded) as a word of its own.

    A respelling's words must be the term's as spelt, not only as keyed: *Perserikatanbangsa*
    cut in two keys like *Perserikatan Bangsa-Bangsa* (a reduplication keys as its half), but
    *Perserikatan Bangsa* is no correction of it.
    """
    patterns = [_word_pattern(word) for word in words]

    def accept(entry: TermEntry) -> bool:
        if not context.approved(entry.ref) or not (
            entry.variant is None or context.approved(entry.variant)
        ):
            return False
        if not patterns:
            return True
        # A spelling variant inside the term (P.B.B. in Dewan Keamanan P.B.B.) is written
        # as the variant writes it.
        spelt = entry.folded_text
        if entry.variant is not None:
            spelt += " " + fold(context.term(entry.variant).text)
        return all(pattern.search(spelt) for pattern in patterns)

    return accept


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word of a folded term (not part of a longer or hyphenated one)."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def matched_as_written(run: DocumentRun, token: int, width: int) -> bool:
    """Whether a term of the text as written spans the ``width`` tokens from ``token``."""
    hits = run.scanned.hits
    before = bisect_right(hits, token, key=_FIRST_TOKEN) - 1
    return before >= 0 and hits[before][2] >= token + width
