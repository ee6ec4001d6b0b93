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


_MARKS = rf"\u0300-\u036f{INVISIBLE_CHARACTERS}"
_LETTER = r"[^\W\d_]"
_CLITIC_AFTER_HYPHEN = "|".join(CLITICS)
HYPHEN_CHARACTERS = "-\u2010\u2011"
_HYPHEN = f"[{HYPHEN_CHARACTERS}]"
"""A hyphen, also the Unicode hyphen and the non-breaking one that word processors insert."""


def _token_pattern(word_char: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?P<abbr>{_LETTER}(?:\.{_LETTER})+\.?)(?!{word_char})
        | (?P<num>\d+(?:[.,:/]\d+)*(?!{word_char}))
        | (?P<word>
            (?P<stem>{word_char}+(?:['\u2019]{word_char}+)*)
            (?:{_HYPHEN}(?i:(?P=stem)){word_char}*)?
            (?:{_HYPHEN}(?i:{_CLITIC_AFTER_HYPHEN})(?!{word_char}))?
          )
        | (?P<punct>[^\s\w]|_)
        """,
        re.VERBOSE,
    )


TOKEN_PATTERN = _token_pattern(rf"(?:[^\W_]|[{_MARKS}])")
"""Letters and digits, combining accents and invisible characters make up words."""
PLAIN_TOKEN_PATTERN = _token_pattern(r"[^\W_]")
""":data:`TOKEN_PATTERN` for text with no accent or invisible character to combine, where it
matches the same tokens with a simpler character class (about a fifth faster)."""
_HAS_MARKS = re.compile(rf"[{_MARKS}]")

_KINDS = {
    "abbr": TokenKind.ABBREVIATION,
    "num": TokenKind.NUMBER,
    "word": TokenKind.WORD,
    "punct": TokenKind.PUNCTUATION,
}


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets into ``text`` itself."""
    pattern = TOKEN_PATTERN if _HAS_MARKS.search(text) else PLAIN_TOKEN_PATTERN
    # tuple.__new__ builds the named tuple without the Python-level Token.__new__ call.
    kinds, token = _KINDS, tuple.__new__
    return [
        token(Token, (match.group(), match.start(), match.end(), kinds[match.lastgroup or "punct"]))
        for match in pattern.finditer(text)
    ]


def words(text: str) -> list[str]:
    """The normalised word tokens of ``text`` (punctuation left out)."""
    return [token.norm for token in tokenize(text) if token.is_word]
