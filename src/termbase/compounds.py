"""The glossary's open compounds and their affixed spellings, spaced as PUEBI spaces them.

An open compound (*kerja sama*, *tanda tangan*) stays two words when it takes a prefix only
or a suffix only, the affix joined to the word beside it (*bekerja sama*, *tanda tangani*);
with a prefix and a suffix at once it is written as one word (*ditandatangani*,
*dikerjasamakan*). The compounds are the glossary's: an approved term with two words where
a deprecated spelling of it writes one (*kerja sama* / *kerjasama*, *kerja sama militer* /
*kerjasama militer*). That is the curated evidence that the compound is open and that
writers join it; most multi-word terms are phrases (*anggota tetap*, *senjata nuklir*),
whose words take affixes each on its own, and the rule for compounds would be wrong there.

The checker (deprecated-term, C001) finds the spellings in texts; the lookup index stores
them, so that a lookup of *bekerjasama* answers *kerja sama*.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from termbase.text.normalize import fold
from termbase.text.tokenize import HYPHEN_CHARACTERS, Token, TokenKind

if TYPE_CHECKING:
    from termbase.model import Glossary

HYPHENS = frozenset(HYPHEN_CHARACTERS)
"""What joins two words as a hyphen, as the tokenizer sees it."""
_JOINED = (TokenKind.WORD, TokenKind.ABBREVIATION)
"""What may stand after such a hyphen."""


def hyphenated(tokens: Sequence[Token], position: int) -> bool:
    """Whether the word at ``position`` is followed by a hyphen, then a word or a dotted
    abbreviation (*Keamanan-P.B.B.*), touching."""
    hyphen, second = tokens[position + 1], tokens[position + 2]
    return (
        hyphen.text in HYPHENS
        and second.kind in _JOINED
        and tokens[position].end == hyphen.start
        and hyphen.end == second.start
    )


class OpenCompound(NamedTuple):
    """Two words the glossary writes apart that a deprecated spelling writes as one."""

    first: str
    second: str
    """Both folded."""
    concept: str
    term: int = 0
    """The approved term the compound is part of (its index in the concept's language)."""


class Affixed(NamedTuple):
    """An open compound with affixes, written as one word (*bekerjasama*)."""

    compound: OpenCompound
    split: int
    """Letters before the place of the space: the first word with its prefix."""
    prefixed: bool
    suffixed: bool

    @property
    def standard(self) -> bool:
        """Whether one word is right: a prefix and a suffix at once (*ditandatangani*)."""
        return self.prefixed and self.suffixed

    def spelt(self, letters: str) -> str:
        """The compound's letters as written spaced as PUEBI says (``puebi_spelling``)."""
        return puebi_spelling(letters, self.split, self.standard)


def puebi_spelling(letters: str, split: int, one_word: bool) -> str:
    """An affixed compound's letters as written (*Bekerjasamalah*, clitics kept), as one word
    or with a space after the first ``split`` letters: *Bekerja samalah*, *ditandatangani*."""
    return letters if one_word else f"{letters[:split]} {letters[split:]}"


def join_words(first: str, second: str) -> str:
    """Two words written as one, in the writer's case: *Antar* + *Benua* → *Antarbenua*
    (a capital inside a word is a title's), *ANTAR* + *BENUA* → *ANTARBENUA*."""
    if second[:1].isupper() and not first.isupper():
        second = second[:1].lower() + second[1:]
    return first + second


def prefixed(word: str, data: ModuleType) -> Iterator[str]:
    """``word`` with each prefix that may stand before the first word of a compound."""
    for prefix in data.COMPOUND_PREFIXES:
        yield prefix + word
    nasal = data.NASALS.get(word[:1])
    if nasal is not None:
        rest = word[1:] if word[:1] in data.NASAL_REPLACED_INITIALS else word
        for prefix in data.NASAL_PREFIXES:
            yield prefix + nasal + rest


def suffixed(word: str, data: ModuleType) -> Iterator[str]:
    """``word`` with each suffix that may follow the last word of a compound."""
    for suffix in data.COMPOUND_SUFFIXES:
        yield word + suffix


def affixed_spellings(compound: OpenCompound, data: ModuleType) -> Iterator[tuple[str, Affixed]]:
    """Every spelling of ``compound`` with a prefix, a suffix or both, written as one word,
    folded: *bekerjasama*, *kerjasamakan*, *dikerjasamakan*."""
    first, second = compound.first, compound.second
    heads = ["", *prefixed(first, data)]
    tails = ["", *suffixed(second, data)]
    for head in heads:
        for tail in tails:
            if head or tail:
                affixed = Affixed(compound, len(head or first), bool(head), bool(tail))
                yield (head or first) + (tail or second), affixed


def glossary_compounds(glossary: Glossary, lang: str) -> Iterator[OpenCompound]:
    """Two words of an approved term that a deprecated spelling of it writes as one."""
    # Imported here: lookup reads the spellings this module makes, never the matcher.
    from termbase.matching import replacement_index

    for ref, term in glossary.terms(lang):
        if term.status.approved or term.case_sensitive:
            continue
        concept = glossary[ref.concept_id]
        index = replacement_index(concept, ref)
        if index is None:
            continue
        instead = concept.terms[lang][index]
        if instead.case_sensitive:
            continue
        written, approved = fold(term.text).split(), fold(instead.text).split()
        if len(approved) != len(written) + 1:
            continue
        for position, word in enumerate(written):
            first, second = approved[position : position + 2]
            if (
                word == first + second
                and word.isalpha()
                and written[:position] == approved[:position]
                and written[position + 1 :] == approved[position + 2 :]
            ):
                yield OpenCompound(first, second, ref.concept_id, index)
