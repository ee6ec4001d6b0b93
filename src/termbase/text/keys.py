"""Token and term keys: what two spellings must share to count as the same term.

A case-insensitive key is the analyser's morphological key. A case-sensitive key (for
acronyms such as *AS* and *PBB*) is the token as written, marked with ``=`` so that it can
never collide with a folded key: *AS* is ``=AS`` and never meets *as*. Finding a term by a
part of it (*keamanan* in *Dewan Keamanan PBB*) uses :func:`part_keys`, where an acronym
keeps its case even inside a case-insensitive term.
"""

from __future__ import annotations

import re

from termbase.lang.en.morphology import POSSESSIVE_ENDINGS
from termbase.lang.id.morphology import CLITICS
from termbase.text.morphology import Analyzer
from termbase.text.normalize import fold, normalize_text
from termbase.text.tokenize import Token, TokenKind, tokenize

CASE_SENSITIVE_MARK = "="

_CLITIC_ALTERNATIVES = "|".join(CLITICS)
_TRAILING_CLITIC = re.compile(
    rf"""(?x)
      (?<=[A-Z.])(?:{_CLITIC_ALTERNATIVES}|{"|".join(POSSESSIVE_ENDINGS)})$
    | -(?:{_CLITIC_ALTERNATIVES})$
    | (?<=\w)'s$
    | (?<=[A-Z][A-Z])s'?$
    """
)
"""What may follow a case-sensitive term in the same word, never part of it: a clitic after
a capital (*ASnya*) or a hyphen (*PBB-nya*, *Korut-nya*), a possessive (*NATO's*, *the
West's*) and the English plural of an acronym (*ICBMs*, *WMDs'*). A bare clitic after a small
letter stays (*Baratnya* is not *Barat*), so does a plural *s* after one capital (*As*)."""
_SKELETON_DROP = str.maketrans("", "", " -.'")


def exact_form(token: Token) -> str:
    """The case-sensitive form of a token: as written, minus a clitic or possessive after an
    acronym."""
    text = token.norm
    if token.kind is TokenKind.ABBREVIATION:
        return text if text.endswith(".") else text + "."
    if token.kind is TokenKind.WORD:
        return _TRAILING_CLITIC.sub("", text)
    return text


def case_sensitive_key(token: Token) -> str:
    return CASE_SENSITIVE_MARK + exact_form(token)


def folded_key(token: Token, analyzer: Analyzer) -> str:
    """The case-insensitive key of one token: morphology for words, the text otherwise."""
    if token.kind is TokenKind.WORD:
        return analyzer.key(token.norm)
    if token.kind is TokenKind.ABBREVIATION:
        return fold(exact_form(token))
    return token.norm


def term_keys(text: str, analyzer: Analyzer, case_sensitive: bool) -> tuple[str, ...]:
    """The key sequence of a term: one key per token."""
    tokens = tokenize(text)
    if case_sensitive:
        return tuple(case_sensitive_key(token) for token in tokens)
    return tuple(folded_key(token, analyzer) for token in tokens)


def is_acronym(token: Token) -> bool:
    """Written in capitals without a small letter (*AS*, *PBB*, *G7*, *U.N.*)."""
    text = token.norm
    return any(char.isupper() for char in text) and not any(char.islower() for char in text)


def part_keys(text: str, analyzer: Analyzer, case_sensitive: bool) -> tuple[str, ...]:
    """A term's keys for finding it by a part of it: :func:`term_keys`, except that an acronym
    in a case-insensitive term keeps its case-sensitive key, so that *as* never finds
    *Departemen Luar Negeri AS* (the whole term, typed in lower case, still matches)."""
    if case_sensitive:
        return term_keys(text, analyzer, case_sensitive)
    return tuple(
        case_sensitive_key(token) if is_acronym(token) else folded_key(token, analyzer)
        for token in tokenize(text)
    )


def key_root(key: str, analyzer: Analyzer) -> str:
    """The root of a token key: the analyser's for a folded key; a case-sensitive key is its
    own root (*AS* has no derivations)."""
    return key if key.startswith(CASE_SENSITIVE_MARK) else analyzer.root(key)


def spelling_skeleton(text: str, case_sensitive: bool) -> str:
    """The letters of a term without spaces, hyphens, full stops and apostrophes.

    Two terms of one concept with the same skeleton are spelling variants of each other
    (*kerja sama* / *kerjasama*, *PBB* / *P.B.B.*).
    """
    normal = normalize_text(text)
    return (normal if case_sensitive else normal.casefold()).translate(_SKELETON_DROP)
