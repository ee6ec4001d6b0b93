"""Glossary words written with a word boundary out of place: split, joined or hyphenated.

*antar benua* and *antar-benua* for *antarbenua*, *timbal-balik* and *timbalbalik* for
*timbal balik*, *Indo Pasifik* for *Indo-Pasifik*, *Bangsa Bangsa* for *Bangsa-Bangsa*.
The matcher cannot see these: the words it is given are not the glossary's. Suspects are
found once per distinct piece of text (the scanner's unit of work), by tables made from the
glossary's own words:

- two words where a glossary word could be cut in two (*antar* | *benua*: after a bound form
  of the language, or at a hyphen the glossary writes);
- two words joined by a hyphen: two glossary words (*timbal-balik*), or the two halves of one
  (*antar-benua*);
- one word no term uses, made of two glossary words (*timbalbalik*, *ujicoba*).

A suspect is only a correction when the respelt stretch makes an approved glossary term
match over it, and the text as written matches no term across it (*Indo-Pasifik*,
*kerja sama militer-teknis* and *negara-negara* stay as they are).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from types import ModuleType
from typing import NamedTuple

from termbase.check.context import CheckContext, DocumentRun
from termbase.check.respelling import (
    RespeltHit,
    approved_writing,
    hit_if_written,
    matched_as_written,
)
from termbase.compounds import hyphenated, join_words
from termbase.scanning import OTHER
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, TokenKind, tokenize

Respelling = tuple[str, str]
"""(the separator to write, the written stretch respelt with it)."""


class Suspect(NamedTuple):
    """A stretch of one piece that may be a glossary word or two with the boundary moved."""

    position: int
    """The stretch's first token, counted in its piece."""
    width: int
    """Its tokens, as written."""
    respellings: tuple[Respelling, ...]


class OpenEnd(NamedTuple):
    """A piece ending in the first part of a glossary word: the next piece may hold the rest."""

    position: int
    head: str
    """The last word of the piece, folded."""


class Respacing(NamedTuple):
    """A reported stretch: where it is, how to write it, and the term it then completes."""

    span: tuple[int, int]
    """In the analysed text."""
    replacement: str
    separator: str
    """What now stands between its two parts: nothing, a space or a hyphen."""
    hit: RespeltHit


class WordBoundaries:
    """Finds glossary words written with one word boundary added, dropped or hyphenated."""

    def __init__(self, context: CheckContext, words: Iterable[str], data: ModuleType) -> None:
        """``words``: the words of the approved case-insensitive terms as the glossary writes
        them (whitespace-separated, hyphens kept)."""
        self._context = context
        analyzer = context.scanner.analyzer
        self._analyzer = analyzer
        self._strip: Callable[[str], str] = getattr(analyzer, "strip_clitics", str)
        self._dictionary: Collection[str] = getattr(analyzer, "roots", frozenset())
        self._data = data
        self._shortest: int = data.MIN_PART_LETTERS
        self._parts: set[str] = set()
        """Glossary words (and hyphen-separated parts) a joined word may be made of."""
        self._capitals: set[str] = set()
        """Those the glossary writes with a capital (*Pasifik* in *Indo-Pasifik*)."""
        self._bound_lengths = sorted({len(form) for form in data.BOUND_FORMS})
        self._joins: dict[str, dict[str, str]] = defaultdict(dict)
        """First part → second part → what the glossary writes between them (``""`` or
        ``"-"``), all folded."""
        for word in words:
            self._add(word)
        self._tails = {head: tuple(tails) for head, tails in self._joins.items()}
        """First part → every second part, for a quick test of the next word."""
        self._neighbours = frozenset(
            pattern[index : index + 2]
            for pattern in context.scanner.patterns
            for index in range(len(pattern) - 1)
        )
        """The key codes of two words that follow each other in some term."""
        self._codes: dict[str, str] = {}

    def _add(self, written: str) -> None:
        word = fold(written)
        parts = word.split("-")
        if not all(part.isalpha() for part in parts):
            return
        self._parts.update(part for part in parts if len(part) >= self._shortest)
        for part, as_written in zip(parts, written.split("-"), strict=True):
            if as_written[:1].isupper():
                self._capitals.add(part)
        for index in range(1, len(parts)):
            self._joins[parts[index - 1]][parts[index]] = "-"
        if len(parts) == 1:
            # Where a writer may cut a glossary word written as one: after a bound form.
            for cut in self._bound_lengths:
                if cut <= len(word) - self._shortest and word[:cut] in self._data.BOUND_FORMS:
                    self._joins[word[:cut]].setdefault(word[cut:], "")

    def suspects(self, tokens: list[Token], codes: str) -> tuple[Suspect | OpenEnd, ...]:
        """The suspect stretches of a piece, from its tokens and their key codes."""
        found: list[Suspect | OpenEnd] = []
        last = len(tokens) - 1
        for position, token in enumerate(tokens):
            if token.kind is not TokenKind.WORD:
                continue
            word = token.norm.casefold()
            if codes[position] == OTHER and self._may_be_two(token, word):
                respellings = self._plausible(self._cuts(token.text, word))
                if respellings:
                    found.append(Suspect(position, 1, respellings))
            if position == last:
                if word in self._joins:
                    found.append(OpenEnd(position, word))
            elif position + 2 <= last and hyphenated(tokens, position):
                respellings = self._plausible(self._unhyphenated(tokens, codes, position))
                if respellings:
                    found.append(Suspect(position, 3, respellings))
        return tuple(found)

    def _plausible(self, respellings: Iterable[Respelling]) -> tuple[Respelling, ...]:
        """Those whose words could stand in some term: each a term's word, each two in a row
        a term's two words in a row (*Utara Rusia* for *Utara-Rusia* never could)."""
        neighbours = self._neighbours
        kept = []
        for respelling in respellings:
            codes = self._codes_of(respelling[1])
            if OTHER not in codes and all(
                codes[index : index + 2] in neighbours for index in range(len(codes) - 1)
            ):
                kept.append(respelling)
        return tuple(kept)

    def _may_be_two(self, token: Token, word: str) -> bool:
        """Whether a word no term uses may be two glossary words run together: long enough,
        and not a word of the dictionary or a form of one (*pernah* is not *per* + *nah*,
        *memberikan* not *member* + *ikan*). ``word``: the token folded."""
        if len(word) < 2 * self._shortest or len(word) != len(token.text):
            return False
        analyzer = self._analyzer
        # The key the scanner has just worked out, from its memo.
        return analyzer.root(analyzer.key(token.norm)) not in self._dictionary

    def _cuts(self, written: str, word: str) -> tuple[Respelling, ...]:
        """Ways to write an unknown word as two glossary words."""
        found: list[Respelling] = []
        parts, shortest = self._parts, self._shortest
        for cut in range(shortest, len(word) - shortest + 1):
            head = word[:cut]
            if head not in parts:
                continue
            tail = word[cut:]
            if tail not in parts and self._strip(tail) not in parts:
                continue
            first, second = written[:cut], written[cut:]
            if written[:1].isupper() and self._strip(tail) in self._capitals:
                second = second[:1].upper() + second[1:]
            found.append((" ", f"{first} {second}"))
            if self._joins.get(head, {}).get(self._strip(tail)) == "-":
                found.append(("-", f"{first}-{second}"))
        return tuple(found)

    def _unhyphenated(
        self, tokens: list[Token], codes: str, position: int
    ) -> tuple[Respelling, ...]:
        """Ways to write two hyphenated words as two words, or as one."""
        first, second = tokens[position].text, tokens[position + 2].text
        found: list[Respelling] = []
        if codes[position] != OTHER and codes[position + 2] != OTHER:
            found.append((" ", f"{first} {second}"))
        if self._continues(fold(first), fold(second), ""):
            found.append(("", join_words(first, second)))
        return tuple(found)

    def _continues(self, head: str, following: str, separator: str) -> bool:
        """Whether a glossary word is ``head`` and the start of ``following``, written with
        ``separator`` between them."""
        tails = self._joins.get(head, {})
        return any(
            written == separator and following.startswith(tail) for tail, written in tails.items()
        )

    def find(
        self, run: DocumentRun, piece: int, suspects: Iterable[Suspect | OpenEnd]
    ) -> Iterator[Respacing]:
        """The suspects of the ``piece``-th piece of a document that are corrections."""
        scanned = run.scanned
        first_token = scanned.piece_first_token(piece)
        for found in suspects:
            suspect = (
                self._across_pieces(run, piece, found) if isinstance(found, OpenEnd) else found
            )
            if suspect is None:
                continue
            token = first_token + suspect.position
            if matched_as_written(run, token, suspect.width):
                continue
            for separator, respelt in suspect.respellings:
                accept = approved_writing(self._context, self._glossary_words(respelt))
                hit = hit_if_written(run, token, self._codes_of(respelt), suspect.width, accept)
                if hit is not None:
                    span = scanned.tokens_span(token, token + suspect.width)
                    yield Respacing(span, respelt, separator, hit)
                    break

    def _across_pieces(self, run: DocumentRun, piece: int, end: OpenEnd) -> Suspect | None:
        """The suspect made of a piece's last word and the next piece's first word (spaces
        and line breaks between them, as between the words of a term), if they could be a
        glossary word."""
        scanned = run.scanned
        pieces = scanned.pieces
        following = scanned.next_piece(piece)
        if following is None:
            return None
        if not pieces[following].casefold().startswith(self._tails[end.head]):
            return None
        second = pieces[following][: scanned.scanner.spans(pieces[following])[0][1]]
        first_start, first_end = scanned.scanner.spans(pieces[piece])[end.position]
        first = pieces[piece][first_start:first_end]
        respellings: list[Respelling] = []
        if self._continues(end.head, fold(second), ""):
            respellings.append(("", join_words(first, second)))
        if self._continues(end.head, fold(second), "-"):
            respellings.append(("-", f"{first}-{second}"))
        plausible = self._plausible(respellings)
        return Suspect(end.position, 2, plausible) if plausible else None

    def _glossary_words(self, respelt: str) -> list[str]:
        """The words of a respelt stretch as a term must write them: folded, without the
        clitics of the last (*Antarbenuanya* → *antarbenua*)."""
        words = fold(respelt).split()
        words[-1] = self._strip(words[-1])
        return words

    def _codes_of(self, respelt: str) -> str:
        codes = self._codes.get(respelt)
        if codes is None:
            scanner = self._context.scanner
            codes = self._codes[respelt] = "".join(map(scanner.token_code, tokenize(respelt)))
        return codes
