"""Tokenisation with character offsets into the original text.

A token is a word, a number, a dotted abbreviation (A.S., P.B.B.) or one punctuation
character. Reduplicated words (negara-negara, Bangsa-Bangsa) and a clitic written after a
hyphen (PBB-nya) stay one token; other hyphenated compounds (Korea Utara-Rusia) split so
that each part can start or end a term. Offsets always refer to the text as given, so a
finding can point at the original line and column; each token is normalised on its own.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import NamedTuple

from termbase.lang.id.morphology import CLITICS
from termbase.text.normalize import INVISIBLE_CHARACTERS, normalize_text


class TokenKind(IntEnum):
    WORD = 1
    NUMBER = 2
    ABBREVIATION = 3
    PUNCTUATION = 4


class Token(NamedTuple):
    """A token: its original text and its [start, end) offsets in the input string."""

    text: str
    start: int
    end: int
    kind: TokenKind

    @property
    def norm(self) -> str:
        """The token's text normalised (quotes, invisible characters, NFC)."""
        return self.text if self.text.isascii() else normalize_text(self.text)

    @property
    def is_word(self) -> bool:
        return self.kind is not TokenKind.PUNCTUATION


_WORD_CHAR = rf"(?:[^\W_]|[\u0300-\u036f{INVISIBLE_CHARACTERS}])"
_LETTER = r"[^\W\d_]"
_CLITIC_AFTER_HYPHEN = "|".join(CLITICS)

TOKEN_PATTERN = re.compile(
    rf"""
    (?P<abbr>{_LETTER}(?:\.{_LETTER})+\.?)(?!{_WORD_CHAR})
    | (?P<num>\d+(?:[.,:/]\d+)*(?!{_WORD_CHAR}))
    | (?P<word>
        (?P<stem>{_WORD_CHAR}+(?:['\u2019]{_WORD_CHAR}+)*)
        (?:-(?i:(?P=stem)){_WORD_CHAR}*)?
        (?:-(?i:{_CLITIC_AFTER_HYPHEN})(?!{_WORD_CHAR}))?
      )
    | (?P<punct>[^\s\w]|_)
    """,
    re.VERBOSE,
)

_KINDS = {
    "abbr": TokenKind.ABBREVIATION,
    "num": TokenKind.NUMBER,
    "word": TokenKind.WORD,
    "punct": TokenKind.PUNCTUATION,
}


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets into ``text`` itself."""
    kinds = _KINDS
    return [
        Token(match.group(), match.start(), match.end(), kinds[match.lastgroup or "punct"])
        for match in TOKEN_PATTERN.finditer(text)
    ]


def words(text: str) -> list[str]:
    """The normalised word tokens of ``text`` (punctuation left out)."""
    return [token.norm for token in tokenize(text) if token.is_word]
