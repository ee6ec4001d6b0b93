"""Term matching at corpus scale: the matcher's trie compiled into one automaton.

A text is cut at spaces and line breaks into pieces. Each distinct piece is tokenised and
keyed once (pieces recur: a corpus has far fewer distinct words than words), and every token
becomes one character standing for its key, or ``OTHER`` when no term uses the key. Every key
sequence of the ``TermMatcher`` trie becomes a string over the same characters, and a
leftmost-longest Aho-Corasick automaton (ahocorasick_rs, native code) finds every term of a
text in one pass: the cost per token depends neither on the size of the glossary nor on
Python. Offsets are worked out only for the hits a caller looks at. The matches are those
``TermMatcher.find`` gives (the tests check both on real and random text), maximal ones too.

Maximal matches (every match no other contains, overlapping ones included) come from the
leftmost-longest hits: no match starts between two hits, so only a match starting inside a
hit can be missing, and only where the rest of the hit begins a longer pattern that the
token after the hit goes on with (``Crossings``, worked out once per pattern). A text
without such a hit costs a few passes over its hits in native code more.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Set
from itertools import accumulate, compress, count, product
from operator import contains, itemgetter

from ahocorasick_rs import AhoCorasick, MatchKind

from termbase.matching import (
    TermEntry,
    TermMatch,
    TermMatcher,
    TermPart,
    choose_entry,
    homographs,
    merge_entries,
)
from termbase.model import TermRef
from termbase.text.keys import CASE_SENSITIVE_MARK, case_sensitive_key, folded_key
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, TokenKind, tokenize

OTHER = "\x01"
"""The code of every token that no term contains."""

_FIRST_CODE = 0x100
_SURROGATES = range(0xD800, 0xE000)
PIECE_CACHE_LIMIT = 500_000
"""Distinct pieces remembered between texts; past this the memory is cleared."""

Hit = tuple[int, int, int]
"""A raw automaton hit: (pattern index, first token, end token)."""
PieceWatcher = Callable[[str, list[Token], str], bool]
"""Called with a piece of text, its tokens and their codes; returns whether the watcher has
something to look at again where the piece occurs (``ScannedText.marked_pieces``)."""


OPENING_MARKS = frozenset("([\"'\u201c\u2018")
CLOSING_MARKS = frozenset(",.;:!?)]\"'\u201d\u2019")


def simple_tokens(piece: str) -> list[Token] | None:
    """The tokens of the commonest pieces without the tokenizer's regular expression.

    A word of letters, possibly between quotes or brackets and followed by punctuation
    (*Rusia,* *(Korut)*): the tokenizer would give the same tokens. None for anything else.
    """
    start, end = 0, len(piece)
    while start < end and piece[start] in OPENING_MARKS:
        start += 1
    while end > start and piece[end - 1] in CLOSING_MARKS:
        end -= 1
    if not piece[start:end].isalpha():
        return None
    punctuation = TokenKind.PUNCTUATION
    tokens = [Token(piece[i], i, i + 1, punctuation) for i in range(start)]
    tokens.append(Token(piece[start:end], start, end, TokenKind.WORD))
    tokens += [Token(piece[i], i, i + 1, punctuation) for i in range(end, len(piece))]
    return tokens


def piece_tokens(piece: str) -> list[Token]:
    """The tokens of a run of text without spaces, as ``tokenize`` gives them."""
    tokens = simple_tokens(piece)
    return tokenize(piece) if tokens is None else tokens


def key_code(number: int) -> str:
    """The one-character code of the ``number``-th key (never a surrogate or ``OTHER``)."""
    point = _FIRST_CODE + number
    if point >= _SURROGATES.start:
        point += len(_SURROGATES)
    return chr(point)


class _Memo(dict[str, str]):
    """Piece → token codes; a missing piece is coded on first sight."""

    def __init__(self, scanner: TermScanner) -> None:
        super().__init__()
        self.scanner = scanner

    def __missing__(self, piece: str) -> str:
        codes = self[piece] = self.scanner.piece_codes(piece)
        return codes


class TermScanner:
    """Finds the terms of a ``TermMatcher`` in large texts, with the same results."""

    def __init__(self, matcher: TermMatcher) -> None:
        self.matcher = matcher
        self.analyzer = matcher.analyzer
        nodes = list(matcher.nodes())
        self._codes: dict[str, str] = {}
        for keys, _ in nodes:
            for key in keys:
                if key not in self._codes:
                    self._codes[key] = key_code(len(self._codes))
        self._exact = {key: code for key, code in self._codes.items() if key[:1] == "="}
        self._also = self._exact_codes_by_folded_key()
        merged: dict[str, list[TermEntry]] = {}
        for keys, entries in nodes:
            # An acronym in another case is the word as written (*pbb*), never the acronym.
            # Its paths end where no other term does, so one entry tells for the node.
            for string in self._spellings(keys, not entries[0].other_case):
                known = merged.get(string)
                merged[string] = merge_entries(known, entries) if known else list(entries)
        self.patterns = list(merged)
        self.entries: list[tuple[TermEntry, ...]] = [tuple(e) for e in merged.values()]
        self._automaton = (
            AhoCorasick(self.patterns, matchkind=MatchKind.LeftmostLongest)
            if self.patterns
            else None
        )
        self._homographs: dict[tuple[int, int], tuple[TermRef, ...]] = {}
        self._pieces = _Memo(self)
        self._spans: dict[str, tuple[tuple[int, int], ...]] = {}
        self._watchers: list[PieceWatcher] = []
        self._marked: set[str] = set()
        """The pieces some watcher asked to see again in the documents."""
        self.longest = max((len(pattern) for pattern in self.patterns), default=0)
        """The most tokens a term spans."""
        self._crossings = Crossings(self.patterns)
        self.first_codes = frozenset(pattern[0] for pattern in self.patterns)
        """The codes a term can begin with."""

    def _exact_codes_by_folded_key(self) -> dict[str, list[str]]:
        """For a folded key, the codes of the acronyms that fold to it (*PBB* for *pbb*).

        A token written as a case-sensitive term (*PBB*) gets that term's code, which must
        also stand where a case-insensitive term has the same word (*Dewan Keamanan PBB*).
        """
        also: dict[str, list[str]] = defaultdict(list)
        for key, code in sorted(self._exact.items()):
            tokens = tokenize(key[len(CASE_SENSITIVE_MARK) :])
            if len(tokens) == 1:
                canonical = folded_key(tokens[0], self.analyzer)
                if canonical in self._codes:
                    also[canonical].append(code)
        return dict(also)

    def _spellings(self, keys: Sequence[str], also: bool = True) -> Iterable[str]:
        options = [
            [
                self._codes[key],
                *([] if key in self._exact or not also else self._also.get(key, [])),
            ]
            for key in keys
        ]
        return ("".join(combination) for combination in product(*options))

    def code(self, key: str) -> str:
        """The code of a matching key (``OTHER`` when no term uses it)."""
        return self._codes.get(key, OTHER)

    def token_code(self, token: Token) -> str:
        exact = self._exact.get(case_sensitive_key(token))
        if exact is not None:
            return exact
        return self._codes.get(folded_key(token, self.analyzer), OTHER)

    def piece_codes(self, piece: str) -> str:
        """One code per token of a run of text without spaces."""
        tokens = piece_tokens(piece)
        codes = "".join(map(self.token_code, tokens))
        for watcher in self._watchers:
            if watcher(piece, tokens, codes):
                self._marked.add(piece)
        return codes

    def spans(self, piece: str) -> tuple[tuple[int, int], ...]:
        """The offsets of the tokens of a piece within it (memoised like the codes)."""
        known = self._spans.get(piece)
        if known is None:
            if len(self._spans) > PIECE_CACHE_LIMIT:
                self._spans.clear()
            known = self._spans[piece] = tuple((t.start, t.end) for t in piece_tokens(piece))
        return known

    def homographs(self, pattern: int, best: TermEntry) -> tuple[TermRef, ...]:
        """``matching.homographs`` of a pattern's entry, worked out once per entry."""
        key = (pattern, best.order)
        known = self._homographs.get(key)
        if known is None:
            known = self._homographs[key] = homographs(best, self.entries[pattern])
        return known

    def watch(self, watcher: PieceWatcher) -> None:
        """Call ``watcher`` with every distinct piece the scanner codes from now on.

        Work done per distinct piece rather than per occurrence is what keeps a rule fast;
        pieces already memoised are forgotten, so that the watcher sees every one. A piece
        the watcher returns true for is among a document's ``marked_pieces``.
        """
        self._watchers.append(watcher)
        self._pieces.clear()

    def hits(self, codes: str, *, maximal: bool = False) -> list[Hit]:
        """Pattern hits in a string of token codes: leftmost-longest, or every hit that no
        other contains (``maximal``)."""
        if self._automaton is None:
            return []
        search = self._automaton.find_matches_as_indexes
        hits = search(codes)
        return self._maximal(codes, hits, search) if maximal else hits

    def _maximal(
        self, codes: str, hits: list[Hit], search: Callable[[str], list[Hit]]
    ) -> list[Hit]:
        """Leftmost-longest ``hits`` with the hits that start inside one and reach past it."""
        crossings, longest = self._crossings, self.longest
        padded = codes + OTHER
        crossable = list(compress(hits, map(crossings.flags.__getitem__, map(itemgetter(0), hits))))
        # Most often the token after such a hit goes on with no pattern begun inside it.
        going_on = map(
            contains,
            map(crossings.followers.__getitem__, map(itemgetter(0), crossable)),
            map(padded.__getitem__, map(itemgetter(2), crossable)),
        )
        crossing: list[Hit] = []
        for pattern, first, end in compress(crossable, going_on):
            for offset in crossings.offsets[pattern]:
                start = first + offset
                if padded[end] not in crossings.continuations[codes[start:end]]:
                    continue
                found = search(codes[start : start + longest])
                if found and found[0][1] == 0 and start + found[0][2] > end:
                    crossing.append((found[0][0], start, start + found[0][2]))
        return _merged(hits, crossing) if crossing else hits

    def scan(self, text: str, *, maximal: bool = False) -> ScannedText:
        """Cut, code and search ``text``; offsets are computed later, per hit.

        With ``maximal``, hits may overlap (``TermMatcher.find_in_tokens``)."""
        pieces = text.replace("\n", " ").split(" ")
        if len(self._pieces) > PIECE_CACHE_LIMIT:
            self._pieces.clear()
        coded = list(map(self._pieces.__getitem__, pieces))
        codes = "".join(coded)
        return ScannedText(self, text, pieces, codes, self.hits(codes, maximal=maximal), coded)

    def find(self, text: str, *, maximal: bool = False) -> list[TermMatch]:
        """All matches in ``text``, as ``TermMatcher.find`` gives them."""
        scanned = self.scan(text, maximal=maximal)
        return [scanned.match(hit) for hit in scanned.hits]


def _merged(hits: list[Hit], crossing: list[Hit]) -> list[Hit]:
    """Leftmost-longest ``hits`` with the ``crossing`` ones (in text order) put in place,
    less those another contains: hits inside a crossing one, a crossing one inside another.
    Only the stretches around the crossing hits are looked at one by one."""
    kept: list[Hit] = []
    cursor = reach = 0
    for hit in crossing:
        at = bisect_left(hits, hit[1], lo=cursor, key=itemgetter(1))
        while cursor < at and hits[cursor][2] <= reach:
            cursor += 1
        kept += hits[cursor:at]
        cursor = at
        if hit[2] > kept[-1][2]:
            kept.append(hit)
            reach = hit[2]
    while cursor < len(hits) and hits[cursor][2] <= reach:
        cursor += 1
    return kept + hits[cursor:]


class Crossings:
    """Where a match may start inside a leftmost-longest hit and reach past its end.

    Inside a pattern, at an offset where the rest of it begins a longer pattern; and only
    when the code after the hit goes on with that pattern. Both are worked out once per
    pattern, so that a hit which cannot be crossed costs a set lookup.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        growing: dict[str, set[str]] = defaultdict(set)
        for pattern in patterns:
            for size in range(1, len(pattern)):
                growing[pattern[:size]].add(pattern[size])
        following = self.continuations = dict(growing)
        """Every beginning of a pattern short of the whole, with the codes that go on."""
        self.offsets: list[tuple[int, ...]] = []
        """Per pattern, the offsets inside it where a longer pattern may start."""
        self.followers: list[Set[str]] = []
        """Per pattern, the codes after a hit of it that go on with a pattern begun inside."""
        nothing: frozenset[str] = frozenset()
        for pattern in patterns:
            offsets = tuple(k for k in range(1, len(pattern)) if pattern[k:] in following)
            self.offsets.append(offsets)
            if len(offsets) < 2:  # most often: the set of the one offset, shared
                self.followers.append(following[pattern[offsets[0] :]] if offsets else nothing)
            else:
                self.followers.append(set().union(*(following[pattern[k:]] for k in offsets)))
        self.flags = bytearray(bool(offsets) for offsets in self.offsets)


class ScannedText:
    """A text with its automaton hits; token offsets are found on demand."""

    def __init__(
        self,
        scanner: TermScanner,
        text: str,
        pieces: list[str],
        codes: str,
        hits: list[Hit],
        coded: list[str],
    ) -> None:
        self.scanner = scanner
        self.text = text
        self.pieces = pieces
        """The text cut at every space and line break (each cut is one character)."""
        self.codes = codes
        """One character per token: the token's key code."""
        self.hits = hits
        self._coded = coded
        self._first_tokens: list[int] | None = None
        self._marked_pieces: list[int] | None = None
        self._lengths: list[int] = []
        """Characters in the pieces before each piece (add the piece's index for the cuts)."""

    def _layout(self) -> list[int]:
        if self._first_tokens is None:
            self._first_tokens = list(accumulate(map(len, self._coded), initial=0))
            self._lengths = list(accumulate(map(len, self.pieces), initial=0))
        return self._first_tokens

    def marked_pieces(self) -> list[int]:
        """The indices of the pieces a watcher of the scanner marked, in text order: found
        in one pass over the pieces, shared by every rule that watches them."""
        if self._marked_pieces is None:
            marked = self.scanner._marked
            self._marked_pieces = (
                list(compress(count(), map(marked.__contains__, self.pieces))) if marked else []
            )
        return self._marked_pieces

    def token_piece(self, token: int) -> int:
        """The index of the piece that holds the ``token``-th token."""
        return bisect_right(self._layout(), token) - 1

    def token_span(self, token: int) -> tuple[int, int]:
        """Offsets in the text of the ``token``-th token."""
        return self.tokens_span(token, token + 1)

    def tokens_span(self, first: int, end: int) -> tuple[int, int]:
        """Offsets in the text from the start of token ``first`` to the end of token
        ``end - 1`` (most hits lie in one piece: that piece is looked up once)."""
        first_tokens = self._first_tokens or self._layout()
        piece = bisect_right(first_tokens, first) - 1
        spans = self.scanner.spans(self.pieces[piece])
        base, head = self._lengths[piece] + piece, first_tokens[piece]
        last = end - 1 - head
        if last < len(spans):
            return base + spans[first - head][0], base + spans[last][1]
        return base + spans[first - head][0], self.token_span(end - 1)[1]

    def piece_offset(self, piece: int) -> int:
        """Where the ``piece``-th piece starts in the text."""
        self._layout()
        return self._lengths[piece] + piece

    def piece_first_token(self, piece: int) -> int:
        return self._layout()[piece]

    def next_piece(self, piece: int) -> int | None:
        """The first piece after the ``piece``-th that is not empty (the next word, past
        spaces and line breaks), None at the end of the text."""
        pieces = self.pieces
        following = piece + 1
        while following < len(pieces) and not pieces[following]:
            following += 1
        return following if following < len(pieces) else None

    def match(self, hit: Hit) -> TermMatch:
        """The full match of one hit: the term chosen, its offsets and its parts."""
        pattern, first, end = hit
        start, stop = self.tokens_span(first, end)
        entries = self.scanner.entries[pattern]
        others: tuple[TermRef, ...] = ()
        if len(entries) == 1:
            best = entries[0]
        else:
            best = choose_entry(entries, fold(self.text[start:stop]))
            others = self.scanner.homographs(pattern, best)
        parts = (
            tuple(
                TermPart(ref, *self.tokens_span(first + head, first + head + count))
                for ref, head, count in best.parts
            )
            if best.parts
            else ()
        )
        return TermMatch(best.ref, start, stop, first, end, best.variant, others, parts)
