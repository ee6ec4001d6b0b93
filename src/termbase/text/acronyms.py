"""Acronyms written in another case: which ones can still be recognised, and how to fix them.

A case-sensitive term matches only as written, so that *AS* is never the Indonesian word
*as* (axle). Texts still write acronyms pronounced as words in title or lower case (*Nato*,
*Asean*, *pbb*). Such a spelling is taken for the acronym only where it cannot be an
ordinary word of the text's language:

- the term is one word in capitals (*NATO*, *PBB*, *ICBM*; not *A.S.*, not *Barat*) of at
  least ``MIN_LETTERS`` letters: two letters in lower case are too often words (*as*, *un*,
  *di*);
- its lower case is left alone by the language's analyser (not read as a word with a clitic
  or an inflection);
- and it has no vowel of the language (*pbb*, *icbm*), or the language has a dictionary of
  roots (Indonesian: Sastrawi's, with termbase's additions) and the word is not in it
  (*nato*, *asean*; but *ham*, *kek*, *rok* are Indonesian words, so *HAM*, *KEK* and *ROK*
  match only in capitals).

wordfreq cannot tell: it folds case, so *nato* is frequent in its lists because *NATO* is.
English has no dictionary here, so English text recognises only acronyms without a vowel
(*Icbm*, *wmd*) in another case; *Nato*, *Unesco*, *Aids* are also a house style of British
English.

The other-case key is the folded matching key of the word, so a text token offers it
already: the matcher needs one more trie path per such acronym and nothing per token.
"""

from __future__ import annotations

from collections.abc import Collection

from termbase.lang import language_module
from termbase.text.keys import is_acronym
from termbase.text.morphology import Analyzer
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, TokenKind, tokenize

MIN_LETTERS = 3
"""Shorter acronyms (*AS*, *RI*, *UN*) are recognised only in capitals."""


def word_acronym(text: str) -> Token | None:
    """The one token of ``text`` when it is a word in capitals of ``MIN_LETTERS`` letters or
    more (*NATO*, *ASEAN*; not *AS*, not *A.S.*, not *Barat*), else None."""
    tokens = tokenize(text)
    if len(tokens) != 1:
        return None
    token = tokens[0]
    if token.kind is not TokenKind.WORD or not is_acronym(token):
        return None
    if sum(char.isalpha() for char in token.norm) < MIN_LETTERS:
        return None
    return token


def other_case_key(text: str, analyzer: Analyzer) -> str | None:
    """The key under which the acronym ``text`` is also recognised in another case, or None
    when it is recognised only as written."""
    data = language_module(analyzer.lang, "morphology")
    token = word_acronym(text)
    if data is None or token is None:
        return None
    word = fold(token.norm)
    if analyzer.key(word) != word:
        return None
    if any(char in data.VOWELS for char in word):
        roots: Collection[str] | None = getattr(analyzer, "roots", None)
        if roots is None or word in roots:
            return None
    return word


def written_in_other_case(written: str, acronym: str) -> bool:
    """Whether ``written`` (an occurrence of ``acronym`` with whatever follows it) spells the
    acronym's letters in another case (*Nato*, *nato-nya*); capitals throughout are not."""
    head = written[: len(acronym)]
    return head != acronym and head.upper() != head


def recase_acronym(written: str, acronym: str, lang: str) -> str | None:
    """``written`` with the acronym in capitals and what follows it joined the language's
    way (*Natonya* → *NATO-nya*, *Nato's* → *NATO's*, *Icbms* → *ICBMs*), or None when no
    one spelling is right (the acronym is not at the start, or is written twice)."""
    head, rest = written[: len(acronym)], written[len(acronym) :]
    if head.casefold() != acronym.casefold() or acronym.casefold() in rest.casefold():
        return None
    data = language_module(lang, "morphology")
    if rest and rest[0].isalpha():
        joiner: str = data.ACRONYM_SUFFIX_JOINER if data is not None else ""
        rest = joiner + rest
    return acronym + rest
