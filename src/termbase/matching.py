"""Find glossary terms in text: longest match first, through morphology and spelling variants.

The matcher is a trie over token keys (see ``termbase.text.keys``), so its cost per token does
not depend on the size of the glossary. Each text token offers two keys, the folded
morphological one and the case-sensitive one; a term's path uses whichever its
case-sensitivity asks for. Spelling variants listed in one concept (*kerja sama* /
*kerjasama*) are also recognised inside other terms (*kerjasama militer*), and the match
records which variant was used and where (``TermMatch.parts``), also when the longer term is
written as listed (*PBB* in *Dewan Keamanan PBB*). An acronym that cannot be an ordinary
word in lower case (``termbase.text.acronyms``) has one more path, under its folded key, so
that *Nato* and *pbb* are found as *NATO* and *PBB* (and reported as written in the wrong
case); *as* stays apart from *AS*.

Matches are leftmost-longest and do not overlap, or, with ``maximal``, every match that no
other match contains: terms that overlap are all found (*uji coba rudal* and *rudal balistik
antarbenua* in *uji coba rudal balistik antarbenua*), while a term inside a longer match
stays a part of it (*PBB* in *Dewan Keamanan PBB* is not a match of its own).

``termbase.scanning`` compiles the same trie into an automaton for large inputs; both give
the same matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from termbase.model import STATUS_ORDER, Concept, Glossary, Status, Term, TermRef
from termbase.text.acronyms import other_case_key
from termbase.text.keys import (
    case_sensitive_key,
    folded_key,
    spelling_skeleton,
    term_keys,
)
from termbase.text.morphology import Analyzer, analyzer_for
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, tokenize


@dataclass(frozen=True)
class TermPart:
    """A term of another concept's spelling-variant group written inside a match.

    *P.B.B.* in *Dewan Keamanan P.B.B.*, *PBB* in *Dewan Keamanan PBB*: the place lets a
    checker count and fix the spelling where it is.
    """

    ref: TermRef
    start: int
    end: int


@dataclass(frozen=True)
class TermMatch:
    """One occurrence of a glossary term in a text."""

    ref: TermRef
    start: int
    end: int
    first_token: int
    end_token: int
    variant: TermRef | None = None
    """The spelling-variant term used inside this match (*kerjasama* in *kerjasama militer*)."""
    homographs: tuple[TermRef, ...] = ()
    """Other terms with the same key that this occurrence may also be."""
    parts: tuple[TermPart, ...] = ()
    """Spelling-variant terms of other concepts inside this match, the variant included."""

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class TermEntry:
    """A term at the end of a trie path: the term, and how the path spells it."""

    ref: TermRef
    folded_text: str
    variant: TermRef | None = None
    parts: tuple[tuple[TermRef, int, int], ...] = ()
    """(term, first token, token count) relative to the match, for ``TermMatch.parts``."""
    order: int = 0
    """Insertion order: ties among entries are broken by glossary order."""
    other_case: bool = False
    """An acronym reached in another case (*Nato* for *NATO*: ``termbase.text.acronyms``)."""


class _Node:
    """A trie node: children by token key, and the terms whose key sequence ends here."""

    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: list[TermEntry] = []


class TermMatcher:
    """Finds the terms of one language of a glossary in text."""

    def __init__(self, glossary: Glossary, lang: str, analyzer: Analyzer | None = None) -> None:
        self.lang = lang
        self.analyzer = analyzer or analyzer_for(lang)
        self._root = _Node()
        self.size = 0
        terms = list(glossary.terms(lang))
        keyed = [(ref, term, self._keys(term)) for ref, term in terms]
        swaps = _variant_swaps(glossary, lang, self.analyzer)
        for ref, term, keys in keyed:
            if keys:
                parts = tuple(_written_parts(ref, keys, swaps))
                self._insert(keys, TermEntry(ref, fold(term.text), parts=parts))
        for keys, entry in _variant_paths(keyed, swaps):
            self._insert(keys, entry)
        other_case = self._other_case_paths(keyed)
        for key, entry in other_case:
            self._insert((key,), entry)
        self.other_case = frozenset(entry.ref for _, entry in other_case)
        """The acronyms also recognised in another case (*NATO* as *Nato*)."""

    def _keys(self, term: Term) -> tuple[str, ...]:
        return term_keys(term.text, self.analyzer, term.case_sensitive)

    def _other_case_paths(
        self, keyed: Iterable[tuple[TermRef, Term, tuple[str, ...]]]
    ) -> list[tuple[str, TermEntry]]:
        """A path for each acronym that may be recognised in another case, where no term
        already ends: a case-insensitive term with the same key is what such a word is."""
        paths = []
        for ref, term, _ in keyed:
            key = other_case_key(term.text, self.analyzer) if term.case_sensitive else None
            node = self._root.children.get(key) if key else None
            if key and (node is None or not node.entries):
                paths.append((key, TermEntry(ref, fold(term.text), other_case=True)))
        return paths

    def _insert(self, keys: Sequence[str], entry: TermEntry) -> None:
        node = self._root
        for key in keys:
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node()
            node = child
        node.entries.append(replace(entry, order=self.size))
        self.size += 1

    def nodes(self) -> Iterator[tuple[tuple[str, ...], tuple[TermEntry, ...]]]:
        """Every key sequence that ends at least one term, with the terms it ends."""
        stack: list[tuple[tuple[str, ...], _Node]] = [((), self._root)]
        while stack:
            keys, node = stack.pop()
            if node.entries:
                yield keys, tuple(node.entries)
            for key in sorted(node.children, reverse=True):
                stack.append(((*keys, key), node.children[key]))

    def paths(self) -> Iterator[tuple[tuple[str, ...], TermRef, TermRef | None]]:
        """Every key sequence in the trie with the term it leads to (and the variant used)."""
        for keys, entries in self.nodes():
            for entry in entries:
                yield keys, entry.ref, entry.variant

    def token_keys(self, tokens: Sequence[Token]) -> list[tuple[str, str]]:
        """Both keys of every token: (folded, case-sensitive)."""
        analyzer = self.analyzer
        return [(folded_key(token, analyzer), case_sensitive_key(token)) for token in tokens]

    def find(self, text: str, *, maximal: bool = False) -> list[TermMatch]:
        """All matches in ``text`` in text order: leftmost-longest and non-overlapping, or
        with ``maximal`` every match not contained in another (overlapping ones too)."""
        tokens = tokenize(text)
        return list(self.find_in_tokens(text, tokens, self.token_keys(tokens), maximal=maximal))

    def find_in_tokens(
        self,
        text: str,
        tokens: Sequence[Token],
        keys: Sequence[tuple[str, str]],
        *,
        maximal: bool = False,
    ) -> Iterator[TermMatch]:
        """Matches over pre-tokenised text; ``keys`` from :meth:`token_keys`.

        The longest match at each token, kept when it reaches past every match before it;
        leftmost-longest matching goes on after a match's end, maximal matching at its next
        token (a match starting inside another may reach further).
        """
        root = self._root
        first_keys = root.children
        index, count, reach = 0, len(tokens), 0
        while index < count:
            folded, exact = keys[index]
            if folded not in first_keys and exact not in first_keys:
                index += 1
                continue
            found = self._longest_at(root, keys, index)
            if found is None:
                index += 1
                continue
            end_token, entries = found
            if end_token > reach:
                starts = [token.start for token in tokens[index:end_token]]
                ends = [token.end for token in tokens[index:end_token]]
                chosen = choose_entry(entries, fold(text[starts[0] : ends[-1]]))
                yield match_from_entry(chosen, entries, (index, end_token), starts, ends)
                reach = end_token
            index = index + 1 if maximal else end_token

    @staticmethod
    def _longest_at(
        root: _Node, keys: Sequence[tuple[str, str]], index: int
    ) -> tuple[int, list[TermEntry]] | None:
        best: tuple[int, list[TermEntry]] | None = None
        frontier = [(root, index)]
        while frontier:
            node, position = frontier.pop()
            if node.entries and position > index:
                if best is None or position > best[0]:
                    best = (position, node.entries)
                elif position == best[0]:
                    best = (position, merge_entries(best[1], node.entries))
            if position >= len(keys):
                continue
            children = node.children
            folded, exact = keys[position]
            for key in (folded, exact):
                child = children.get(key)
                if child is not None:
                    frontier.append((child, position + 1))
        return best


def merge_entries(first: Sequence[TermEntry], second: Sequence[TermEntry]) -> list[TermEntry]:
    """The entries of two paths of equal length that end at one place, in glossary order."""
    return sorted({entry.order: entry for entry in (*first, *second)}.values(), key=_order)


def _order(entry: TermEntry) -> int:
    return entry.order


def choose_entry(entries: Sequence[TermEntry], folded: str) -> TermEntry:
    """The entry a match stands for, given the folded text it covers.

    A term met as written beats an acronym reached in another case and one reached through
    a variant; among several, the one whose own spelling is in the text, then glossary order.
    """
    if len(entries) == 1:
        return entries[0]
    return min(
        entries,
        key=lambda e: (e.other_case, e.variant is not None, e.folded_text != folded, e.order),
    )


def homographs(best: TermEntry, entries: Sequence[TermEntry]) -> tuple[TermRef, ...]:
    """The terms of other concepts that a match of ``best`` over ``entries`` may also be."""
    return tuple(
        dict.fromkeys(
            e.ref
            for e in sorted(entries, key=_order)
            if e is not best and e.ref.concept_id != best.ref.concept_id and e.variant is None
        )
    )


def match_from_entry(
    best: TermEntry,
    entries: Sequence[TermEntry],
    tokens: tuple[int, int],
    starts: Sequence[int],
    ends: Sequence[int],
) -> TermMatch:
    """The match of ``best`` over ``tokens``; ``starts``/``ends`` are its tokens' offsets."""
    others = homographs(best, entries)
    parts = tuple(
        TermPart(ref, starts[first], ends[first + count - 1]) for ref, first, count in best.parts
    )
    return TermMatch(
        best.ref, starts[0], ends[-1], tokens[0], tokens[1], best.variant, others, parts
    )


def spelling_variant_groups(concept: Concept, lang: str) -> list[list[int]]:
    """Indexes of the terms of ``concept`` in ``lang`` that are spellings of one another."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, term in enumerate(concept.terms_in(lang)):
        groups[spelling_skeleton(term.text, term.case_sensitive)].append(index)
    return [members for members in groups.values() if len(members) > 1]


def replacement_index(concept: Concept, ref: TermRef) -> int | None:
    """What to write instead of a deprecated term: its approved spelling (the best status
    among its spelling variants), else the preferred term of its concept; None if neither."""
    terms = concept.terms_in(ref.lang)
    for group in spelling_variant_groups(concept, ref.lang):
        if ref.index in group:
            approved = [i for i in group if terms[i].status.approved]
            if approved:
                return min(approved, key=lambda i: STATUS_ORDER[terms[i].status])
    preferred = next((i for i, t in enumerate(terms) if t.status is Status.PREFERRED), None)
    return preferred if preferred is not None and preferred != ref.index else None


class _Swap(NamedTuple):
    """One spelling of a variant group and another spelling it may be replaced by."""

    pattern: tuple[str, ...]
    written: TermRef
    replacement: tuple[str, ...]
    used: TermRef


_Swaps = dict[str, list[_Swap]]


def _variant_swaps(glossary: Glossary, lang: str, analyzer: Analyzer) -> _Swaps:
    """Every spelling of every variant group with each other spelling, by first key.

    A variant group is swapped in both spellings of keys, folded and case-sensitive, so that
    the acronym variants *PBB* / *P.B.B.* also apply inside a case-insensitive term such as
    *Dewan Keamanan PBB*.
    """
    swaps: _Swaps = defaultdict(list)
    for concept in glossary:
        for members in spelling_variant_groups(concept, lang):
            texts = {index: concept.terms[lang][index].text for index in members}
            for case_sensitive in (False, True):
                spelled = {i: term_keys(texts[i], analyzer, case_sensitive) for i in members}
                for written in members:
                    for other in members:
                        if other != written and spelled[written]:
                            swaps[spelled[written][0]].append(
                                _Swap(
                                    spelled[written],
                                    TermRef(concept.id, lang, written),
                                    spelled[other],
                                    TermRef(concept.id, lang, other),
                                )
                            )
    return swaps


def _places(ref: TermRef, keys: tuple[str, ...], swaps: _Swaps) -> Iterator[tuple[int, _Swap]]:
    """Where a spelling of another concept's variant group stands in ``keys``."""
    for position, key in enumerate(keys):
        for swap in swaps.get(key, ()):
            if swap.used.concept_id != ref.concept_id and (
                keys[position : position + len(swap.pattern)] == swap.pattern
            ):
                yield position, swap


def _written_parts(
    ref: TermRef, keys: tuple[str, ...], swaps: _Swaps
) -> Iterator[tuple[TermRef, int, int]]:
    seen = set()
    for position, swap in _places(ref, keys, swaps):
        if position not in seen:
            seen.add(position)
            yield swap.written, position, len(swap.pattern)


def _variant_paths(
    keyed: Iterable[tuple[TermRef, Term, tuple[str, ...]]], swaps: _Swaps
) -> Iterator[tuple[tuple[str, ...], TermEntry]]:
    """Extra trie paths: every term with one spelling variant swapped in."""
    if not swaps:
        return
    for ref, term, keys in keyed:
        for position, swap in _places(ref, keys, swaps):
            end = position + len(swap.pattern)
            swapped = keys[:position] + swap.replacement + keys[end:]
            parts = ((swap.used, position, len(swap.replacement)),)
            yield swapped, TermEntry(ref, fold(term.text), swap.used, parts)
