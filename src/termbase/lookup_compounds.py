"""Open compounds with affixes in a lookup query, spaced as PUEBI spaces them or not.

A translator types what the text says: *bekerjasama*, *ditanda tangani*, *tanda tangani*,
*dikerjasamakan*. Each is an affixed spelling of an open compound of the glossary
(``termbase.compounds``: *kerja sama*, *tanda tangan*); the query's words joined are looked
up among those spellings in the index, and how PUEBI writes the query (*bekerja sama*,
*ditandatangani*) tells whether it was written right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from termbase.compounds import hyphenated, join_words, puebi_spelling
from termbase.index import LookupIndex
from termbase.model import TermRef
from termbase.text.morphology import IndonesianAnalyzer, analyzer_for
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, TokenKind

_REASONS = {
    (True, False): "a prefix only: an open compound stays two words",
    (False, True): "a suffix only: an open compound stays two words",
    (True, True): "a prefix and a suffix at once: an open compound is one word",
}


class CompoundSpelling(NamedTuple):
    """A query that is an open compound with affixes: as written, and as PUEBI writes it."""

    written: str
    puebi: str
    prefixed: bool
    suffixed: bool

    @property
    def standard(self) -> bool:
        """Whether the query is spaced as PUEBI says (its case is not in question)."""
        return self.written.casefold() == self.puebi.casefold()

    def note(self, term: str) -> str:
        """What the query is, for the user: a form of ``term``, or how to write it."""
        reason = _REASONS[self.prefixed, self.suffixed]
        if self.standard:
            return f"{self.written!r} is a form of {term!r}, spelt as PUEBI says ({reason})"
        return (
            f"{self.written!r} is a non-standard spelling: PUEBI writes {self.puebi!r} ({reason})"
        )


def compound_spellings(
    index: LookupIndex, lang: str, text: str, tokens: Sequence[Token]
) -> list[tuple[TermRef, CompoundSpelling]]:
    """The open compounds a query of one word, or of two words apart or hyphenated, is an
    affixed spelling of (*bekerjasama*, *ditanda tangani*, *Bekerja samalah*)."""
    words = _words(text, tokens)
    if words is None:
        return []
    folded = fold("".join(token.norm for token in words))
    analyzer = analyzer_for(lang)
    candidates = (
        analyzer.clitic_candidates(folded) if isinstance(analyzer, IndonesianAnalyzer) else [folded]
    )
    rows = index.compound_words(lang, candidates)
    found = []
    for row in rows:
        if row.word != rows[0].word:
            break
        puebi = _spelt(words, folded, row.split, row.prefixed and row.suffixed)
        found.append((row.ref, CompoundSpelling(text, puebi, row.prefixed, row.suffixed)))
    return found


def _spelt(words: list[Token], folded: str, split: int, one_word: bool) -> str:
    """The query's words as PUEBI spaces them, in the writer's letters and case where those
    fold letter for letter (*Menanda Tangani* → *Menandatangani*)."""
    letters = "".join(token.text for token in words)
    if len(letters) != len(folded):
        return puebi_spelling(folded, split, one_word)
    if one_word and len(words) == 2:
        return join_words(words[0].text, words[1].text)
    return puebi_spelling(letters, split, one_word)


def _words(text: str, tokens: Sequence[Token]) -> list[Token] | None:
    """The query's one word, or two words with spaces or a hyphen between them; else None."""
    if any(token.kind is TokenKind.WORD and not token.text.isalpha() for token in tokens):
        return None
    kinds = [token.kind for token in tokens]
    if kinds == [TokenKind.WORD]:
        return [tokens[0]]
    if kinds == [TokenKind.WORD, TokenKind.WORD]:
        first, second = tokens
        return [first, second] if text[first.end : second.start].isspace() else None
    if len(tokens) == 3 and kinds[0] is kinds[2] is TokenKind.WORD and hyphenated(tokens, 0):
        return [tokens[0], tokens[2]]
    return None
