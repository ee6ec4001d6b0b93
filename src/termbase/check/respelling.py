"""What a text would match if a word were spelt otherwise: the near-miss rule's test.

A suspect spelling is reported only when writing the glossary's spelling in its place makes
a glossary term match there. This module answers that question for one token replaced by
another, and finds the other suspect the matcher cannot see: a reduplicated word of a term
written without its hyphen (*Perserikatan Bangsa Bangsa* for *Perserikatan Bangsa-Bangsa*).
The matcher keys a reduplication by its half, so *Perserikatan Bangsa* already matches and
the second *Bangsa* is left over, silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from termbase.check.context import CheckContext, DocumentRun
from termbase.model import Term
from termbase.text.normalize import fold

_REDUPLICATED = re.compile(r"(\w+)-\1", re.IGNORECASE)
_WORD_OR_HYPHEN = re.compile(r"[\w-]", re.IGNORECASE)


def term_if_written(run: DocumentRun, token: int, code: str, width: int = 1) -> Term | None:
    """The term matched over ``token`` when the ``width`` tokens from it are one token of
    key code ``code``; None when no term would match there."""
    scanner = run.context.scanner
    codes = run.scanned.codes
    first = max(token - scanner.longest + 1, 0)
    after = token + width
    window = codes[first:token] + code + codes[after : after + scanner.longest - 1]
    for pattern, start, end in scanner.hits(window, maximal=True):
        if start <= token - first < end:
            return run.context.term(scanner.entries[pattern][0].ref)
    return None


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
