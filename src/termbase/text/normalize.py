"""Unicode normalisation and case folding for matching.

Scraped news text carries curly quotes, no-break spaces, soft hyphens and decomposed
accents; two strings that a reader sees as the same must compare equal after
``normalize_text``. Offsets into the original text are never computed from normalised
text: the tokenizer works on the original and normalises each token on its own.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: removed."""

SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
"""No-break, figure, thin and other fixed-width spaces: read as a plain space."""

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
"""Hyphens, figure, en and em dashes, minus signs: one plain hyphen, so that a term written
with a hyphen (*Indo-Pasifik*, *militer-teknis*) matches text typeset with a dash."""

_TRANSLATION = str.maketrans(
    {
        **dict.fromkeys(INVISIBLE_CHARACTERS, None),
        **dict.fromkeys(SPACES, " "),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys(DASHES, "-"),
    }
)


LATIN_LOOKALIKES: dict[str, str] = {
    **dict(
        zip("АВЕКМНОРСТУХІЈЅаеорсухіјѕһԁтквмнп", "ABEKMHOPCTYXIJSaeopcyxijshdtkbmhn", strict=True)
    ),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορτυ", "ABEZHIKMNOPTYXaikvoptu", strict=True)),
}
"""Cyrillic and Greek letters that look like Latin ones, with the Latin letter they pass for.

A word that mixes them with Latin letters (*vето* with Cyrillic е and т, pasted from a PDF
or typed on a Russian keyboard layout) is read as the Latin word it looks like; a word
wholly in Cyrillic or Greek is left alone."""

_LOOKALIKE = re.compile(f"[{''.join(LATIN_LOOKALIKES)}]")
_LOOKALIKE_TABLE = str.maketrans(LATIN_LOOKALIKES)
_WORD = re.compile(r"\w+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def normalize_text(text: str) -> str:
    """NFC, straight quotes, plain hyphens for dashes, plain spaces, invisible characters
    removed, Latin letters for lookalikes inside Latin words."""
    if text.isascii():
        return text
    normal = unicodedata.normalize("NFC", text).translate(_TRANSLATION)
    if _LOOKALIKE.search(normal):
        normal = _WORD.sub(_latin_if_mixed, normal)
    return normal


def _latin_if_mixed(word: re.Match[str]) -> str:
    text = word.group()
    return text.translate(_LOOKALIKE_TABLE) if _LATIN_LETTER.search(text) else text


def fold(text: str) -> str:
    """Case-fold normalised text for case-insensitive comparison."""
    return normalize_text(text).casefold()


def collapse_whitespace(text: str) -> str:
    """Normalise and collapse runs of whitespace to one space, trimmed."""
    return " ".join(normalize_text(text).split())
