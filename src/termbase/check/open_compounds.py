"""Open compounds with affixes, spaced as PUEBI spaces them: for deprecated-term (C001).

Which compounds, and how PUEBI spaces them with affixes, is ``termbase.compounds``; here
they are found in texts. Every affixed spelling of every compound is tabled once; a text's
words are looked up in the tables once per distinct piece of text, so the work per word
does not grow with the glossary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from termbase.compounds import (
    Affixed,
    OpenCompound,
    affixed_spellings,
    glossary_compounds,
    hyphenated,
    join_words,
    prefixed,
    suffixed,
)
from termbase.lang import language_module
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, TokenKind

if TYPE_CHECKING:
    from termbase.check.context import CheckContext, DocumentRun


class Respelling(NamedTuple):
    """A compound spaced against the rule: where, how to write it, and why."""

    span: tuple[int, int]
    """In the analysed text."""
    replacement: str | None
    """None where the writer's letters cannot be kept (a word that folds to other letters)."""
    compound: OpenCompound
    prefixed: bool
    suffixed: bool
    """Both: the replacement writes the compound as one word."""


class Written(NamedTuple):
    """A piece's word that is a compound with an affix written as one (*bekerjasama*), or
    written as two joined by a hyphen (*ditanda-tangani*): ``width`` tokens."""

    position: int
    width: int
    replacement: str | None
    compound: OpenCompound
    prefixed: bool
    suffixed: bool


class OpenEnd(NamedTuple):
    """A piece ending in a compound's first word with a prefix: the next piece may hold the
    second with a suffix (*ditanda* | *tangani*)."""

    position: int
    head: str
    """That word, folded."""


Suspect = Written | OpenEnd
_Parts = dict[str, dict[OpenCompound, bool]]
"""A compound's word with or without an affix → its compounds → whether it has the affix."""


class OpenCompounds:
    """The affixed spellings of the glossary's open compounds, and finding them in text."""

    def __init__(
        self, compounds: Iterable[OpenCompound], data: ModuleType, strip: Callable[[str], str]
    ) -> None:
        self._strip = strip
        self._words: dict[str, Affixed] = {}
        """Every affixed spelling in one word, folded."""
        self._heads: _Parts = defaultdict(dict)
        """First words, with a prefix (always)."""
        self._tails: _Parts = defaultdict(dict)
        """Second words, with a suffix or without."""
        for compound in compounds:
            self._add(compound, data)
        self._shortest = min(map(len, self._words), default=0)
        self._beginnings = _Beginnings(self._heads.keys() | self._words.keys())
        """What the words worth a look begin with: an affixed spelling (clitics only ever
        follow it) or a first word with a prefix. Most words of a text fail this test."""

    def _add(self, compound: OpenCompound, data: ModuleType) -> None:
        for head in prefixed(compound.first, data):
            self._heads[head].setdefault(compound, True)
        self._tails[compound.second].setdefault(compound, False)
        for tail in suffixed(compound.second, data):
            self._tails[tail].setdefault(compound, True)
        for word, affixed in affixed_spellings(compound, data):
            self._words.setdefault(word, affixed)

    def __bool__(self) -> bool:
        return bool(self._words)

    def affixed(self, word: str) -> Affixed | None:
        """The compound a folded word is, with an affix and written as one, if any
        (clitics allowed: *bekerjasamalah*)."""
        if len(word) < self._shortest:
            return None
        found = self._words.get(word)
        return found if found is not None else self._words.get(self._strip(word))

    def confixed(self, first: str, second: str) -> OpenCompound | None:
        """The compound that two folded words are with a prefix and a suffix, written
        apart (*ditanda* *tangani*), if any."""
        heads = self._heads.get(first)
        if heads is None:
            return None
        tails = self._tails.get(second) or self._tails.get(self._strip(second), {})
        return next((c for c in heads if tails.get(c)), None)

    def suspects(self, tokens: list[Token]) -> tuple[Suspect, ...]:
        """The stretches of a piece that may be a compound spaced against the rule."""
        found: list[Suspect] = []
        last = len(tokens) - 1
        for position, token in enumerate(tokens):
            if token.kind is not TokenKind.WORD:
                continue
            word = fold(token.norm)
            if not self._beginnings.begins(word):
                continue
            affixed = self.affixed(word)
            if affixed is not None and not affixed.standard:
                found.append(self._split(position, token, word, affixed))
            elif word not in self._heads:
                continue
            elif position == last:
                found.append(OpenEnd(position, word))
            elif position + 2 <= last and hyphenated(tokens, position):
                hyphened = self._hyphened(tokens, position, word)
                if hyphened is not None:
                    found.append(hyphened)
        return tuple(found)

    @staticmethod
    def _split(position: int, token: Token, word: str, affixed: Affixed) -> Written:
        written = token.text
        fixed = affixed.spelt(written) if len(word) == len(written) else None
        return Written(position, 1, fixed, affixed.compound, affixed.prefixed, affixed.suffixed)

    def _hyphened(self, tokens: list[Token], position: int, head: str) -> Written | None:
        """``ditanda-tangani`` as one word, ``bekerja-sama`` as two."""
        first, second = tokens[position].text, tokens[position + 2].text
        tail = fold(second)
        tails = self._tails.get(tail) or self._tails.get(self._strip(tail), {})
        for compound in self._heads[head]:
            if compound in tails:
                suffixed = tails[compound]
                fixed = join_words(first, second) if suffixed else f"{first} {second}"
                return Written(position, 3, fixed, compound, True, suffixed)
        return None

    def find(
        self, run: DocumentRun, piece: int, suspects: Iterable[Suspect]
    ) -> Iterator[Respelling]:
        """The suspects of the ``piece``-th piece of a document that break the rule."""
        scanned = run.scanned
        first_token = scanned.piece_first_token(piece)
        for suspect in suspects:
            if isinstance(suspect, Written):
                token = first_token + suspect.position
                span = scanned.tokens_span(token, token + suspect.width)
                yield Respelling(
                    span, suspect.replacement, suspect.compound, suspect.prefixed, suspect.suffixed
                )
            else:
                found = self._across_pieces(run, piece, first_token + suspect.position, suspect)
                if found is not None:
                    yield found

    def _across_pieces(
        self, run: DocumentRun, piece: int, token: int, end: OpenEnd
    ) -> Respelling | None:
        """The open end and the next piece's first word, if they are a compound with a
        prefix and a suffix (spaces or line breaks between them, as between a term's words)."""
        scanned = run.scanned
        following = scanned.next_piece(piece)
        if following is None:
            return None
        start, end_of_first = scanned.token_span(token)
        second_start, second_end = scanned.token_span(scanned.piece_first_token(following))
        second = run.text[second_start:second_end]
        if second_start != scanned.piece_offset(following) or not second.isalpha():
            return None
        compound = self.confixed(end.head, fold(second))
        if compound is None:
            return None
        fixed = join_words(run.text[start:end_of_first], second)
        return Respelling((start, second_end), fixed, compound, True, True)


class _Beginnings:
    """A test of whether a word begins with one of a set of strings, at the cost of a dict
    lookup for most words: the strings are grouped by their first few letters."""

    def __init__(self, starts: Iterable[str]) -> None:
        starts = sorted(set(starts))
        self._size = min(map(len, starts), default=0)
        grouped: dict[str, list[str]] = defaultdict(list)
        for start in starts:
            grouped[start[: self._size]].append(start)
        self._groups = {letters: tuple(group) for letters, group in grouped.items()}

    def begins(self, word: str) -> bool:
        group = self._groups.get(word[: self._size])
        return group is not None and word.startswith(group)


def open_compounds(context: CheckContext) -> OpenCompounds | None:
    """The glossary's open compounds in the checked language (None for a language without
    compound data)."""
    data = language_module(context.lang, "compounds")
    if data is None or not hasattr(data, "COMPOUND_SUFFIXES"):
        return None
    strip: Callable[[str], str] = getattr(context.scanner.analyzer, "strip_clitics", str)
    return OpenCompounds(glossary_compounds(context.glossary, context.lang), data, strip)
