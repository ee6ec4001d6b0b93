"""What a text would match if a stretch of it were spelt otherwise: the near-miss rule's test.

A suspect spelling is reported only when writing the glossary's spelling in its place makes
a glossary term match there, over the whole respelt stretch. This module answers that
question for some tokens replaced by others, and says whether the text as written already
matches a term over a stretch (then a respelling is no correction). It also finds the other
suspect the matcher cannot see: a reduplicated word of a term written without its hyphen
(*Perserikatan Bangsa Bangsa* for *Perserikatan Bangsa-Bangsa*). The matcher keys a
reduplication by its half, so *Perserikatan Bangsa* already matches and the second *Bangsa*
is left over, silently.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from termbase.check.context import CheckContext, DocumentRun
from termbase.matching import TermEntry
from termbase.model import Term
from termbase.text.normalize import fold

_REDUPLICATED = re.compile(r"(\w+)-\1", re.IGNORECASE)
_WORD_OR_HYPHEN = re.compile(r"[\w-]", re.IGNORECASE)
_FIRST_TOKEN = itemgetter(1)
Accept = Callable[[TermEntry], bool]
"""Whether a term a hit may stand for is one to suggest."""


def term_if_written(
    run: DocumentRun,
    token: int,
    codes: str,
    width: int = 1,
    accept: Accept | None = None,
) -> Term | None:
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
        for entry in scanner.entries[hits[0][0]]:
            if accept is None or accept(entry):
                return run.context.term(entry.ref)
    return None


def approved_writing(context: CheckContext, word: str | None = None) -> Accept:
    """Accepts an approved term, which writes ``word`` (folded) as one of its words where a
    word is given. *Bangsa Bangsa* hyphenated keys like *Bangsa*: the term it completes must
    write *Bangsa-Bangsa* (*Perserikatan Bangsa-Bangsa*); were *negara anggota* a term,
    *negara negara anggota* would complete it without being a misspelling of it."""
    pattern = _word_pattern(word) if word else None

    def accept(entry: TermEntry) -> bool:
        if not context.approved(entry.ref):
            return False
        return pattern is None or pattern.search(entry.folded_text) is not None

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


class SplitWord(NamedTuple):
    span: tuple[int, int]
    """The two words and the space between them, in the analysed text."""
    replacement: str
    """The two words as the writer wrote them, joined by a hyphen."""
    term: Term


class SplitReduplications:
    """Finds reduplicated words of glossary terms written as two words."""

    def __init__(self, context: CheckContext, words: Iterable[str]) -> None:
        """``words``: every word of the case-insensitive terms, folded, in glossary order."""
        analyzer = context.scanner.analyzer
        self._codes: dict[str, str] = {}
        for word in words:
            if _REDUPLICATED.fullmatch(word):
                half = word.partition("-")[0]
                self._codes[half] = context.scanner.code(analyzer.key(word))
        halves = "|".join(sorted(map(re.escape, self._codes), key=len, reverse=True))
        self._pattern = (
            re.compile(rf"({halves})[ \t]+(\1)(?![\w-])", re.IGNORECASE) if halves else None
        )
        """Two halves; what may not come before them is tested in ``_pairs``."""

    def find(self, run: DocumentRun) -> Iterator[SplitWord]:
        if self._pattern is None:
            return
        text = run.text
        for found in _pairs(self._pattern, text):
            half = fold(found.group(1))
            token = _token_at(run, found.start())
            term = term_if_written(run, token, self._codes[half], 2) if token is not None else None
            if term is not None and f"{half}-{half}" in fold(term.text):
                joined = f"{found.group(1)}-{found.group(2)}"
                yield SplitWord(found.span(), joined, term)


def _pairs(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` not preceded by a word character or a hyphen: what
    ``finditer`` gives with that test as a negative lookbehind at the pattern's start. There,
    it made the engine try the pattern at every position of the text (twice as slow)."""
    position = 0
    while (found := pattern.search(text, position)) is not None:
        start = found.start()
        if start and _WORD_OR_HYPHEN.match(text, start - 1):
            position = start + 1
            continue
        yield found
        position = found.end()


def _token_at(run: DocumentRun, offset: int) -> int | None:
    """The index of the token starting at ``offset`` of the analysed text, if one does."""
    scanned = run.scanned
    text = scanned.text
    piece = text.count(" ", 0, offset) + text.count("\n", 0, offset)
    start = scanned.piece_offset(piece)
    for index, (first, _) in enumerate(scanned.scanner.spans(scanned.pieces[piece])):
        if start + first == offset:
            return scanned.piece_first_token(piece) + index
    return None
